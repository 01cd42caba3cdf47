#pragma once

#include "PhaseRecords.h"
#include "SyncErrorAdvice.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace salon::sync
{

// The sync engine's reads and writes of appointment_phases and sync_attempts. Every write is one small
// statement set by primary key in its own transaction; it runs on the DatabaseWorker (SyncDb), never on
// the GUI thread. Lists for the console are the UI's lazily loaded models, not this class.
//
// Never double-book: a phase is claimed with a conditional UPDATE (pending|failed -> syncing, with a fresh
// claim token) before anything is posted; only the holder of the token may finish it. A claim older than
// the stale limit is taken over (a crashed sync), and the new holder reconciles before posting.
class PhaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(PhaseRepository)
public:
    enum class ClaimOutcome {
        Claimed, // this caller holds the phase now
        AlreadySynced, // nothing to do
        Skipped, // a phase without staff
        HeldElsewhere, // another console or cron job is syncing it right now
        Archived, // a failure the admin archived; retried only when asked for explicitly
        NotFound,
    };
    struct Claim {
        ClaimOutcome outcome = ClaimOutcome::NotFound;
        SyncStatus previousStatus = SyncStatus::Pending;
        bool tookOverStaleClaim = false; // the phase was 'syncing' under a claim older than the stale limit
    };

    PhaseRepository(QSqlDatabase db, QString actor);

    QSqlDatabase database() const { return m_db; }
    QString actor() const { return m_actor; }
    // The run every audit entry names (a sync batch's); empty = each write is a run of its own.
    void setRunId(const QString& runId) { m_runId = runId; }
    QString runId() const { return m_runId; }

    Expected<PhaseWork, QString> loadWork(qint64 phaseId) const;
    // Whether the phase row exists (a failed loadWork() of a deleted phase is not the database's fault).
    Expected<bool, QString> exists(qint64 phaseId) const;

    // Claims the phase for `token`. Archived failures are claimed only with includeArchived (an explicit
    // retry of that phase). A 'syncing' claim whose updated_at is older than staleBefore is taken over.
    Expected<Claim, QString> claim(
        qint64 phaseId, const QString& token, const QDateTime& staleBefore, bool includeArchived = false);
    // Gives the phase back unchanged (cancelled before anything was posted).
    Expected<Done, QString> releaseClaim(qint64 phaseId, const QString& token, SyncStatus restoreStatus);
    // Keeps a claim fresh during long waits (rate limit, backoff), so it is not mistaken for a crash.
    Expected<Done, QString> touchClaim(qint64 phaseId, const QString& token);

    // Records that a POST /v2/bookings is about to go out (outcome "posting"); returns the attempt id.
    // Written BEFORE the request: a crash afterwards leaves the marker that forces a reconcile.
    Expected<qint64, QString> beginAttempt(
        qint64 phaseId, const QString& token, const QString& outcome = QStringLiteral("posting"));

    // Finishes the claim as synced with the booking (outcome "synced" or "recovered").
    Expected<Done, QString> markSynced(qint64 phaseId, const QString& token, qint64 attemptId,
        qint64 bookingId, const QString& bookingUid, int httpStatus, const QString& outcome,
        const QString& message = {});
    // Finishes the claim as failed; the attempt's outcome is "unclear" when the advice says so.
    Expected<Done, QString> markFailed(
        qint64 phaseId, const QString& token, qint64 attemptId, const SyncErrorAdvice& advice);
    // Closes an attempt without ending the claim (a retry follows).
    Expected<Done, QString> finishAttempt(
        qint64 attemptId, int httpStatus, const QString& outcome, const QString& message);
    // A phase without staff: pending|failed -> skipped.
    Expected<bool, QString> markSkipped(qint64 phaseId);

    // Keeps a known-benign failure out of the failed view, with the reason (history stays in sync_attempts).
    Expected<Done, QString> archive(qint64 phaseId, const QString& reason);
    Expected<Done, QString> unarchive(qint64 phaseId);
    // After the admin confirmed a drift finding: the phase is booked again by the next sync.
    Expected<Done, QString> markForResync(qint64 phaseId, const QString& reason);

    // Phases of these appointments, by start.
    Expected<QList<qint64>, QString> phaseIdsOfAppointments(const QList<qint64>& appointmentIds) const;
    // Phases a sync run picks up: failed (not archived), optionally pending, and 'syncing' claims older
    // than staleBefore (crashed runs), by start.
    Expected<QList<qint64>, QString> phaseIdsToSync(
        bool includePending, bool includeFailed, const QDateTime& staleBefore) const;
    // Phases another run holds right now: 'syncing' under a claim touched at or after staleBefore, by start.
    Expected<QList<qint64>, QString> heldPhaseIds(const QDateTime& staleBefore) const;
    Expected<QList<SyncAttempt>, QString> attempts(qint64 phaseId) const;
    Expected<AppointmentPhase, QString> phase(qint64 phaseId) const;
    Expected<QList<SyncedPhase>, QString> syncedPhases(const QDateTime& from, const QDateTime& to) const;

private:
    Expected<Done, QString> audit(
        const QString& action, qint64 phaseId, const QString& before, const QString& after);
    QString now() const;
    // Why a write conditional on the claim token changed no row: another run synced or took the phase.
    QString lostClaimMessage(qint64 phaseId) const;

    QSqlDatabase m_db;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::sync
