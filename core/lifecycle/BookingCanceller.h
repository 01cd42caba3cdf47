#pragma once

#include "calcom/Booking.h"
#include "calcom/CalcomError.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
} // namespace salon::calcom

namespace salon::lifecycle
{

// Cancels one booking in Cal.com as far as it goes: POST .../cancel with the reason (a host must give one,
// §12.6); "cancelled already" is checked with a GET, and a booking that a reschedule replaced is followed
// through rescheduledToUid to the live one (§12.7); a 5xx or a lost answer is checked the same way before
// the cancel goes out again. Rate limits and server trouble are retried with the client's RetryPolicy.
// Writes nothing: the caller records the step before start() and the result after finished().
class BookingCanceller : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        Cancelled, // cancelledUid is cancelled now (by us or before)
        NotFound, // Cal.com has no such booking: nothing to cancel
        Refused, // Cal.com refuses (message), e.g. a booking that has ended in newer builds
        Unreachable, // no clear answer after the retries: the cancel is owed
        Stopped, // stop() before it was sent
    };

    BookingCanceller(calcom::CalcomClient* client, QString uid, QString reason, QObject* parent = nullptr);

    void start();
    // Withdraws a request still waiting in the rate limiter; one already sent is left to answer.
    void stop();

    Result result() const { return m_result; }
    QString cancelledUid() const { return m_cancelledUid; }
    qint64 cancelledId() const { return m_cancelledId; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }

signals:
    void finished();

private:
    void cancel(const QString& uid);
    void check(const QString& uid);
    // Again after the policy's backoff, or Unreachable with `why` once the attempts are used up.
    void retry(void (BookingCanceller::*what)(const QString&), const QString& uid, const QString& why);
    void finish(Result result, const QString& message = {});

    QPointer<calcom::CalcomClient> m_client;
    QString m_uid;
    QString m_reason;
    QString m_cancelledUid;
    qint64 m_cancelledId = 0;
    QString m_message;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_hops = 0; // rescheduledToUid links followed
    bool m_stopped = false;
    bool m_done = false;
    Result m_result = Result::Unreachable;
    QPointer<calcom::CalcomJob> m_request;
    QTimer m_retryTimer;
};

} // namespace salon::lifecycle
