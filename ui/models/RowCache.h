#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace salon::ui
{

// The rows of a lazy table that are in memory (DB Browser's RowCache): chunks of consecutive rows, at most
// maxChunks of them (the farthest from where the user looks are dropped first), with a hash from each
// loaded row's key (its first value, as text) to its row, so a change notification or an edit finds its
// row without scanning ~25,000 cached rows.
class RowCache
{
public:
    explicit RowCache(int chunkSize = 256, int maxChunks = 96);

    int chunkSize() const { return m_chunkSize; }
    int chunkOf(int row) const { return row / m_chunkSize; }
    bool hasChunk(int chunk) const { return m_chunks.contains(chunk); }
    QList<int> chunks() const { return m_chunks.keys(); }

    // Stores the rows of a chunk (replacing an older copy) and drops the chunks farthest from keepNear.
    void insertChunk(int chunk, QList<QVariantList> rows, int keepNear);
    // Forgets every chunk from `chunk` on.
    void dropFrom(int chunk);
    // A row was deleted: the loaded rows after it in its chunk move up one, later chunks are forgotten
    // (they moved too). The chunk is then one row short until it is read again (isChunkComplete).
    void removeRow(int row);
    // The chunk holds all the rows it should, given how many rows the table has.
    bool isChunkComplete(int chunk, int tableRows) const;
    void clear();

    // nullptr while the row is not loaded.
    const QVariantList* row(int row) const;
    // Replaces a loaded row (its key may change); false when the row is not loaded.
    bool replaceRow(int row, const QVariantList& values);
    // Changes one value of a loaded row in place (an optimistic edit); never the key (value 0).
    bool setValue(int row, int index, const QVariant& value);
    // The loaded row of a key, or -1.
    int rowOfKey(const QString& key) const { return m_rowOfKey.value(key, -1); }
    QStringList loadedKeys() const { return m_rowOfKey.keys(); }
    int loadedRowCount() const { return int(m_rowOfKey.size()); }

private:
    void indexChunk(int chunk);
    void unindexChunk(int chunk);

    int m_chunkSize;
    int m_maxChunks;
    QHash<int, QList<QVariantList>> m_chunks;
    QHash<QString, int> m_rowOfKey;
};

} // namespace salon::ui
