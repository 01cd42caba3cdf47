#pragma once

#include "PhaseResult.h"
#include "SyncOptions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
}

namespace salon::sync
{

// The second half of "first booking as one": watches the appointments a batch books for the first time;
// when one of an appointment's steps fails after others were booked in the same run, those are cancelled
// again (lifecycle::CompensationJob, recorded before any request) and go back to pending - unless the
// admin asked to keep partial bookings (SyncOptions::keepPartialBookings).
class BookingCompensation : public QObject
{
    Q_OBJECT
public:
    BookingCompensation(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
        const SyncOptions& options, QObject* parent = nullptr);

    // Appointment -> its staff phases in this run.
    void setGroups(const QHash<qint64, QList<qint64>>& groups) { m_groups = groups; }
    // The batch's run id: the cancellations are part of its run in the history.
    void setRunId(const QString& runId) { m_runId = runId; }
    void phaseFinished(const PhaseResult& result);
    bool isIdle() const { return m_running == 0; }

signals:
    // A phase this run booked and then cancelled again; `result` replaces its Synced one.
    void phaseCompensated(const salon::sync::PhaseResult& result);
    void idle();

private:
    void compensate(qint64 appointmentId);

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    SyncOptions m_options;
    QHash<qint64, QList<qint64>> m_groups;
    QHash<qint64, QList<PhaseResult>> m_results; // appointment -> finished phases of its group
    int m_running = 0;
    QString m_runId;
};

} // namespace salon::sync
