#include "StepRunner.h"

#include "BookingCanceller.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "sync/BookingMetadata.h"

#include <QTimeZone>

namespace salon::lifecycle
{

using calcom::CalcomError;

namespace
{
constexpr int kMaxHops = 8;

bool saysReplaced(const CalcomError& e)
{
    return e.category == CalcomError::Category::Validation
        && (e.message.contains(QLatin1String("rescheduled already"), Qt::CaseInsensitive)
            || e.message.contains(QLatin1String("has been cancelled"), Qt::CaseInsensitive));
}

QString shown(const QDateTime& t, const QString& zone)
{
    const QTimeZone z(zone.toUtf8());
    return t.toTimeZone(z.isValid() ? z : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

StepRunner::StepRunner(LifecycleStep step, Context context, QObject* parent)
    : QObject(parent)
    , m_step(std::move(step))
    , m_ctx(std::move(context))
{
    m_retryTimer.setSingleShot(true);
}

StepRunner::~StepRunner() = default;

void StepRunner::report(const QString& phase, const QString& message, bool final)
{
    StepProgress p;
    p.appointmentId = m_step.appointmentId;
    p.operationId = m_step.operationId;
    p.stepId = m_step.id;
    p.phaseId = m_step.phaseId;
    p.segmentKey = m_step.segmentKey;
    p.action = m_step.action;
    p.undo = m_step.isUndo();
    p.phase = phase;
    p.message = message;
    p.bookingId = m_bookingId;
    p.bookingUid = m_bookingUid;
    p.final = final;
    emit progress(p);
}

void StepRunner::persist(
    std::function<Expected<Done, QString>(LifecycleDb::Access&)> work, std::function<void()> then)
{
    m_ctx.db->run<Expected<Done, QString>>(std::move(work), this, [this, then](Expected<Done, QString> r) {
        if (!r) {
            // The database refused: stop here; the step row still says what the next run must check.
            end(Result::Owed, r.error());
            return;
        }
        then();
    });
}

void StepRunner::end(Result result, const QString& message)
{
    if (m_ended)
        return;
    m_ended = true;
    m_result = result;
    m_message = message;
    m_retryTimer.stop();
    const QString phase = result == Result::Done ? QStringLiteral("done")
        : result == Result::Failed ? (m_busy ? QStringLiteral("busy") : QStringLiteral("failed"))
                                   : QStringLiteral("owed");
    report(phase, message, true);
    QMetaObject::invokeMethod(this, &StepRunner::finished, Qt::QueuedConnection);
}

void StepRunner::done(qint64 bookingId, const QString& bookingUid, const QString& message)
{
    m_bookingId = bookingId;
    m_bookingUid = bookingUid;
    persist([step = m_step, bookingId, bookingUid](
                LifecycleDb::Access& db) { return db.operations.stepDone(step, bookingId, bookingUid); },
        [this, message] { end(Result::Done, message); });
}

void StepRunner::failed(const QString& message, int httpStatus, bool busy)
{
    m_busy = busy;
    m_httpStatus = httpStatus;
    persist([step = m_step, httpStatus, message](
                LifecycleDb::Access& db) { return db.operations.stepFailed(step, httpStatus, message); },
        [this, message] { end(Result::Failed, message); });
}

void StepRunner::owed(const QString& message, int httpStatus)
{
    m_httpStatus = httpStatus;
    const QString text = tr("Owed in Cal.com: %1 The next run finishes it.").arg(message);
    persist([step = m_step, httpStatus, text](
                LifecycleDb::Access& db) { return db.operations.stepOwed(step, httpStatus, text); },
        [this, text] { end(Result::Owed, text); });
}

bool StepRunner::canRetry() const
{
    return !m_stopped && m_ctx.client && m_attempts < m_ctx.client->retryPolicy().maxAttempts;
}

void StepRunner::later(void (StepRunner::*what)())
{
    m_retryTimer.disconnect();
    connect(&m_retryTimer, &QTimer::timeout, this, what);
    m_retryTimer.start(m_ctx.client ? m_ctx.client->retryPolicy().delayMs(m_attempts) : 1000);
}

void StepRunner::start()
{
    if (!m_ctx.client) {
        end(Result::Owed, tr("No Cal.com client."));
        return;
    }
    switch (m_step.action) {
    case StepAction::Cancel:
        if (m_step.oldBookingUid.isEmpty())
            cancelByPhaseId();
        else
            cancelKnown();
        return;
    case StepAction::Reschedule:
        if (m_step.state == StepState::Sent)
            settleReschedule();
        else
            sendReschedule();
        return;
    case StepAction::Rebook:
        if (m_step.state == StepState::Booked) {
            m_bookingId = m_step.newBookingId.value_or(0);
            m_bookingUid = m_step.newBookingUid;
            cancelOld();
        } else if (m_step.state == StepState::Sent) {
            settleBooking();
        } else {
            sendBooking();
        }
        return;
    case StepAction::Update:
        end(Result::Done, {});
        return;
    }
}

void StepRunner::stop()
{
    if (m_ended || m_stopped)
        return;
    m_stopped = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        owed(tr("stopped before it was sent again."));
        return;
    }
    if (m_canceller)
        m_canceller->stop();
    else if (m_request)
        m_request->cancel(); // withdraws a request still queued; one in flight answers and is stored
}

// --- cancel ------------------------------------------------------------------------------------------

void StepRunner::cancelKnown()
{
    report(QStringLiteral("cancelling"), tr("Cancelling booking %1.").arg(m_step.oldBookingUid));
    persist([step = m_step](LifecycleDb::Access& db) { return db.operations.stepSent(step); },
        [this] {
            auto* canceller = new BookingCanceller(m_ctx.client, m_step.oldBookingUid, m_ctx.reason, this);
            m_canceller = canceller;
            connect(canceller, &BookingCanceller::finished, this, [this, canceller] {
                canceller->deleteLater();
                switch (canceller->result()) {
                case BookingCanceller::Result::Cancelled:
                    done(canceller->cancelledId(), canceller->cancelledUid(),
                        canceller->cancelledUid() == m_step.oldBookingUid
                            ? tr("Booking %1 is cancelled.").arg(m_step.oldBookingUid)
                            : tr("Booking %1 had been replaced by %2; that one is cancelled.")
                                  .arg(m_step.oldBookingUid, canceller->cancelledUid()));
                    return;
                case BookingCanceller::Result::NotFound:
                    done(0, {},
                        tr("Booking %1 does not exist in Cal.com; nothing to cancel.")
                            .arg(m_step.oldBookingUid));
                    return;
                case BookingCanceller::Result::Refused:
                    failed(tr("Cal.com refused to cancel booking %1: %2")
                               .arg(m_step.oldBookingUid, canceller->message()),
                        canceller->httpStatus());
                    return;
                case BookingCanceller::Result::Unreachable:
                case BookingCanceller::Result::Stopped:
                    owed(tr("booking %1 could not be cancelled now (%2).")
                             .arg(m_step.oldBookingUid,
                                 canceller->message().isEmpty() ? tr("stopped") : canceller->message()),
                        canceller->httpStatus());
                    return;
                }
            });
            canceller->start();
        });
}

void StepRunner::cancelByPhaseId()
{
    report(QStringLiteral("checking"),
        tr("Looking for bookings Cal.com holds for phase %1.").arg(m_step.phaseId));
    persist([step = m_step](LifecycleDb::Access& db) { return db.operations.stepSent(step); },
        [this] {
            listLiveBookings(m_step.oldStartsAt,
                tr("Cal.com could not be asked for the bookings of phase %1 (%2)."),
                [this](const QList<calcom::Booking>& found) {
                    m_found = found;
                    cancelNextFound();
                });
        });
}

void StepRunner::listLiveBookings(const QDateTime& startsAt, const QString& whatFailed,
    std::function<void(const QList<calcom::Booking>&)> found)
{
    AppointmentPhase phase;
    phase.id = m_step.phaseId;
    phase.startsAt = startsAt;
    auto* list = m_ctx.client->listBookings(sync::BookingMetadata::searchQuery(phase));
    m_request = list;
    connect(list, &calcom::CalcomJob::finished, this, [this, list, whatFailed, found = std::move(found)] {
        m_request = nullptr;
        if (list->hasError()) {
            owed(whatFailed.arg(m_step.phaseId).arg(list->error().userMessage()));
            return;
        }
        QList<calcom::Booking> live;
        for (const calcom::Booking& b : list->bookings())
            if (!b.isCancelled() && sync::BookingMetadata::phaseIdOf(b) == m_step.phaseId)
                live.append(b);
        found(live);
    });
}

void StepRunner::cancelNextFound()
{
    if (m_found.isEmpty()) {
        done(m_bookingId, m_bookingUid,
            m_bookingUid.isEmpty()
                ? tr("Cal.com holds no booking for phase %1.").arg(m_step.phaseId)
                : tr("Booking %1 of phase %2 is cancelled.").arg(m_bookingUid).arg(m_step.phaseId));
        return;
    }
    const calcom::Booking next = m_found.takeFirst();
    auto* canceller = new BookingCanceller(m_ctx.client, next.uid, m_ctx.reason, this);
    m_canceller = canceller;
    connect(canceller, &BookingCanceller::finished, this, [this, canceller] {
        canceller->deleteLater();
        const auto result = canceller->result();
        if (result == BookingCanceller::Result::Cancelled || result == BookingCanceller::Result::NotFound) {
            if (result == BookingCanceller::Result::Cancelled) {
                m_bookingId = canceller->cancelledId();
                m_bookingUid = canceller->cancelledUid();
            }
            cancelNextFound();
        } else if (result == BookingCanceller::Result::Refused) {
            failed(canceller->message(), canceller->httpStatus());
        } else {
            owed(canceller->message().isEmpty() ? tr("stopped") : canceller->message(),
                canceller->httpStatus());
        }
    });
    canceller->start();
}

// --- reschedule ----------------------------------------------------------------------------------------

void StepRunner::sendReschedule()
{
    report(QStringLiteral("rescheduling"),
        tr("Moving booking %1 to %2.")
            .arg(m_step.oldBookingUid, shown(m_step.newStartsAt, m_ctx.options.timeZone)));
    persist([step = m_step](LifecycleDb::Access& db) { return db.operations.stepSent(step); },
        [this] {
            if (m_stopped) {
                owed(tr("stopped before it was sent."));
                return;
            }
            ++m_attempts;
            calcom::RescheduleInput input;
            input.start = m_step.newStartsAt.toUTC();
            input.reschedulingReason = m_ctx.reason;
            auto* reply = m_ctx.client->rescheduleBooking(m_step.oldBookingUid, input);
            m_request = reply;
            connect(reply, &calcom::CalcomJob::finished, this, [this, reply] {
                m_request = nullptr;
                if (!reply->hasError()) {
                    done(reply->result().id, reply->result().uid,
                        tr("Moved to %1 (booking %2).")
                            .arg(shown(reply->result().start, m_ctx.options.timeZone), reply->result().uid));
                    return;
                }
                const CalcomError& e = reply->error();
                switch (e.category) {
                case CalcomError::Category::SlotUnavailable:
                    failed(tr("%1 is taken in Cal.com: %2")
                               .arg(shown(m_step.newStartsAt, m_ctx.options.timeZone), e.message),
                        e.httpStatus, true);
                    return;
                case CalcomError::Category::Server:
                case CalcomError::Category::Network:
                    settleReschedule(); // it may have happened
                    return;
                case CalcomError::Category::RateLimited:
                    if (canRetry())
                        later(&StepRunner::sendReschedule);
                    else
                        failed(e.userMessage(), e.httpStatus);
                    return;
                case CalcomError::Category::Cancelled:
                    owed(tr("stopped before it was sent."));
                    return;
                default:
                    if (saysReplaced(e))
                        settleReschedule();
                    else
                        failed(e.userMessage(), e.httpStatus);
                    return;
                }
            });
        });
}

void StepRunner::settleReschedule()
{
    report(QStringLiteral("checking"),
        tr("Asking Cal.com whether booking %1 was moved.").arg(m_step.oldBookingUid));
    auto* reply = m_ctx.client->booking(m_step.oldBookingUid);
    m_request = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply] {
        m_request = nullptr;
        if (reply->hasError()) {
            if (reply->error().category == CalcomError::Category::NotFound)
                failed(tr("Booking %1 does not exist in Cal.com any more.").arg(m_step.oldBookingUid), 404);
            else
                owed(tr("Cal.com could not say whether booking %1 was moved (%2).")
                         .arg(m_step.oldBookingUid, reply->error().userMessage()));
            return;
        }
        const calcom::Booking& old = reply->result();
        if (!old.isCancelled()) {
            // It did not happen: send it again while attempts are left.
            if (canRetry())
                later(&StepRunner::sendReschedule);
            else
                failed(tr("Cal.com did not move booking %1 after %2 attempts.")
                           .arg(m_step.oldBookingUid)
                           .arg(m_attempts));
            return;
        }
        if (old.rescheduledToUid.isEmpty()) {
            failed(tr("Booking %1 was cancelled in Cal.com meanwhile.").arg(m_step.oldBookingUid));
            return;
        }
        followToLive(old.rescheduledToUid, 1);
    });
}

void StepRunner::followToLive(const QString& uid, int hops)
{
    auto* reply = m_ctx.client->booking(uid);
    m_request = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, uid, hops] {
        m_request = nullptr;
        if (reply->hasError()) {
            owed(
                tr("Cal.com could not be asked for booking %1 (%2).").arg(uid, reply->error().userMessage()));
            return;
        }
        const calcom::Booking& b = reply->result();
        if (b.isCancelled() && !b.rescheduledToUid.isEmpty() && hops < kMaxHops) {
            followToLive(b.rescheduledToUid, hops + 1);
            return;
        }
        if (b.isCancelled() || b.start != m_step.newStartsAt.toUTC()) {
            failed(tr("Booking %1 was moved or cancelled in Cal.com by someone else (now %2, %3).")
                       .arg(m_step.oldBookingUid, b.uid, b.statusText));
            return;
        }
        done(b.id, b.uid,
            tr("Moved to %1 (booking %2, found in Cal.com).")
                .arg(shown(b.start, m_ctx.options.timeZone), b.uid));
    });
}

