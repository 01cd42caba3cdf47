#include "RowCache.h"

namespace salon::ui
{

RowCache::RowCache(int chunkSize, int maxChunks)
    : m_chunkSize(qMax(1, chunkSize))
    , m_maxChunks(qMax(1, maxChunks))
{
}

void RowCache::insertChunk(int chunk, QList<QVariantList> rows, int keepNear)
{
    unindexChunk(chunk);
    m_chunks.insert(chunk, std::move(rows));
    indexChunk(chunk);
    while (m_chunks.size() > m_maxChunks) {
        int farthest = -1;
        for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it)
            if (farthest < 0 || qAbs(it.key() - keepNear) > qAbs(farthest - keepNear))
                farthest = it.key();
        unindexChunk(farthest);
        m_chunks.remove(farthest);
    }
}

void RowCache::dropFrom(int chunk)
{
    for (auto it = m_chunks.begin(); it != m_chunks.end();) {
        if (it.key() >= chunk) {
            unindexChunk(it.key());
            it = m_chunks.erase(it);
        } else {
            ++it;
        }
    }
}

void RowCache::removeRow(int row)
{
    const int chunk = chunkOf(row);
    dropFrom(chunk + 1);
    const auto it = m_chunks.find(chunk);
    const int offset = row % m_chunkSize;
    if (row < 0 || it == m_chunks.end() || offset >= it->size())
        return;
    unindexChunk(chunk);
    it->removeAt(offset);
    indexChunk(chunk);
}

bool RowCache::isChunkComplete(int chunk, int tableRows) const
{
    const auto it = m_chunks.constFind(chunk);
    if (it == m_chunks.cend())
        return false;
    const int expected = qBound(0, tableRows - chunk * m_chunkSize, m_chunkSize);
    return it->size() >= expected;
}

void RowCache::clear()
{
    m_chunks.clear();
    m_rowOfKey.clear();
}

const QVariantList* RowCache::row(int row) const
{
    if (row < 0)
        return nullptr;
    const auto it = m_chunks.constFind(row / m_chunkSize);
    if (it == m_chunks.cend())
        return nullptr;
    const int offset = row % m_chunkSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool RowCache::replaceRow(int row, const QVariantList& values)
{
    const auto it = m_chunks.find(row / m_chunkSize);
    const int offset = row % m_chunkSize;
    if (row < 0 || it == m_chunks.end() || offset >= it->size())
        return false;
    QVariantList& stored = (*it)[offset];
    const QString oldKey = stored.value(0).toString();
    if (m_rowOfKey.value(oldKey, -1) == row)
        m_rowOfKey.remove(oldKey);
    stored = values;
    m_rowOfKey.insert(values.value(0).toString(), row);
    return true;
}

bool RowCache::setValue(int row, int index, const QVariant& value)
{
    if (index <= 0)
        return false;
    const auto it = m_chunks.find(row / m_chunkSize);
    const int offset = row % m_chunkSize;
    if (row < 0 || it == m_chunks.end() || offset >= it->size())
        return false;
    QVariantList& stored = (*it)[offset];
    if (index >= stored.size())
        return false;
    stored[index] = value;
    return true;
}

void RowCache::indexChunk(int chunk)
{
    const QList<QVariantList>& rows = m_chunks.value(chunk);
    for (int i = 0; i < rows.size(); ++i)
        m_rowOfKey.insert(rows.at(i).value(0).toString(), chunk * m_chunkSize + i);
}

void RowCache::unindexChunk(int chunk)
{
    const auto it = m_chunks.constFind(chunk);
    if (it == m_chunks.cend())
        return;
    for (int i = 0; i < it->size(); ++i) {
        const QString key = it->at(i).value(0).toString();
        if (m_rowOfKey.value(key, -1) == chunk * m_chunkSize + i)
            m_rowOfKey.remove(key);
    }
}

} // namespace salon::ui
