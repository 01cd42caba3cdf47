#pragma once

#include "RowCache.h"
#include "core/common/Expected.h"
#include "core/db/ChangeSet.h"
#include "core/tables/TableAccess.h"
#include "core/tables/TableSpec.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace salon
{
class DatabaseSession;
}

namespace salon::ui
{

// A table that stays smooth with hundreds of thousands of rows (DB Browser's sqlitetablemodel): the row
// count comes from a COUNT in the application's database worker, rows arrive there in chunks (RowCache),
// rows not yet loaded show a placeholder, and search, filters and sort order are SQL with bound values
// (core's TableQuery). Edits are validated, written by core's TableWriter in the worker, and update only
// the edited row. Changes anyone makes (ChangeWatcher) re-read just the rows they name.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using WriteCallback = std::function<void(const tables::WriteResult&)>;

    // Roles beyond Qt's.
    enum Role {
        StoredValueRole = Qt::UserRole + 1, // the value as stored (the foreign key of a lookup column)
        RowLoadedRole, // false while a row is a placeholder
        PrimaryKeyRole,
    };

    LazyTableModel(tables::TableSpec spec, DatabaseSession* session, QObject* parent = nullptr);
    ~LazyTableModel() override;

    const tables::TableSpec& spec() const { return m_access.spec(); }
    const tables::TableAccess& access() const { return m_access; }

    // --- what to show; each change re-counts and re-fetches in the worker
    void setSearchText(const QString& text);
    void setSearchColumn(int column);
    void setQuickFilter(int index);
    // A filter set by code, built by core (e.g. StandardTables::phasesOfAppointment).
    void setFixedFilter(const tables::QuickFilter& filter);
    const tables::QueryState& queryState() const { return m_state; }
    // Re-counts and re-fetches the rows in view, keeping the view's position.
    void refresh();
    // Re-reads what a change touched: the rows it names, or everything in view when the rows shown may
    // have moved (rows added, removed, or out of the filter).
    void applyChanges(const ChangeSet& changes);

    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_timeZone; }
    // Who writes, for audit_log.actor.
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    int chunkSize() const { return m_cache.chunkSize(); }

    bool isCountKnown() const { return m_countKnown; }
    bool isRowLoaded(int row) const { return row < m_rowCount && m_cache.row(row) != nullptr; }
    int loadedRowCount() const { return m_cache.loadedRowCount(); }
    QVariant keyOf(int row) const;
    // The loaded row of a key, or -1 (hashed).
    int rowOfKey(const QVariant& key) const { return m_cache.rowOfKey(key.toString()); }
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
    void countDependents(
        const QVariant& key, std::function<void(QList<tables::DependentCount>, QString error)> done);
    // Checks form input against the columns' rules; returns the values to store or the first message.
    Expected<QVariantMap, QString> validateRecord(const QVariantMap& values) const;
    // Reports a write made elsewhere for this table (e.g. an appointment with its phases).
    void finishWrite(const tables::WriteResult& result, const WriteCallback& done, bool refreshAfter);

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
    void restartQuery(bool resetView);
    void requestChunk(int chunk) const;
    void dispatchNextChunk();
    void applyCount(int generation, int count);
    void applyChunk(int generation, int chunk, const Expected<tables::TableAccess::Rows, QString>& rows);
    void applyRows(const tables::TableAccess::Rows& rows, const QStringList& asked);
    void recountAfterChange();
    void replaceRow(const QVariant& key, const QVariantList& row);
    QVariant displayValue(int column, const QVariantList& row) const;
    void emitRowChanged(int row);

    tables::TableAccess m_access;
    tables::QueryState m_state;
    QTimeZone m_timeZone;
    QString m_actor;
    int m_rowCount = 0;
    bool m_countKnown = false;
    int m_generation = 0;
    // Read by jobs in the worker so stale fetches are skipped without running their query.
    std::shared_ptr<std::atomic_int> m_liveGeneration;
    RowCache m_cache;
    mutable QList<int> m_wantedChunks; // most recently wanted last
    int m_chunkInFlight = -1;
};

} // namespace salon::ui
