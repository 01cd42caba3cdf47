#pragma once

#include "PhaseRecords.h"
#include "PhaseRepository.h"
#include "PhaseResult.h"
#include "SyncErrorAdvice.h"
#include "calcom/Booking.h"
#include "common/Expected.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace salon::sync
{

// A write under a claim: when it fails, the phase as it is now, read in the same worker job (another run
// may have synced or taken the phase meanwhile).
template <typename T> struct ClaimedWrite {
    Expected<T, QString> result = Unexpected(QString());
    std::optional<PhaseWork> now;

    static ClaimedWrite run(PhaseRepository& repository, qint64 phaseId, Expected<T, QString> written)
    {
        ClaimedWrite w;
        w.result = std::move(written);
        if (!w.result) {
            if (auto now = repository.loadWork(phaseId))
                w.now = std::move(now).value();
        }
        return w;
    }
};

// The worker side of the writes that end a phase sync's claim: the statements that belong together, each
// set run as one DatabaseWorker job (PhaseSyncJob posts them through SyncDb).
struct ClaimWrites {
    Q_DECLARE_TR_FUNCTIONS(ClaimWrites)
public:
    // Stores the booking (outcome "recovered" with a fresh "reconciling" attempt, else "synced" on
    // attemptId); second: the attempt, left open for markFailed when the write failed.
    static std::pair<ClaimedWrite<Done>, qint64> storeBooking(PhaseRepository& repository, qint64 phaseId,
        const QString& token, qint64 attemptId, const calcom::Booking& booking, int httpStatus,
        bool recovered, const QString& message);
    // Fails the claim with the advice, on attemptId or on a new attempt with the advice's code.
    static ClaimedWrite<Done> fail(PhaseRepository& repository, qint64 phaseId, const QString& token,
        qint64 attemptId, const SyncErrorAdvice& advice);
    // Closes the open attempt (if any) with the advice and gives the phase back as restoreStatus.
    static Expected<Done, QString> stop(PhaseRepository& repository, qint64 phaseId, const QString& token,
        qint64 attemptId, const SyncErrorAdvice& advice, SyncStatus restoreStatus);

    // After a write under `token` failed: how the phase ends when another run synced or took it meanwhile
    // (`now`, read after the write; `result` is this run's, with its booking if it made one), so no failure
    // is reported for a phase that is fine. nullopt: the claim is still this run's.
    static std::optional<PhaseResult> takenElsewhere(
        const std::optional<PhaseWork>& now, const QString& token, PhaseResult result);
};

} // namespace salon::sync
