#pragma once

#include "RowFinding.h"
#include "SqlQueryBuilder.h"
#include "TableSpec.h"
#include "db/DatabaseUrl.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace salon
{
class DatabaseWorker;
}

namespace salon::ui
{

// A table over SQL that stays smooth with hundreds of thousands of rows (DB Browser's
// sqlitetablemodel): the row count comes from a COUNT in the worker thread, rows arrive in chunks
// fetched by that thread, rows not yet loaded show a placeholder, and search, filters and sort order
// are SQL with bound values. Edits are validated, written in a transaction with an audit_log entry,
// and update only the edited row.
class LazySqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // A dependent table and how many of its rows point at a row (before deleting it).
    struct DependentCount {
        QString description; // translated, e.g. "4 segments"
        int count = 0;
        bool blocksDelete = false;
    };
    // The outcome of a write: an error message, or the key of the written row.
    struct WriteResult {
        QString error;
        QVariant key;
        QVariantList row; // the row as shown after the write (empty after a delete)
    };
    using WriteCallback = std::function<void(const WriteResult&)>;
    // A custom write run in the worker thread (inside it, open a Transaction).
    using WriteJob = std::function<WriteResult(QSqlDatabase& db)>;

    // Roles beyond Qt's.
    enum Role {
        StoredValueRole = Qt::UserRole + 1, // the value as stored (the foreign key of a lookup column)
        RowLoadedRole, // false while a row is a placeholder
        PrimaryKeyRole,
    };

    LazySqlTableModel(TableSpec spec, const DatabaseUrl& url, QObject* parent = nullptr);
    ~LazySqlTableModel() override;

    const TableSpec& spec() const { return m_spec; }
    DatabaseWorker* worker() const { return m_worker.get(); }

    // --- what to show; each change re-counts and re-fetches in the worker
    void setSearchText(const QString& text);
    void setSearchColumn(int column);
    void setQuickFilter(int index);
    void setFixedFilter(const QString& whereSql, const QVariantList& values);
    const QueryState& queryState() const { return m_state; }
    // Re-counts and re-fetches the rows in view, keeping the view's position (after outside changes).
    void refresh();

    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_timeZone; }
    // Who writes, for audit_log.actor.
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    void setChunkSize(int rows) { m_chunkSize = qMax(16, rows); }
    int chunkSize() const { return m_chunkSize; }

    bool isCountKnown() const { return m_countKnown; }
    bool isRowLoaded(int row) const;
    int loadedRowCount() const;
    QVariant keyOf(int row) const;
    // The loaded row of a key, or -1.
    int rowOfKey(const QVariant& key) const;
    // Base-table column → stored value of a loaded row (prefills the edit form).
    QVariantMap recordValues(int row) const;
    // What the view shows for a loaded row, by column.
    QVariantList displayRow(int row) const;
    // The translated description of a loaded row for messages ("service \"Cut\"").
    QString describeRow(int row) const;

    // --- QAbstractTableModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Validates and writes one cell; false (and editRejected) for a bad value. A database refusal comes
    // later as writeFailed, and the cell then shows the stored value again.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // --- writes (asynchronous; done runs on the GUI thread; writeSucceeded/writeFailed are emitted too)
    // values: base-table column → input value, validated with the columns' rules first.
    void insertRecord(const QVariantMap& values, WriteCallback done = {});
    void updateRecord(const QVariant& key, const QVariantMap& values, WriteCallback done = {});
    void deleteRecord(const QVariant& key, WriteCallback done = {});
    // Any other write (e.g. an appointment with its phases); the model refreshes after success.
    void runWrite(WriteJob job, WriteCallback done = {});
    // Counts the rows of dependent tables that point at a row.
    void countDependents(const QVariant& key, std::function<void(QList<DependentCount>, QString error)> done);
    // Checks form input against the columns' rules; returns the values to store or the first message.
    Expected<QVariantMap, QString> validateRecord(const QVariantMap& values) const;

    // Writes every row of the current search, filter and order as CSV (UTF-8, RFC 4180) in the worker.
    void exportCsv(const QString& filePath, std::function<void(int rows, QString error)> done);

    // --- findings (e.g. the event-map verifier): colour, icon and tooltip on the rows they name
    void setRowFindings(const QList<RowFinding>& findings);
    QList<RowFinding> rowFindings(const QVariant& key) const;

    // For tests: blocks until the worker has run everything posted so far (results still need events).
    void waitForWorker();

signals:
    // The number of rows matching the current query is known.
    void countChanged(int rows);
    void rowsLoaded(int first, int last);
    void loadFailed(const QString& message);
    // A value was refused before writing (bad number, empty name...).
    void editRejected(const QString& message);
    void writeSucceeded(const QVariant& key);
    void writeFailed(const QString& message);

private:
    struct WriteContext;
    void restartQuery(bool resetView);
    void requestChunk(int chunk) const;
    void dispatchNextChunk();
    void applyCount(int generation, int count);
    void applyChunk(int generation, int chunk, const QList<QVariantList>& rows, const QString& error);
    void evictChunks(int keepNear);
    const QVariantList* cachedRow(int row) const;
    QVariantList* cachedRow(int row);
    void replaceRow(const QVariant& key, const QVariantList& row);
    QVariant displayValue(int column, const QVariantList& row) const;
    WriteContext writeContext() const;
    void finishWrite(const WriteResult& result, const WriteCallback& done, bool refreshAfter);

    TableSpec m_spec;
    std::unique_ptr<SqlQueryBuilder> m_builder;
    std::unique_ptr<DatabaseWorker> m_worker;
    QueryState m_state;
    QTimeZone m_timeZone;
    QString m_actor;
    int m_chunkSize = 256;
    int m_rowCount = 0;
    bool m_countKnown = false;
    int m_generation = 0;
    // Read by jobs in the worker so stale fetches are skipped without running their query.
    std::shared_ptr<std::atomic_int> m_liveGeneration;
    QHash<int, QList<QVariantList>> m_chunks;
    mutable QList<int> m_wantedChunks; // most recently wanted last
    int m_chunkInFlight = -1;
    QHash<QString, QList<RowFinding>> m_findings;
};

} // namespace salon::ui