// --- rebook: book the new, then cancel the old ------------------------------------------------------

void StepRunner::sendBooking()
{
    if (m_step.eventTypeId <= 0) {
        failed(tr("No event type to book phase %1 on.").arg(m_step.phaseId));
        return;
    }
    report(QStringLiteral("booking"),
        tr("Booking event type %1 at %2.")
            .arg(m_step.eventTypeId)
            .arg(shown(m_step.newStartsAt, m_ctx.options.timeZone)));
    persist([step = m_step](LifecycleDb::Access& db) { return db.operations.stepSent(step); },
        [this] {
            if (m_stopped) {
                owed(tr("stopped before it was sent."));
                return;
            }
            ++m_attempts;
            calcom::BookingInput input;
            input.eventTypeId = m_step.eventTypeId;
            input.start = m_step.newStartsAt.toUTC();
            input.attendeeName
                = m_ctx.customerName.trimmed().isEmpty() ? tr("Salon customer") : m_ctx.customerName;
            input.attendeeEmail = m_ctx.customerEmail;
            input.attendeeTimeZone = m_ctx.options.timeZone;
            input.attendeeLanguage = m_ctx.options.attendeeLanguage;
            // The same metadata as the booking it replaces: reconcile and recovery find it by salonPhaseId.
            input.metadata = sync::BookingMetadata::forPhase(m_step.appointmentId, m_step.phaseId);
            input.setCheckedLength(m_step.lengthMinutes);
            auto* reply = m_ctx.client->createBooking(input);
            m_request = reply;
            connect(reply, &calcom::CalcomJob::finished, this, [this, reply] {
                m_request = nullptr;
                if (!reply->hasError()) {
                    const calcom::Booking b = reply->result();
                    m_bookingId = b.id;
                    m_bookingUid = b.uid;
                    persist(
                        [step = m_step, b](
                            LifecycleDb::Access& db) { return db.operations.stepBooked(step, b.id, b.uid); },
                        [this] { cancelOld(); });
                    return;
                }
                const CalcomError& e = reply->error();
                switch (e.category) {
                case CalcomError::Category::SlotUnavailable:
                    failed(tr("%1 is taken in Cal.com: %2")
                               .arg(shown(m_step.newStartsAt, m_ctx.options.timeZone), e.message),
                        e.httpStatus, true);
                    return;
                case CalcomError::Category::Server:
                case CalcomError::Category::Network:
                    settleBooking(); // Cal.com may have booked anyway
                    return;
                case CalcomError::Category::RateLimited:
                    if (canRetry())
                        later(&StepRunner::sendBooking);
                    else
                        failed(e.userMessage(), e.httpStatus);
                    return;
                case CalcomError::Category::Cancelled:
                    owed(tr("stopped before it was sent."));
                    return;
                default:
                    failed(e.userMessage(), e.httpStatus);
                    return;
                }
            });
        });
}

