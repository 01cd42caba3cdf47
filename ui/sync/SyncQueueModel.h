#pragma once

#include "core/db/ChangeSet.h"
#include "core/sync/PhaseResult.h"
#include "core/sync/SyncQueueAccess.h"
#include "core/sync/SyncQueueFilter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace salon
{
class DatabaseSession;
}

namespace salon::ui
{

using sync::SyncQueueFilter;

// The sync console's tree: appointments with phases in the chosen status (SyncQueueFilter), each expandable
// to all its phases. Rows come in chunks from the application's database worker (core's SyncQueueAccess),
// the database filters and orders, and the GUI thread never waits. Live stages of a running sync are laid
// over the stored status (queued -> booking -> synced/failed); changes made anywhere (this console, another
// one, a cron job) arrive from the ChangeWatcher and update just those rows, found through hashes.
class SyncQueueModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StartColumn,
        StatusColumn,
        BookingColumn,
        AttemptsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        PhaseIdRole = Qt::UserRole + 1, // 0 on appointment rows
        AppointmentIdRole,
        StatusRole, // stored sync_status ("failed", ...); on appointments the worst of its phases
        LiveStageRole, // int(sync::PhaseStage) while a run shows one, else invalid
        ErrorRole, // sync_error
        ArchivedRole, // archived_reason, empty when not archived
    };
    using PhaseRow = sync::QueuePhase;
    using AppointmentRow = sync::QueueAppointment;
    using Counts = sync::QueueCounts;

    explicit SyncQueueModel(DatabaseSession* session, QObject* parent = nullptr);
    ~SyncQueueModel() override;

    // A stored sync_status ("failed", ...) as the console shows it.
    static QString statusText(const QString& status);

    const sync::SyncQueueAccess& access() const { return m_access; }
    void setTimeZone(const QTimeZone& zone);

    const SyncQueueFilter& filter() const { return m_filter; }
    // Applies a filter: re-counts and reloads from the first chunk.
    void setFilter(const SyncQueueFilter& filter);
    // Reloads with the same filter (after a run: resolved rows leave the failed view).
    void reload();
    // Reloads just these phases; unknown ones reload the list.
    void refreshPhases(const QList<qint64>& phaseIds);
    // What a change touched: its phases, else the whole list when appointments or names changed.
    void applyChanges(const ChangeSet& changes);

    void setLiveStage(qint64 phaseId, sync::PhaseStage stage, const QString& message = {});
    void clearLiveStages();
    // "waiting N s" on the phases still queued while the rate limiter holds requests back (0 = not waiting).
    void setRateLimitWait(int seconds);

    bool isLoading() const { return m_loading > 0; }
    // More appointments match than are loaded; loadMore() reads the next chunk.
    bool hasMoreRows() const { return m_hasMore; }
    void loadMore();
    const Counts& counts() const { return m_counts; }
    bool hasCounts() const { return m_countsKnown; }
    int appointmentCount() const { return int(m_appointments.size()); }
    const AppointmentRow* appointment(int row) const;
    const PhaseRow* phase(const QModelIndex& index) const;
    QModelIndex indexOfPhase(qint64 phaseId, int column = 0) const;
    QModelIndex indexOfAppointment(qint64 appointmentId, int column = 0) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // No canFetchMore()/fetchMore(): QTreeView asks for more after every layout, so it would pull every
    // chunk in one go. The console calls loadMore() when the scroll bar nears its end.

signals:
    // A load or count finished (the console updates its filter labels and banner).
    void countsChanged();
    void loaded();
    void loadFailed(const QString& message);

private:
    void loadChunk(const sync::SyncQueueKey& after);
    void loadCounts();
    void indexAppointment(int row);
    static QString worstStatus(const AppointmentRow& row);
    bool stillMatches(const AppointmentRow& row) const;
    QVariant phaseData(const PhaseRow& row, int column, int role) const;
    QVariant appointmentData(const AppointmentRow& row, int column, int role) const;

    sync::SyncQueueAccess m_access;
    SyncQueueFilter m_filter;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
    QList<AppointmentRow> m_appointments;
    // Hashes over the loaded rows: phase id -> (appointment row, phase row); appointment id -> row.
    QHash<qint64, std::pair<int, int>> m_phaseAt;
    QHash<qint64, int> m_appointmentAt;
    QHash<qint64, std::pair<sync::PhaseStage, QString>> m_live;
    Counts m_counts;
    bool m_countsKnown = false;
    bool m_hasMore = false;
    sync::SyncQueueKey m_next; // where the next chunk starts (keyset, not an offset)
    bool m_fetching = false;
    int m_loading = 0;
    int m_generation = 0; // drops answers of superseded loads
    int m_rateWait = 0;
};

} // namespace salon::ui
