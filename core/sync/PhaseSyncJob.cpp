#include "PhaseSyncJob.h"

#include "BookingMetadata.h"
#include "ClaimWrites.h"
#include "SyncDb.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "eventmaps/EventTypeResolver.h"

#include <QUuid>

namespace salon::sync
{

using calcom::Booking;
using calcom::CalcomError;

PhaseSyncJob::PhaseSyncJob(qint64 phaseId, SyncDb* db, calcom::CalcomClient* client,
    eventmaps::EventTypeResolver* resolver, const SyncOptions& options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_resolver(resolver)
    , m_options(options)
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_result.phaseId = phaseId;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { m_lastWasUnclear ? reconcile() : post(); });
}

void PhaseSyncJob::setStage(PhaseStage stage, const QString& message)
{
    m_result.stage = stage;
    if (!message.isEmpty())
        m_result.message = message;
    emit stageChanged(m_result.phaseId, stage, message);
}

void PhaseSyncJob::start()
{
    if (m_finished)
        return;
    if (m_cancelRequested) {
        finishWith(PhaseStage::Cancelled, tr("Cancelled before it started."));
        return;
    }
    setStage(PhaseStage::Claiming);
    const QDateTime staleBefore
        = Clock::instance().nowUtc().addSecs(-qMax(0, m_options.staleClaimAfterSeconds));
    m_dbPending = true;
    m_db->run<PhaseClaimStep>(
        [id = m_result.phaseId, token = m_token, staleBefore, options = m_options](
            PhaseRepository& repository) {
            return PhaseClaimStep::run(repository, id, token, staleBefore, options);
        },
        this,
        [this](PhaseClaimStep step) {
            m_dbPending = false;
            onClaimStep(std::move(step));
        });
}

void PhaseSyncJob::onClaimStep(PhaseClaimStep step)
{
    if (!step.work) {
        // A phase deleted meanwhile is this phase's problem; a database that cannot be read is the run's.
        const bool gone = step.exists && *step.exists && !**step.exists;
        endWith(gone ? SyncErrorAdvice::databaseError(step.work.error())
                     : SyncErrorAdvice::databaseUnusable(step.work.error()));
        return;
    }
    m_work = std::move(step.work).value();
    const AppointmentPhase& phase = m_work.phase;
    m_result.appointmentId = phase.appointmentId;
    m_result.segmentKey = phase.segmentKey;
    m_result.startsAt = phase.startsAt;

    if (!phase.staffRequired) {
        m_result.alreadyDone = phase.syncStatus == SyncStatus::Skipped;
        if (step.skipped && !*step.skipped) {
            endWith(SyncErrorAdvice::databaseError(step.skipped->error()));
            return;
        }
        finishWith(PhaseStage::Skipped, tr("No staff needed (processing time); nothing to book."));
        return;
    }
    if (phase.syncStatus == SyncStatus::Synced) {
        m_result.alreadyDone = true;
        m_result.bookingId = phase.calcomBookingId.value_or(0);
        m_result.bookingUid = phase.calcomBookingUid;
        finishWith(PhaseStage::Synced, tr("Already synced."));
        return;
    }
    if (m_options.dryRun) {
        if (m_cancelRequested) {
            finishWith(PhaseStage::Cancelled, tr("Cancelled before it started."));
            return;
        }
        if (!m_work.archivedReason.isEmpty() && !m_options.includeArchived) {
            finishWith(PhaseStage::Archived, tr("Archived: %1").arg(m_work.archivedReason));
            return;
        }
        dryRunResolve();
        return;
    }

    const Expected<PhaseRepository::Claim, QString>& claim = *step.claim;
    if (!claim) {
        // Nothing was changed: the database refused the claim itself.
        endWith(SyncErrorAdvice::databaseUnusable(claim.error()));
        return;
    }
    switch (claim->outcome) {
    case PhaseRepository::ClaimOutcome::Claimed:
        m_claimed = true;
        m_previousStatus = claim->previousStatus;
        // Cancelled meanwhile: reconcile() and resolveAndPost() give the claim back before any request.
        runClaimed(*claim);
        return;
    case PhaseRepository::ClaimOutcome::AlreadySynced:
        m_result.alreadyDone = true;
        finishWith(PhaseStage::Synced, tr("Already synced."));
        return;
    case PhaseRepository::ClaimOutcome::Skipped:
        m_result.alreadyDone = true;
        finishWith(PhaseStage::Skipped, tr("Skipped."));
        return;
    case PhaseRepository::ClaimOutcome::HeldElsewhere:
        finishWith(PhaseStage::Busy, heldClaimNote());
        return;
    case PhaseRepository::ClaimOutcome::Archived:
        finishWith(PhaseStage::Archived, tr("Archived: %1").arg(m_work.archivedReason));
        return;
    case PhaseRepository::ClaimOutcome::NotFound:
        endWith(SyncErrorAdvice::databaseError(tr("the phase was deleted")));
        return;
    }
}

