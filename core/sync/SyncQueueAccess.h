#pragma once

#include "PhaseRecords.h"
#include "SyncQueueFilter.h"
#include "common/Expected.h"
#include "domain/Appointment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <array>
#include <functional>

namespace salon
{
class DatabaseWorker;
}

namespace salon::sync
{

// A phase as the sync console lists it: the stored phase (rows::readPhase), its sync_status as stored,
// the staff member's name and the archive reason.
struct QueuePhase {
    AppointmentPhase phase;
    QString status; // sync_status as stored ("failed", ...)
    QString staffName;
    QString archivedReason; // empty when not archived
};

struct QueueAppointment {
    qint64 id = 0;
    QString customerName;
    QString customerEmail;
    QDateTime startsAt;
    QString serviceName;
    QList<QueuePhase> phases;
};

// One page of the console's list; `more` when another page follows, which starts after `next`.
struct QueueChunk {
    QList<QueueAppointment> rows;
    bool more = false;
    SyncQueueKey next;
};

// Appointments per filter status, and the failed (not archived) phases.
struct QueueCounts {
    std::array<int, SyncQueueFilter::kStatusCount> appointments {};
    int failedPhases = 0;
};

// (value, label) pairs for the console's service and staff filters.
using FilterChoices = QList<std::pair<QString, QString>>;

// The sync console's reads and its small writes: pages of appointments with their phases for a
// SyncQueueFilter, the counts per status, phases by id, the filter lists and a phase's attempts; archiving
// and marking for a new sync go through PhaseRepository. The static functions run on any connection (the
// CLI's); the members post them to the application's DatabaseWorker and answer on context's thread.
class SyncQueueAccess
{
    Q_DECLARE_TR_FUNCTIONS(salon::sync::SyncQueueAccess)
public:
    explicit SyncQueueAccess(DatabaseWorker* worker);

    static Expected<QueueChunk, QString> readChunk(
        const QSqlDatabase& db, const SyncQueueFilter& filter, int limit, const SyncQueueKey& after = {});
    static Expected<QueueCounts, QString> readCounts(const QSqlDatabase& db, const SyncQueueFilter& filter);
    static Expected<QList<QueuePhase>, QString> readPhases(const QSqlDatabase& db, const QList<qint64>& ids);

    void chunk(const SyncQueueFilter& filter, int limit, const SyncQueueKey& after, QObject* context,
        std::function<void(Expected<QueueChunk, QString>)> done) const;
    void counts(const SyncQueueFilter& filter, QObject* context,
        std::function<void(Expected<QueueCounts, QString>)> done) const;
    void phases(const QList<qint64>& ids, QObject* context,
        std::function<void(Expected<QList<QueuePhase>, QString>)> done) const;
    // Services and staff for the filters, by name.
    void filterChoices(
        QObject* context, std::function<void(FilterChoices services, FilterChoices staff)> done) const;
    void attempts(qint64 phaseId, QObject* context,
        std::function<void(Expected<QList<SyncAttempt>, QString>)> done) const;
    // Failed (not archived) phases, and 'syncing' claims older than staleBefore.
    void failedPhaseIds(const QDateTime& staleBefore, QObject* context,
        std::function<void(Expected<QList<qint64>, QString>)> done) const;
    // Archives each phase with the reason; done gets the ids archived and the messages of those refused.
    void archive(const QList<qint64>& ids, const QString& reason, const QString& actor, QObject* context,
        std::function<void(QList<qint64> done, QStringList errors)> done) const;
    void markForResync(const QList<qint64>& ids, const QString& reason, const QString& actor,
        QObject* context, std::function<void(QList<qint64> done, QStringList errors)> done) const;

private:
    DatabaseWorker* m_worker;
};

} // namespace salon::sync