void StepRunner::settleBooking()
{
    report(QStringLiteral("checking"), tr("Asking Cal.com whether phase %1 was booked.").arg(m_step.phaseId));
    listLiveBookings(m_step.newStartsAt, tr("Cal.com could not say whether phase %1 was booked (%2)."),
        [this](const QList<calcom::Booking>& live) {
            for (const calcom::Booking& b : live) {
                if (b.uid == m_step.oldBookingUid || b.start != m_step.newStartsAt.toUTC())
                    continue;
                m_bookingId = b.id;
                m_bookingUid = b.uid;
                persist([step = m_step, b](
                            LifecycleDb::Access& db) { return db.operations.stepBooked(step, b.id, b.uid); },
                    [this] { cancelOld(); });
                return;
            }
            if (canRetry())
                later(&StepRunner::sendBooking);
            else
                failed(tr("Cal.com did not book phase %1 after %2 attempts.")
                           .arg(m_step.phaseId)
                           .arg(m_attempts));
        });
}

void StepRunner::cancelOld()
{
    if (m_step.oldBookingUid.isEmpty()) {
        done(m_bookingId, m_bookingUid, tr("Booked %1.").arg(m_bookingUid));
        return;
    }
    report(QStringLiteral("cancelling"),
        tr("Booked %1; cancelling the old booking %2.").arg(m_bookingUid, m_step.oldBookingUid));
    LifecycleStep booked = m_step;
    booked.state = StepState::Booked;
    persist([booked](LifecycleDb::Access& db) { return db.operations.stepSent(booked); },
        [this] {
            auto* canceller = new BookingCanceller(m_ctx.client, m_step.oldBookingUid, m_ctx.reason, this);
            m_canceller = canceller;
            connect(canceller, &BookingCanceller::finished, this, [this, canceller] {
                canceller->deleteLater();
                switch (canceller->result()) {
                case BookingCanceller::Result::Cancelled:
                case BookingCanceller::Result::NotFound:
                    done(m_bookingId, m_bookingUid,
                        tr("Booked %1 and cancelled the old booking %2.")
                            .arg(m_bookingUid, m_step.oldBookingUid));
                    return;
                case BookingCanceller::Result::Refused:
                    failed(tr("Booked %1, but Cal.com refused to cancel the old booking %2: %3")
                               .arg(m_bookingUid, m_step.oldBookingUid, canceller->message()),
                        canceller->httpStatus());
                    return;
                case BookingCanceller::Result::Unreachable:
                case BookingCanceller::Result::Stopped:
                    owed(tr("booked %1, but the old booking %2 could not be cancelled now (%3).")
                             .arg(m_bookingUid, m_step.oldBookingUid,
                                 canceller->message().isEmpty() ? tr("stopped") : canceller->message()),
                        canceller->httpStatus());
                    return;
                }
            });
            canceller->start();
        });
}

} // namespace salon::lifecycle