void PhaseSyncJob::runClaimed(const PhaseRepository::Claim& claim)
{
    const QString& last = m_work.lastAttemptOutcome;
    const bool needsReconcile = claim.tookOverStaleClaim || m_work.hadBooking
        || last == QLatin1String("posting") || last == QLatin1String("unclear");
    if (needsReconcile) {
        qCInfo(lcSync) << "phase" << m_result.phaseId
                       << "had a POST without a clear answer; asking Cal.com first";
        reconcile();
    } else {
        resolveAndPost();
    }
}

void PhaseSyncJob::reconcile()
{
    if (m_cancelRequested) {
        stopCancelled();
        return;
    }
    if (!m_client) {
        fail(SyncErrorAdvice::databaseError(tr("no Cal.com client")));
        return;
    }
    setStage(PhaseStage::Reconciling, tr("Checking Cal.com for a booking an earlier attempt may have made."));
    auto* job = m_client->listBookings(BookingMetadata::searchQuery(m_work.phase));
    m_request = job;
    connect(job, &calcom::CalcomJob::finished, this, [this, job] {
        m_request = nullptr;
        if (m_finishing)
            return;
        if (job->hasError()) {
            if (job->error().category == CalcomError::Category::Cancelled && m_cancelRequested) {
                stopCancelled();
                return;
            }
            SyncErrorAdvice advice = SyncErrorAdvice::forCalcomError(job->error(), false);
            advice.message
                = tr("Could not check Cal.com for a booking from an earlier attempt: %1").arg(advice.message);
            // Still unknown whether a booking exists: the next run must ask again before posting.
            advice.outcomeUnclear = true;
            fail(advice);
            return;
        }
        const QList<Booking>& bookings = job->bookings();
        if (const int n = BookingMetadata::countActive(bookings, m_result.phaseId); n > 1)
            qCWarning(lcSync) << "phase" << m_result.phaseId << "has" << n << "active bookings in Cal.com";
        if (auto found = BookingMetadata::findActive(bookings, m_result.phaseId)) {
            storeBooking(*found, 200, true);
            return;
        }
        qCInfo(lcSync) << "phase" << m_result.phaseId << "has no booking in Cal.com; booking it";
        resolveAndPost();
    });
}

void PhaseSyncJob::resolveAndPost()
{
    if (m_cancelRequested) {
        giveBack(PhaseStage::Cancelled, tr("Cancelled."));
        return;
    }
    if (auto advice = SyncErrorAdvice::unbookable(m_work)) {
        fail(*advice);
        return;
    }
    if (!m_resolver) {
        fail(SyncErrorAdvice::databaseError(tr("no event type resolver")));
        return;
    }
    setStage(PhaseStage::Resolving);
    auto* job = m_resolver->resolve(*m_work.mapEntry, *m_work.staff);
    connect(job, &eventmaps::ResolveJob::finished, this, [this, job] {
        if (m_finishing)
            return; // cancelled while the lookup waited
        if (m_cancelRequested) {
            giveBack(PhaseStage::Cancelled, tr("Cancelled."));
            return;
        }
        if (job->hasFailure()) {
            fail(SyncErrorAdvice::forResolveFailure(job->failure()));
            return;
        }
        const eventmaps::ResolvedEventType& resolved = job->resolved();
        m_eventTypeId = resolved.eventTypeId;
        m_result.eventTypeId = resolved.eventTypeId;
        m_eventType = resolved.eventType;
        post();
    });
}

void PhaseSyncJob::dryRunResolve()
{
    if (m_work.phase.syncStatus == SyncStatus::Syncing) {
        finishWith(PhaseStage::Busy, heldClaimNote());
        return;
    }
    if (auto advice = SyncErrorAdvice::unbookable(m_work)) {
        endWith(*advice);
        return;
    }
    setStage(PhaseStage::Resolving);
    auto* job = m_resolver->resolve(*m_work.mapEntry, *m_work.staff);
    connect(job, &eventmaps::ResolveJob::finished, this, [this, job] {
        if (m_finishing)
            return;
        if (job->hasFailure()) {
            endWith(SyncErrorAdvice::forResolveFailure(job->failure()));
            return;
        }
        m_result.eventTypeId = job->resolved().eventTypeId;
        const bool check = m_work.hadBooking || m_work.lastAttemptOutcome == QLatin1String("posting")
            || m_work.lastAttemptOutcome == QLatin1String("unclear");
        finishWith(PhaseStage::Planned,
            (check ? tr("Would check Cal.com for an earlier booking, then book event type %1 at %2.")
                   : tr("Would book event type %1 at %2."))
                .arg(m_result.eventTypeId)
                .arg(m_work.phase.startsAt.toUTC().toString(Qt::ISODate)));
    });
}

