#pragma once

#include "ClaimWrites.h"
#include "PhaseClaimStep.h"
#include "PhaseRecords.h"
#include "PhaseRepository.h"
#include "PhaseResult.h"
#include "SyncErrorAdvice.h"
#include "SyncOptions.h"
#include "calcom/EventType.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
struct Booking;
} // namespace salon::calcom
namespace salon::eventmaps
{
class EventTypeResolver;
}

namespace salon::sync
{

class SyncDb;

// Syncs one phase: claim -> reconcile if an earlier POST ended without a clear answer -> resolve the event
// type -> POST /v2/bookings -> store the booking. Every POST is recorded in sync_attempts before it goes
// out. Errors a retry cannot fix fail at once with advice; rate limits, server and network errors are
// retried with the client's RetryPolicy backoff, and after an unclear answer Cal.com is asked first, so a
// phase is never booked twice. Asynchronous: each database step is one job on the DatabaseWorker (SyncDb)
// whose answer continues the job; nothing runs SQL on the thread the job lives on.
class PhaseSyncJob : public QObject
{
    Q_OBJECT
public:
    PhaseSyncJob(qint64 phaseId, SyncDb* db, calcom::CalcomClient* client,
        eventmaps::EventTypeResolver* resolver, const SyncOptions& options, QObject* parent = nullptr);
    ~PhaseSyncJob() override = default;

    qint64 phaseId() const { return m_result.phaseId; }
    PhaseStage stage() const { return m_result.stage; }
    const PhaseResult& result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    void start();
    // Stops before the next POST; a POST still waiting in the rate limiter's queue is withdrawn. A POST
    // already sent is not aborted (Cal.com may book anyway): its answer is stored, and no retry follows.
    void cancel();

signals:
    void stageChanged(qint64 phaseId, salon::sync::PhaseStage stage, const QString& message);
    // Emitted once, from the event loop; result() is final.
    void finished();

private:
    void setStage(PhaseStage stage, const QString& message = {});
    void onClaimStep(PhaseClaimStep step);
    void runClaimed(const PhaseRepository::Claim& claim);
    void reconcile();
    void resolveAndPost();
    void dryRunResolve();
    // Writes the "posting" marker, then sendPost().
    void post();
    void sendPost();
    void onPostAnswered(
        bool ok, const calcom::Booking& booking, const calcom::CalcomError& error, int httpStatus);
    void retryLater(const SyncErrorAdvice& advice);
    void storeBooking(const calcom::Booking& booking, int httpStatus, bool recovered);
    void fail(const SyncErrorAdvice& advice);
    // Ends without writing (nothing is claimed): failed with the advice, or cancelled when it stops the run.
    void endWith(const SyncErrorAdvice& advice);
    // A cause the whole run shares (SyncErrorAdvice::stopsRun): the phase goes back as it was.
    void stopForRun(const SyncErrorAdvice& advice);
    void keepBookingAfterFailedWrite(
        const calcom::Booking& booking, const QString& cause, const std::optional<PhaseWork>& now);
    // When a write conditional on the claim failed: finishes the job if another run synced or took the
    // phase (true; `now` is the phase as read after the write), so no failure is reported for a phase
    // that is fine.
    bool finishIfTakenElsewhere(const std::optional<PhaseWork>& now);
    // Closes the attempt of a POST withdrawn before it was sent; returns the note.
    QString closeUnsentAttempt();
    // A write whose outcome nothing waits for (the worker runs it before any later job of this phase).
    void writeLater(std::function<Expected<Done, QString>(PhaseRepository&)> work);
    // Busy: who holds the phase since when; sets result().heldSince.
    QString heldClaimNote();
    void giveBack(PhaseStage stage, const QString& message);
    // Cancelled: the last retryable failure stands if there was one, otherwise the claim goes back.
    void stopCancelled(const QString& message = {});
    void finishWith(PhaseStage stage, const QString& message);

    SyncDb* m_db;
    QPointer<calcom::CalcomClient> m_client;
    QPointer<eventmaps::EventTypeResolver> m_resolver;
    SyncOptions m_options;
    PhaseResult m_result;
    PhaseWork m_work;
    QString m_token;
    SyncStatus m_previousStatus = SyncStatus::Pending;
    qint64 m_attemptId = 0;
    qint64 m_eventTypeId = 0;
    std::optional<calcom::EventType>
        m_eventType; // Cal.com's view of m_eventTypeId, when the resolver read it
    std::optional<SyncErrorAdvice> m_lastAdvice;
    bool m_lastWasUnclear = false;
    bool m_claimed = false;
    bool m_cancelRequested = false;
    bool m_postSent = false; // the current POST left the rate limiter's queue (Cal.com may act on it)
    bool m_dbPending = false; // a worker job whose answer continues this job is under way
    bool m_finishing = false; // the final writes are under way; nothing else starts
    bool m_finished = false;
    QPointer<calcom::CalcomJob> m_request;
    QTimer m_retryTimer;
};

} // namespace salon::sync
