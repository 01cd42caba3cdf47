#include "BookingCanceller.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"

namespace salon::lifecycle
{

using calcom::CalcomError;

namespace
{
constexpr int kMaxHops = 8;

bool saysCancelledAlready(const CalcomError& e)
{
    return e.category == CalcomError::Category::Validation
        && (e.message.contains(QLatin1String("cancelled already"), Qt::CaseInsensitive)
            || e.message.contains(QLatin1String("has been cancelled"), Qt::CaseInsensitive));
}

bool isTransient(const CalcomError& e)
{
    return e.category == CalcomError::Category::Server || e.category == CalcomError::Category::Network
        || e.category == CalcomError::Category::RateLimited;
}
} // namespace

BookingCanceller::BookingCanceller(calcom::CalcomClient* client, QString uid, QString reason, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_uid(std::move(uid))
    , m_reason(std::move(reason))
{
    m_retryTimer.setSingleShot(true);
}

void BookingCanceller::start()
{
    cancel(m_uid);
}

void BookingCanceller::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    if (m_request)
        m_request->cancel(); // only withdraws what has not been sent; a sent cancel answers anyway
    else if (!m_done)
        finish(Result::Stopped);
}

void BookingCanceller::finish(Result result, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_result = result;
    m_message = message;
    QMetaObject::invokeMethod(this, &BookingCanceller::finished, Qt::QueuedConnection);
}

void BookingCanceller::retry(
    void (BookingCanceller::*what)(const QString&), const QString& uid, const QString& why)
{
    const int maxAttempts = m_client ? m_client->retryPolicy().maxAttempts : 1;
    if (m_stopped || m_attempts >= maxAttempts) {
        finish(m_stopped ? Result::Stopped : Result::Unreachable, why);
        return;
    }
    const int delay = m_client->retryPolicy().delayMs(m_attempts);
    m_retryTimer.disconnect();
    connect(&m_retryTimer, &QTimer::timeout, this, [this, what, uid] { (this->*what)(uid); });
    m_retryTimer.start(delay);
}

void BookingCanceller::cancel(const QString& uid)
{
    if (m_stopped) {
        finish(Result::Stopped);
        return;
    }
    if (!m_client) {
        finish(Result::Unreachable, tr("no Cal.com client"));
        return;
    }
    ++m_attempts;
    auto* reply = m_client->cancelBooking(uid, m_reason);
    m_request = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, uid] {
        m_request = nullptr;
        m_httpStatus = reply->httpStatus();
        if (!reply->hasError()) {
            m_cancelledUid = uid;
            m_cancelledId = reply->result().id;
            finish(Result::Cancelled);
            return;
        }
        const CalcomError& e = reply->error();
        if (e.category == CalcomError::Category::Cancelled) {
            finish(Result::Stopped);
            return;
        }
        if (e.category == CalcomError::Category::NotFound) {
            finish(Result::NotFound, e.userMessage());
            return;
        }
        if (saysCancelledAlready(e) || e.category == CalcomError::Category::Server
            || e.category == CalcomError::Category::Network) {
            // Ask what Cal.com holds before anything else goes out.
            check(uid);
            return;
        }
        if (e.category == CalcomError::Category::RateLimited) {
            retry(&BookingCanceller::cancel, uid, e.userMessage());
            return;
        }
        finish(Result::Refused, e.userMessage());
    });
}

void BookingCanceller::check(const QString& uid)
{
    if (!m_client) {
        finish(Result::Unreachable, tr("no Cal.com client"));
        return;
    }
    ++m_attempts; // one budget for the cancels and the checks between them
    auto* reply = m_client->booking(uid);
    m_request = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, uid] {
        m_request = nullptr;
        if (reply->hasError()) {
            const CalcomError& e = reply->error();
            if (e.category == CalcomError::Category::NotFound)
                finish(Result::NotFound, e.userMessage());
            else if (isTransient(e))
                retry(&BookingCanceller::check, uid,
                    e.userMessage()); // the GET retried already; one more round
            else
                finish(e.category == CalcomError::Category::Cancelled ? Result::Stopped : Result::Refused,
                    e.userMessage());
            return;
        }
        const calcom::Booking& booking = reply->result();
        if (!booking.isCancelled()) {
            // Still live: the cancel did not happen; send it again.
            retry(&BookingCanceller::cancel, uid,
                tr("Cal.com did not cancel booking %1 after %2 attempts.").arg(uid).arg(m_attempts));
            return;
        }
        if (!booking.rescheduledToUid.isEmpty() && m_hops < kMaxHops) {
            // Replaced by a reschedule: the live booking is the newer one.
            ++m_hops;
            qCInfo(lcSync) << "booking" << uid << "was rescheduled to" << booking.rescheduledToUid
                           << "; cancelling that";
            m_attempts = 0;
            cancel(booking.rescheduledToUid);
            return;
        }
        m_cancelledUid = uid;
        m_cancelledId = booking.id;
        finish(Result::Cancelled);
    });
}

} // namespace salon::lifecycle