void PhaseSyncJob::post()
{
    if (m_cancelRequested) {
        stopCancelled();
        return;
    }
    if (!m_client) {
        fail(SyncErrorAdvice::databaseError(tr("no Cal.com client")));
        return;
    }
    // The marker goes in before the request: a crash from here on leaves "posting", which forces a
    // reconcile before the next POST.
    const qint64 id = m_result.phaseId;
    const QString token = m_token;
    m_dbPending = true;
    m_db->run<ClaimedWrite<qint64>>(
        [id, token](
            PhaseRepository& r) { return ClaimedWrite<qint64>::run(r, id, r.beginAttempt(id, token)); },
        this,
        [this](ClaimedWrite<qint64> attempt) {
            m_dbPending = false;
            if (!attempt.result) {
                if (finishIfTakenElsewhere(attempt.now))
                    return;
                // Nothing was sent: without the marker a POST must not go out.
                stopForRun(SyncErrorAdvice::databaseUnusable(attempt.result.error()));
                return;
            }
            m_attemptId = *attempt.result;
            if (m_cancelRequested) {
                // Cancelled while the marker was written: nothing was sent.
                stopCancelled(closeUnsentAttempt());
                return;
            }
            ++m_result.postAttempts;
            sendPost();
        });
}

void PhaseSyncJob::sendPost()
{
    const calcom::BookingInput input = BookingMetadata::bookingInput(m_work, m_eventTypeId, m_eventType,
        m_options.attendeeTimeZone, m_options.attendeeLanguage, tr("Salon customer"));

    setStage(PhaseStage::Booking,
        tr("Booking event type %1 at %2 (attempt %3).")
            .arg(m_eventTypeId)
            .arg(input.start.toString(Qt::ISODate))
            .arg(m_result.postAttempts));
    auto* reply = m_client->createBooking(input);
    m_request = reply;
    m_postSent = false;
    connect(reply, &calcom::CalcomRequest::sent, this, [this] { m_postSent = true; });
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply] {
        m_request = nullptr;
        if (m_finishing)
            return;
        if (reply->hasError())
            onPostAnswered(false, {}, reply->error(), reply->httpStatus());
        else
            onPostAnswered(true, reply->result(), {}, reply->httpStatus());
    });
}

void PhaseSyncJob::onPostAnswered(bool ok, const Booking& booking, const CalcomError& error, int httpStatus)
{
    if (ok) {
        storeBooking(booking, httpStatus > 0 ? httpStatus : 201, false);
        return;
    }
    if (error.category == CalcomError::Category::Cancelled && !m_postSent) {
        // Withdrawn from the rate limiter's queue: Cal.com never saw it.
        --m_result.postAttempts;
        stopCancelled(closeUnsentAttempt());
        return;
    }
    const SyncErrorAdvice advice = SyncErrorAdvice::forCalcomError(error, true);
    qCInfo(lcSync) << "phase" << m_result.phaseId << "POST failed:" << error.details();
    const int maxAttempts = m_client ? m_client->retryPolicy().maxAttempts : 1;
    if (advice.retryable && !m_cancelRequested && m_result.postAttempts < maxAttempts) {
        const QString outcome = advice.outcomeUnclear ? QStringLiteral("unclear") : advice.code;
        const qint64 attemptId = std::exchange(m_attemptId, 0);
        writeLater([attemptId, status = advice.httpStatus, outcome, text = advice.text()](
                       PhaseRepository& r) { return r.finishAttempt(attemptId, status, outcome, text); });
        retryLater(advice);
        return;
    }
    fail(advice);
}

void PhaseSyncJob::retryLater(const SyncErrorAdvice& advice)
{
    m_lastAdvice = advice;
    m_lastWasUnclear = advice.outcomeUnclear;
    const int delay = m_client ? m_client->retryPolicy().delayMs(m_result.postAttempts) : 1000;
    writeLater(
        [id = m_result.phaseId, token = m_token](PhaseRepository& r) { return r.touchClaim(id, token); });
    setStage(
        PhaseStage::WaitingToRetry, tr("%1 Retrying in %2 s.").arg(advice.message).arg((delay + 999) / 1000));
    m_retryTimer.start(delay);
}

