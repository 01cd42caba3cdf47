#include "PhaseClaimStep.h"

namespace salon::sync
{

PhaseClaimStep PhaseClaimStep::run(PhaseRepository& repository, qint64 phaseId, const QString& token,
    const QDateTime& staleBefore, const SyncOptions& options)
{
    PhaseClaimStep step;
    step.work = repository.loadWork(phaseId);
    if (!step.work) {
        step.exists = repository.exists(phaseId);
        return step;
    }
    const AppointmentPhase& phase = step.work->phase;
    if (!phase.staffRequired) {
        if (!options.dryRun && phase.syncStatus != SyncStatus::Skipped)
            step.skipped = repository.markSkipped(phase.id);
        return step;
    }
    if (phase.syncStatus == SyncStatus::Synced || options.dryRun)
        return step;
    step.claim = repository.claim(phase.id, token, staleBefore, options.includeArchived);
    return step;
}

} // namespace salon::sync
