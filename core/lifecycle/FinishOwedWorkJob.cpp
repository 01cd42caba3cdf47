#include "FinishOwedWorkJob.h"

namespace salon::lifecycle
{

namespace
{
LifecycleOptions finishing(LifecycleOptions options)
{
    options.finishOwedFirst = true;
    options.dryRun = false;
    return options;
}
} // namespace

FinishOwedWorkJob::FinishOwedWorkJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    const LifecycleOptions& options, QObject* parent)
    : LifecycleJob(worker, client, teamId, finishing(options), parent)
{
}

} // namespace salon::lifecycle