void PhaseSyncJob::storeBooking(const Booking& booking, int httpStatus, bool recovered)
{
    m_finishing = true;
    const QString message = recovered
        ? tr("Found booking %1 (%2) made by an earlier attempt; nothing was booked again.")
              .arg(booking.id)
              .arg(booking.uid)
        : tr("Booked %1 (%2).").arg(booking.id).arg(booking.uid);
    m_result.bookingId = booking.id;
    m_result.bookingUid = booking.uid;
    m_result.recovered = recovered;
    if (booking.eventTypeId > 0)
        m_result.eventTypeId = booking.eventTypeId;
    const qint64 attemptId = std::exchange(m_attemptId, 0);
    // The write and its attempt; the attempt stays open for markFailed when the write fails.
    using Stored = std::pair<ClaimedWrite<Done>, qint64>;
    m_db->run<Stored>(
        [id = m_result.phaseId, token = m_token, attemptId, booking, httpStatus, recovered, message](
            PhaseRepository& r) {
            return ClaimWrites::storeBooking(
                r, id, token, attemptId, booking, httpStatus, recovered, message);
        },
        this,
        [this, booking, message](Stored stored) {
            if (!stored.first.result) {
                qCWarning(lcSync) << stored.first.result.error();
                m_attemptId = stored.second;
                keepBookingAfterFailedWrite(booking, stored.first.result.error(), stored.first.now);
                return;
            }
            finishWith(PhaseStage::Synced, message);
        });
}

void PhaseSyncJob::keepBookingAfterFailedWrite(
    const Booking& booking, const QString& cause, const std::optional<PhaseWork>& now)
{
    if (finishIfTakenElsewhere(now))
        return;
    // Cal.com has the booking; only our record of it failed. Leave the phase in a state whose next run
    // asks Cal.com first: failed with the attempt 'unclear', or, if even that cannot be written, 'syncing'
    // under this run's claim with the attempt 'posting'. Either way the booking is found, never made twice.
    const SyncErrorAdvice advice = SyncErrorAdvice::bookingNotStored(booking.id, booking.uid, cause);
    const qint64 attemptId = std::exchange(m_attemptId, 0);
    m_db->run<Expected<Done, QString>>(
        [id = m_result.phaseId, token = m_token, attemptId, advice](
            PhaseRepository& r) { return r.markFailed(id, token, attemptId, advice); },
        this,
        [this, booking, cause, advice](Expected<Done, QString> marked) {
            SyncErrorAdvice kept = advice;
            if (!marked) {
                qCWarning(lcSync) << "phase" << m_result.phaseId << "stays syncing:" << marked.error();
                kept = SyncErrorAdvice::bookingNotStored(
                    booking.id, booking.uid, cause, m_options.staleClaimAfterSeconds);
            }
            m_claimed = false; // finished either way: nothing more may be written under this claim
            m_result.advice = kept;
            finishWith(PhaseStage::Failed, kept.text());
        });
}

bool PhaseSyncJob::finishIfTakenElsewhere(const std::optional<PhaseWork>& now)
{
    auto taken = ClaimWrites::takenElsewhere(now, m_token, m_result);
    if (!taken)
        return false;
    m_claimed = false;
    m_result = std::move(taken).value();
    finishWith(m_result.stage, m_result.message);
    return true;
}

void PhaseSyncJob::endWith(const SyncErrorAdvice& advice)
{
    m_result.advice = advice;
    finishWith(advice.stopsRun ? PhaseStage::Cancelled : PhaseStage::Failed, advice.text());
}

QString PhaseSyncJob::closeUnsentAttempt()
{
    const qint64 attemptId = std::exchange(m_attemptId, 0);
    const QString note = tr("Cancelled before it was sent.");
    writeLater([attemptId, note](PhaseRepository& r) {
        return r.finishAttempt(attemptId, 0, QStringLiteral("cancelled"), note);
    });
    return note;
}

void PhaseSyncJob::writeLater(std::function<Expected<Done, QString>(PhaseRepository&)> work)
{
    m_db->run<Expected<Done, QString>>(std::move(work), this, [](Expected<Done, QString> written) {
        if (!written)
            qCWarning(lcSync) << written.error();
    });
}

QString PhaseSyncJob::heldClaimNote()
{
    m_result.heldSince
        = m_work.phase.syncStatus == SyncStatus::Syncing ? m_work.phase.updatedAt : QDateTime();
    return SyncErrorAdvice::heldElsewhere(m_result.heldSince, m_options.staleClaimAfterSeconds);
}

