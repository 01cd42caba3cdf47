#include "CompensationJob.h"

#include "ChangeDrafts.h"

namespace salon::lifecycle
{

namespace
{
LifecycleOptions alone(LifecycleOptions options)
{
    options.finishOwedFirst = false; // the batch's job is its own appointment, not every owed change
    options.dryRun = false;
    options.concurrency = 1;
    return options;
}
} // namespace

CompensationJob::CompensationJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    qint64 appointmentId, QList<qint64> phaseIds, QString reason, const LifecycleOptions& options,
    QObject* parent)
    : LifecycleJob(worker, client, teamId, alone(options), parent)
    , m_appointmentId(appointmentId)
    , m_phaseIds(std::move(phaseIds))
    , m_reason(std::move(reason))
{
}

Expected<LifecycleJob::Selection, QString> CompensationJob::select(LifecycleDb::Access&) const
{
    return Selection { { m_appointmentId }, {} };
}

ChangePlan CompensationJob::draft(const AppointmentSnapshot& snapshot) const
{
    return ChangeDrafts::compensate(snapshot, m_phaseIds, m_reason);
}

} // namespace salon::lifecycle
