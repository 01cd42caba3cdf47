#pragma once

#include "SyncQueueFilter.h"
#include "db/DatabaseUrl.h"
#include "sync/PhaseResult.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace salon
{
class DatabaseWorker;
}

namespace salon::ui
{

// The sync console's tree: appointments with phases in the chosen status (SyncQueueFilter), each expandable
// to all its phases. Rows come in chunks from a worker thread (fetchMore), the database filters and orders,
// and the GUI thread never waits. Live stages of a running sync are laid over the stored status
// (queued -> booking -> synced/failed); changes made elsewhere (another console, a cron job) arrive as
// phase ids and update just those rows.
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

    struct PhaseRow {
        qint64 id = 0;
        qint64 appointmentId = 0;
        QString segmentKey;
        QString staffName;
        bool staffRequired = true;
        QDateTime startsAt;
        QString status;
        qint64 bookingId = 0;
        QString bookingUid;
        QString error;
        int attempts = 0;
        QString archivedReason;
    };
    struct AppointmentRow {
        qint64 id = 0;
        QString customerName;
        QString customerEmail;
        QDateTime startsAt;
        QString serviceName;
        QList<PhaseRow> phases;
    };
    // Appointments per filter status, and the failed (not archived) phases.
    struct Counts {
        std::array<int, SyncQueueFilter::kStatusCount> appointments {};
        int failedPhases = 0;
    };

    explicit SyncQueueModel(const DatabaseUrl& url, QObject* parent = nullptr);
    ~SyncQueueModel() override;

    DatabaseWorker* worker() const { return m_worker.get(); }
    void setChunkSize(int rows) { m_chunkSize = qMax(8, rows); }
    void setTimeZone(const QTimeZone& zone);

    const SyncQueueFilter& filter() const { return m_filter; }
    // Applies a filter: re-counts and reloads from the first chunk.
    void setFilter(const SyncQueueFilter& filter);
    // Reloads with the same filter (after a run: resolved rows leave the failed view).
    void reload();
    // Reloads just these phases (changes seen by the PhaseChangeWatcher); unknown ones reload the list.
    void refreshPhases(const QList<qint64>& phaseIds);

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
    // Failed (not archived) phases among the loaded rows.
    QList<qint64> loadedFailedPhaseIds() const;

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
    struct Chunk {
        QList<AppointmentRow> rows;
        bool more = false;
        QString error;
    };
    void loadChunk(int offset);
    void loadCounts();
    static QString worstStatus(const AppointmentRow& row);
    QVariant phaseData(const PhaseRow& row, int column, int role) const;
    QVariant appointmentData(const AppointmentRow& row, int column, int role) const;

    std::unique_ptr<DatabaseWorker> m_worker;
    SyncQueueFilter m_filter;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
    QList<AppointmentRow> m_appointments;
    QHash<qint64, std::pair<sync::PhaseStage, QString>> m_live;
    Counts m_counts;
    bool m_countsKnown = false;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_loading = 0;
    int m_chunkSize = 200;
    int m_generation = 0; // drops answers of superseded loads
    int m_rateWait = 0;
};

} // namespace salon::ui