void PhaseSyncJob::fail(const SyncErrorAdvice& advice)
{
    if (advice.stopsRun) {
        stopForRun(advice);
        return;
    }
    m_finishing = true;
    const qint64 attemptId = std::exchange(m_attemptId, 0);
    m_result.advice = advice;
    if (!m_claimed) {
        finishWith(PhaseStage::Failed, advice.text());
        return;
    }
    m_db->run<ClaimedWrite<Done>>(
        [id = m_result.phaseId, token = m_token, attemptId, advice](
            PhaseRepository& r) { return ClaimWrites::fail(r, id, token, attemptId, advice); },
        this,
        [this, advice](ClaimedWrite<Done> stored) {
            QString message = advice.text();
            if (!stored.result) {
                qCWarning(lcSync) << stored.result.error();
                if (finishIfTakenElsewhere(stored.now))
                    return;
                message += QLatin1Char(' ')
                    + SyncErrorAdvice::claimLeftHeld(m_options.staleClaimAfterSeconds, stored.result.error());
            }
            finishWith(PhaseStage::Failed, message);
        });
}

void PhaseSyncJob::stopForRun(const SyncErrorAdvice& advice)
{
    m_finishing = true;
    m_result.advice = advice;
    const qint64 attemptId = std::exchange(m_attemptId, 0);
    if (!m_claimed) {
        // Not failed: the phase is as it was before this run, and is synced by the next one.
        finishWith(PhaseStage::Cancelled, advice.text());
        return;
    }
    const SyncStatus restore
        = m_previousStatus == SyncStatus::Syncing ? SyncStatus::Failed : m_previousStatus;
    m_db->run<Expected<Done, QString>>(
        [id = m_result.phaseId, token = m_token, attemptId, advice, restore](
            PhaseRepository& r) { return ClaimWrites::stop(r, id, token, attemptId, advice, restore); },
        this,
        [this, advice](Expected<Done, QString> released) {
            QString message = advice.text();
            if (!released) {
                qCWarning(lcSync) << released.error();
                message
                    += QLatin1Char(' ') + SyncErrorAdvice::claimLeftHeld(m_options.staleClaimAfterSeconds);
            }
            m_claimed = false;
            finishWith(PhaseStage::Cancelled, message);
        });
}

void PhaseSyncJob::stopCancelled(const QString& message)
{
    if (m_lastAdvice)
        fail(*m_lastAdvice);
    else
        giveBack(PhaseStage::Cancelled, message.isEmpty() ? tr("Cancelled.") : message);
}

void PhaseSyncJob::giveBack(PhaseStage stage, const QString& message)
{
    m_finishing = true;
    if (!m_claimed) {
        finishWith(stage, message);
        return;
    }
    // A claim taken over from a crashed run goes back as failed, not as a fresh 'syncing' nobody holds.
    const SyncStatus restore
        = m_previousStatus == SyncStatus::Syncing ? SyncStatus::Failed : m_previousStatus;
    m_db->run<Expected<Done, QString>>([id = m_result.phaseId, token = m_token, restore](
                                           PhaseRepository& r) { return r.releaseClaim(id, token, restore); },
        this,
        [this, stage, message](Expected<Done, QString> released) {
            if (!released)
                qCWarning(lcSync) << released.error();
            m_claimed = false;
            finishWith(stage, message);
        });
}

void PhaseSyncJob::finishWith(PhaseStage stage, const QString& message)
{
    if (m_finished)
        return;
    m_finishing = true;
    m_finished = true;
    m_retryTimer.stop();
    setStage(stage, message);
    QTimer::singleShot(0, this, [this] { emit finished(); });
}

void PhaseSyncJob::cancel()
{
    if (m_finishing)
        return;
    m_cancelRequested = true;
    // A worker job is under way: its answer sees the flag and stops before the next request.
    if (m_dbPending)
        return;
    switch (m_result.stage) {
    case PhaseStage::Queued:
        finishWith(PhaseStage::Cancelled, tr("Cancelled before it started."));
        break;
    case PhaseStage::WaitingToRetry:
        m_retryTimer.stop();
        stopCancelled();
        break;
    case PhaseStage::Reconciling:
    case PhaseStage::Booking: // a POST already sent is left to answer
        if (m_request && (m_result.stage == PhaseStage::Reconciling || !m_postSent))
            m_request->cancel();
        break;
    case PhaseStage::Resolving:
        // The lookup may wait for the rate limit for a minute; nothing was posted, so stop now and drop
        // its answer when it comes.
        stopCancelled();
        break;
    default:
        // Claiming checks the flag at its next step; a POST already sent is left to answer.
        break;
    }
}

} // namespace salon::sync
