#include "ClaimWrites.h"

#include "common/Logging.h"

namespace salon::sync
{

std::pair<ClaimedWrite<Done>, qint64> ClaimWrites::storeBooking(PhaseRepository& repository, qint64 phaseId,
    const QString& token, qint64 attemptId, const calcom::Booking& booking, int httpStatus, bool recovered,
    const QString& message)
{
    qint64 attempt = attemptId;
    if (recovered) {
        auto begun = repository.beginAttempt(phaseId, token, QStringLiteral("reconciling"));
        attempt = begun ? *begun : 0;
    }
    auto stored = repository.markSynced(phaseId, token, attempt, booking.id, booking.uid, httpStatus,
        recovered ? QStringLiteral("recovered") : QStringLiteral("synced"), message);
    return { ClaimedWrite<Done>::run(repository, phaseId, std::move(stored)), attempt };
}

ClaimedWrite<Done> ClaimWrites::fail(PhaseRepository& repository, qint64 phaseId, const QString& token,
    qint64 attemptId, const SyncErrorAdvice& advice)
{
    qint64 attempt = attemptId;
    if (attempt == 0) {
        auto begun = repository.beginAttempt(phaseId, token, advice.code);
        attempt = begun ? *begun : 0;
    }
    return ClaimedWrite<Done>::run(
        repository, phaseId, repository.markFailed(phaseId, token, attempt, advice));
}

Expected<Done, QString> ClaimWrites::stop(PhaseRepository& repository, qint64 phaseId, const QString& token,
    qint64 attemptId, const SyncErrorAdvice& advice, SyncStatus restoreStatus)
{
    if (attemptId > 0) {
        if (auto f = repository.finishAttempt(attemptId, advice.httpStatus, advice.code, advice.text()); !f)
            qCWarning(lcSync) << f.error();
    }
    return repository.releaseClaim(phaseId, token, restoreStatus);
}

std::optional<PhaseResult> ClaimWrites::takenElsewhere(
    const std::optional<PhaseWork>& now, const QString& token, PhaseResult result)
{
    if (!now || now->claimToken == token)
        return std::nullopt;
    if (now->phase.syncStatus == SyncStatus::Synced) {
        result.alreadyDone = true;
        const qint64 theirs = now->phase.calcomBookingId.value_or(0);
        if (result.bookingId > 0 && result.bookingId != theirs) {
            // Both runs booked: say so, the reconcile pass lists it as a duplicate too.
            result.stage = PhaseStage::Failed;
            result.message
                = tr("Synced by another run meanwhile (booking %1), while this run booked %2 (%3) as well: "
                     "cancel one of the two in Cal.com.")
                      .arg(theirs)
                      .arg(result.bookingId)
                      .arg(result.bookingUid);
            return result;
        }
        result.bookingId = theirs;
        result.bookingUid = now->phase.calcomBookingUid;
        result.advice.reset();
        result.stage = PhaseStage::Synced;
        result.message = tr("Synced by another run meanwhile (booking %1).").arg(theirs);
        return result;
    }
    result.advice.reset();
    result.stage = PhaseStage::Busy;
    result.message = result.bookingId > 0
        ? tr("Another run took this phase over while this run booked %1 (%2); that run finds the "
             "booking in Cal.com before it posts.")
              .arg(result.bookingId)
              .arg(result.bookingUid)
        : tr("Another run took this phase over; nothing was sent for it by this run.");
    return result;
}

} // namespace salon::sync
