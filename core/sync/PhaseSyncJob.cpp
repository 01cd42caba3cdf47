#include "PhaseSyncJob.h"

#include "BookingMetadata.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "eventmaps/EventTypeResolver.h"

#include <QCoreApplication>
#include <QUuid>

namespace salon::sync
{

using calcom::Booking;
using calcom::CalcomError;

PhaseSyncJob::PhaseSyncJob(qint64 phaseId, PhaseRepository* repository, calcom::CalcomClient* client,
    eventmaps::EventTypeResolver* resolver, const SyncOptions& options, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_client(client)
    , m_resolver(resolver)
    , m_options(options)
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_result.phaseId = phaseId;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_lastWasUnclear)
            reconcile();
        else
            post();
    });
}

PhaseSyncJob::~PhaseSyncJob() = default;

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
    auto work = m_repository->loadWork(m_result.phaseId);
    if (!work) {
        // A phase deleted meanwhile is this phase's problem; a database that cannot be read is the run's.
        const auto exists = m_repository->exists(m_result.phaseId);
        m_result.advice = !exists || *exists ? SyncErrorAdvice::databaseUnusable(work.error())
                                             : SyncErrorAdvice::databaseError(work.error());
        finishWith(
            m_result.advice->stopsRun ? PhaseStage::Cancelled : PhaseStage::Failed, m_result.advice->text());
        return;
    }
    m_work = std::move(work).value();
    const AppointmentPhase& phase = m_work.phase;
    m_result.appointmentId = phase.appointmentId;
    m_result.segmentKey = phase.segmentKey;
    m_result.startsAt = phase.startsAt;

    if (!phase.staffRequired) {
        m_result.alreadyDone = phase.syncStatus == SyncStatus::Skipped;
        if (!m_options.dryRun && !m_result.alreadyDone) {
            if (auto skipped = m_repository->markSkipped(phase.id); !skipped) {
                m_result.advice = SyncErrorAdvice::databaseError(skipped.error());
                finishWith(PhaseStage::Failed, m_result.advice->text());
                return;
            }
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
        if (!m_work.archivedReason.isEmpty() && !m_options.includeArchived) {
            finishWith(PhaseStage::Archived, tr("Archived: %1").arg(m_work.archivedReason));
            return;
        }
        dryRunResolve();
        return;
    }

    const QDateTime staleBefore
        = Clock::instance().nowUtc().addSecs(-qMax(0, m_options.staleClaimAfterSeconds));
    auto claim = m_repository->claim(phase.id, m_token, staleBefore, m_options.includeArchived);
    if (!claim) {
        // Nothing was changed: the database refused the claim itself.
        m_result.advice = SyncErrorAdvice::databaseUnusable(claim.error());
        finishWith(PhaseStage::Cancelled, m_result.advice->text());
        return;
    }
    switch (claim->outcome) {
    case PhaseRepository::ClaimOutcome::Claimed:
        m_claimed = true;
        m_previousStatus = claim->previousStatus;
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
        m_result.advice = SyncErrorAdvice::databaseError(tr("the phase was deleted"));
        finishWith(PhaseStage::Failed, m_result.advice->text());
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
        if (m_lastAdvice)
            fail(*m_lastAdvice);
        else
            giveBack(PhaseStage::Cancelled, tr("Cancelled."));
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
        if (job->hasError()) {
            if (job->error().category == CalcomError::Category::Cancelled && m_cancelRequested) {
                if (m_lastAdvice)
                    fail(*m_lastAdvice);
                else
                    giveBack(PhaseStage::Cancelled, tr("Cancelled."));
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
    if (m_work.phase.staffId.isEmpty() || !m_work.staff) {
        fail(SyncErrorAdvice::missingStaff());
        return;
    }
    if (!m_work.mapEntry) {
        fail(SyncErrorAdvice::missingEventMap(m_work.serviceId, m_work.phase.segmentKey, m_work.staff->name));
        return;
    }
    if (!m_resolver) {
        fail(SyncErrorAdvice::databaseError(tr("no event type resolver")));
        return;
    }
    setStage(PhaseStage::Resolving);
    auto* job = m_resolver->resolve(*m_work.mapEntry, *m_work.staff);
    connect(job, &eventmaps::ResolveJob::finished, this, [this, job] {
        if (m_finished)
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
    if (m_work.phase.staffId.isEmpty() || !m_work.staff) {
        m_result.advice = SyncErrorAdvice::missingStaff();
        finishWith(PhaseStage::Failed, m_result.advice->text());
        return;
    }
    if (!m_work.mapEntry) {
        m_result.advice
            = SyncErrorAdvice::missingEventMap(m_work.serviceId, m_work.phase.segmentKey, m_work.staff->name);
        finishWith(PhaseStage::Failed, m_result.advice->text());
        return;
    }
    setStage(PhaseStage::Resolving);
    auto* job = m_resolver->resolve(*m_work.mapEntry, *m_work.staff);
    connect(job, &eventmaps::ResolveJob::finished, this, [this, job] {
        if (m_finished)
            return;
        if (job->hasFailure()) {
            m_result.advice = SyncErrorAdvice::forResolveFailure(job->failure());
            finishWith(PhaseStage::Failed, m_result.advice->text());
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
        if (m_lastAdvice)
            fail(*m_lastAdvice);
        else
            giveBack(PhaseStage::Cancelled, tr("Cancelled."));
        return;
    }
    if (!m_client) {
        fail(SyncErrorAdvice::databaseError(tr("no Cal.com client")));
        return;
    }
    // The marker goes in before the request: a crash from here on leaves "posting", which forces a
    // reconcile before the next POST.
    auto attempt = m_repository->beginAttempt(m_result.phaseId, m_token);
    if (!attempt) {
        if (finishIfTakenElsewhere())
            return;
        // Nothing was sent: without the marker a POST must not go out.
        stopForRun(SyncErrorAdvice::databaseUnusable(attempt.error()));
        return;
    }
    m_attemptId = *attempt;
    ++m_result.postAttempts;

    calcom::BookingInput input;
    input.eventTypeId = m_eventTypeId;
    input.start = m_work.phase.startsAt.toUTC();
    input.attendeeName = m_work.customerName.trimmed().isEmpty() ? tr("Salon customer") : m_work.customerName;
    input.attendeeEmail = m_work.customerEmail;
    input.attendeeTimeZone
        = m_options.attendeeTimeZone.isEmpty() ? QStringLiteral("Europe/Berlin") : m_options.attendeeTimeZone;
    input.attendeeLanguage = m_options.attendeeLanguage;
    input.metadata = BookingMetadata::forPhase(m_work.phase.appointmentId, m_result.phaseId);
    // Sent only for multi-duration event types that offer the phase's length (Cal.com rejects it otherwise).
    if (m_eventType)
        input.setLength(*m_eventType, int(m_work.phase.startsAt.secsTo(m_work.phase.endsAt) / 60));

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
        if (auto f = m_repository->finishAttempt(
                m_attemptId, 0, QStringLiteral("cancelled"), tr("Cancelled before it was sent."));
            !f)
            qCWarning(lcSync) << f.error();
        m_attemptId = 0;
        --m_result.postAttempts;
        if (m_lastAdvice)
            fail(*m_lastAdvice);
        else
            giveBack(PhaseStage::Cancelled, tr("Cancelled before it was sent."));
        return;
    }
    const SyncErrorAdvice advice = SyncErrorAdvice::forCalcomError(error, true);
    qCInfo(lcSync) << "phase" << m_result.phaseId << "POST failed:" << error.details();
    const int maxAttempts = m_client ? m_client->retryPolicy().maxAttempts : 1;
    if (advice.retryable && !m_cancelRequested && m_result.postAttempts < maxAttempts) {
        const QString outcome = advice.outcomeUnclear ? QStringLiteral("unclear") : advice.code;
        if (auto f = m_repository->finishAttempt(m_attemptId, advice.httpStatus, outcome, advice.text()); !f)
            qCWarning(lcSync) << f.error();
        m_attemptId = 0;
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
    if (auto t = m_repository->touchClaim(m_result.phaseId, m_token); !t)
        qCWarning(lcSync) << t.error();
    setStage(
        PhaseStage::WaitingToRetry, tr("%1 Retrying in %2 s.").arg(advice.message).arg((delay + 999) / 1000));
    m_retryTimer.start(delay);
}

void PhaseSyncJob::storeBooking(const Booking& booking, int httpStatus, bool recovered)
{
    qint64 attemptId = m_attemptId;
    if (recovered) {
        auto attempt = m_repository->beginAttempt(m_result.phaseId, m_token, QStringLiteral("reconciling"));
        attemptId = attempt ? *attempt : 0;
    }
    const QString message = recovered
        ? tr("Found booking %1 (%2) made by an earlier attempt; nothing was booked again.")
              .arg(booking.id)
              .arg(booking.uid)
        : tr("Booked %1 (%2).").arg(booking.id).arg(booking.uid);
    auto stored = m_repository->markSynced(m_result.phaseId, m_token, attemptId, booking.id, booking.uid,
        httpStatus, recovered ? QStringLiteral("recovered") : QStringLiteral("synced"), message);
    m_attemptId = 0;
    m_result.bookingId = booking.id;
    m_result.bookingUid = booking.uid;
    m_result.recovered = recovered;
    if (booking.eventTypeId > 0)
        m_result.eventTypeId = booking.eventTypeId;
    if (!stored) {
        qCWarning(lcSync) << stored.error();
        m_attemptId = attemptId;
        keepBookingAfterFailedWrite(booking, stored.error());
        return;
    }
    finishWith(PhaseStage::Synced, message);
}

void PhaseSyncJob::keepBookingAfterFailedWrite(const Booking& booking, const QString& cause)
{
    if (finishIfTakenElsewhere())
        return;
    // Cal.com has the booking; only our record of it failed. Leave the phase in a state whose next run
    // asks Cal.com first: failed with the attempt 'unclear', or, if even that cannot be written, 'syncing'
    // under this run's claim with the attempt 'posting'. Either way the booking is found, never made twice.
    SyncErrorAdvice advice = SyncErrorAdvice::bookingNotStored(booking.id, booking.uid, cause);
    const qint64 attemptId = m_attemptId;
    m_attemptId = 0;
    auto marked = m_repository->markFailed(m_result.phaseId, m_token, attemptId, advice);
    if (!marked) {
        qCWarning(lcSync) << "phase" << m_result.phaseId << "stays syncing:" << marked.error();
        advice = SyncErrorAdvice::bookingNotStored(
            booking.id, booking.uid, cause, m_options.staleClaimAfterSeconds);
    }
    m_claimed = false; // finished either way: nothing more may be written under this claim
    m_result.advice = advice;
    finishWith(PhaseStage::Failed, advice.text());
}

bool PhaseSyncJob::finishIfTakenElsewhere()
{
    auto now = m_repository->loadWork(m_result.phaseId);
    if (!now || now->claimToken == m_token)
        return false;
    m_claimed = false;
    if (now->phase.syncStatus == SyncStatus::Synced) {
        m_result.alreadyDone = true;
        const qint64 theirs = now->phase.calcomBookingId.value_or(0);
        if (m_result.bookingId > 0 && m_result.bookingId != theirs) {
            // Both runs booked: say so, the reconcile pass lists it as a duplicate too.
            finishWith(PhaseStage::Failed,
                tr("Synced by another run meanwhile (booking %1), while this run booked %2 (%3) as well: "
                   "cancel one of the two in Cal.com.")
                    .arg(theirs)
                    .arg(m_result.bookingId)
                    .arg(m_result.bookingUid));
            return true;
        }
        m_result.bookingId = theirs;
        m_result.bookingUid = now->phase.calcomBookingUid;
        m_result.advice.reset();
        finishWith(PhaseStage::Synced, tr("Synced by another run meanwhile (booking %1).").arg(theirs));
        return true;
    }
    m_result.advice.reset();
    finishWith(PhaseStage::Busy,
        m_result.bookingId > 0
            ? tr("Another run took this phase over while this run booked %1 (%2); that run finds the "
                 "booking in Cal.com before it posts.")
                  .arg(m_result.bookingId)
                  .arg(m_result.bookingUid)
            : tr("Another run took this phase over; nothing was sent for it by this run."));
    return true;
}

QString PhaseSyncJob::heldClaimNote()
{
    m_result.heldSince
        = m_work.phase.syncStatus == SyncStatus::Syncing ? m_work.phase.updatedAt : QDateTime();
    if (!m_result.heldSince.isValid())
        return tr("Another console or cron job is syncing this phase right now.");
    return SyncErrorAdvice::heldElsewhere(m_result.heldSince, m_options.staleClaimAfterSeconds);
}

void PhaseSyncJob::fail(const SyncErrorAdvice& advice)
{
    if (advice.stopsRun) {
        stopForRun(advice);
        return;
    }
    qint64 attemptId = m_attemptId;
    if (attemptId == 0 && m_claimed) {
        auto attempt = m_repository->beginAttempt(m_result.phaseId, m_token, advice.code);
        attemptId = attempt ? *attempt : 0;
    }
    m_attemptId = 0;
    m_result.advice = advice;
    QString message = advice.text();
    if (m_claimed) {
        if (auto stored = m_repository->markFailed(m_result.phaseId, m_token, attemptId, advice); !stored) {
            qCWarning(lcSync) << stored.error();
            if (finishIfTakenElsewhere())
                return;
            message += QLatin1Char(' ')
                + SyncErrorAdvice::claimLeftHeld(m_options.staleClaimAfterSeconds, stored.error());
        }
    }
    finishWith(PhaseStage::Failed, message);
}

void PhaseSyncJob::stopForRun(const SyncErrorAdvice& advice)
{
    m_result.advice = advice;
    QString message = advice.text();
    if (m_claimed) {
        if (m_attemptId > 0) {
            if (auto f
                = m_repository->finishAttempt(m_attemptId, advice.httpStatus, advice.code, advice.text());
                !f)
                qCWarning(lcSync) << f.error();
        }
        const SyncStatus restore
            = m_previousStatus == SyncStatus::Syncing ? SyncStatus::Failed : m_previousStatus;
        if (auto released = m_repository->releaseClaim(m_result.phaseId, m_token, restore); !released) {
            qCWarning(lcSync) << released.error();
            message += QLatin1Char(' ') + SyncErrorAdvice::claimLeftHeld(m_options.staleClaimAfterSeconds);
        }
        m_claimed = false;
    }
    m_attemptId = 0;
    // Not failed: the phase is as it was before this run, and is synced by the next one.
    finishWith(PhaseStage::Cancelled, message);
}

void PhaseSyncJob::giveBack(PhaseStage stage, const QString& message)
{
    if (m_claimed) {
        // A claim taken over from a crashed run goes back as failed, not as a fresh 'syncing' nobody holds.
        const SyncStatus restore
            = m_previousStatus == SyncStatus::Syncing ? SyncStatus::Failed : m_previousStatus;
        if (auto released = m_repository->releaseClaim(m_result.phaseId, m_token, restore); !released)
            qCWarning(lcSync) << released.error();
    }
    finishWith(stage, message);
}

void PhaseSyncJob::finishWith(PhaseStage stage, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    setStage(stage, message);
    QTimer::singleShot(0, this, [this] { emit finished(); });
}

void PhaseSyncJob::cancel()
{
    if (m_finished)
        return;
    m_cancelRequested = true;
    switch (m_result.stage) {
    case PhaseStage::Queued:
        finishWith(PhaseStage::Cancelled, tr("Cancelled before it started."));
        break;
    case PhaseStage::WaitingToRetry:
        m_retryTimer.stop();
        if (m_lastAdvice)
            fail(*m_lastAdvice);
        else
            giveBack(PhaseStage::Cancelled, tr("Cancelled."));
        break;
    case PhaseStage::Reconciling:
        if (m_request)
            m_request->cancel();
        break;
    case PhaseStage::Booking:
        if (m_request && !m_postSent)
            m_request->cancel();
        break;
    case PhaseStage::Resolving:
        // The lookup may wait for the rate limit for a minute; nothing was posted, so stop now and drop
        // its answer when it comes.
        if (m_lastAdvice)
            fail(*m_lastAdvice);
        else
            giveBack(PhaseStage::Cancelled, tr("Cancelled."));
        break;
    default:
        // Claiming checks the flag at its next step; a POST already sent is left to answer.
        break;
    }
}

} // namespace salon::sync
