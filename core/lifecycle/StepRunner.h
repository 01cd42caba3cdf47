#pragma once

#include "LifecycleDb.h"
#include "LifecycleOptions.h"
#include "LifecycleRecords.h"
#include "StepProgress.h"
#include "calcom/CalcomClient.h"

#include "calcom/Booking.h"
#include "calcom/CalcomError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace salon::lifecycle
{

class BookingCanceller;

// Brings one lifecycle step to its end in Cal.com, recording each move in the step's row before the
// request goes out:
//  - cancel: BookingCanceller (uid known), or every live booking carrying the phase's salonPhaseId;
//  - reschedule: POST .../reschedule; after an unclear answer GET the old booking: a rescheduledToUid
//    there means it happened (the chain is followed to the live booking), never a guess;
//  - rebook: book the new (same metadata), then cancel the old (§12.5); after an unclear answer the new
//    booking is looked up by salonPhaseId and start.
// A step resumed after a crash starts from its recorded state (sent: settle first; booked: cancel the old).
// Ends Done, Failed (Cal.com refused; busy() for a taken slot) or Owed (no clear answer now; the next run
// finishes it).
class StepRunner : public QObject
{
    Q_OBJECT
public:
    enum class Result { Done, Failed, Owed };
    struct Context {
        LifecycleDb* db = nullptr;
        QPointer<calcom::CalcomClient> client;
        LifecycleOptions options;
        QString reason; // sent with cancels and reschedules
        QString customerName;
        QString customerEmail;
    };

    StepRunner(LifecycleStep step, Context context, QObject* parent = nullptr);
    ~StepRunner() override;

    const LifecycleStep& step() const { return m_step; }
    Result result() const { return m_result; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    qint64 bookingId() const { return m_bookingId; }
    QString bookingUid() const { return m_bookingUid; }

    void start();
    // Sends nothing more; a step in flight ends as owed (its row says what to check).
    void stop();

signals:
    void progress(const salon::lifecycle::StepProgress& progress);
    void finished();

private:
    void report(const QString& phase, const QString& message, bool final = false);
    void persist(
        std::function<Expected<Done, QString>(LifecycleDb::Access&)> work, std::function<void()> then);
    void done(qint64 bookingId, const QString& bookingUid, const QString& message);
    void failed(const QString& message, int httpStatus = 0, bool busy = false);
    void owed(const QString& message, int httpStatus = 0);
    void end(Result result, const QString& message);
    bool canRetry() const;
    void later(void (StepRunner::*what)());

    void cancelKnown();
    void cancelByPhaseId();
    // Lists the live bookings Cal.com holds for this step's phase around `startsAt` (by
    // metadata.salonPhaseId); on a failed request the step is owed with `whatFailed` (%1 phase id, %2
    // Cal.com's message).
    void listLiveBookings(const QDateTime& startsAt, const QString& whatFailed,
        std::function<void(const QList<calcom::Booking>&)> found);
    void cancelNextFound();
    void sendReschedule();
    void settleReschedule();
    void followToLive(const QString& uid, int hops);
    void sendBooking();
    void settleBooking();
    void cancelOld();

    LifecycleStep m_step;
    Context m_ctx;
    Result m_result = Result::Owed;
    bool m_busy = false;
    bool m_stopped = false;
    bool m_ended = false;
    QString m_message;
    int m_httpStatus = 0;
    int m_attempts = 0; // POSTs of this run
    qint64 m_bookingId = 0;
    QString m_bookingUid;
    QList<calcom::Booking> m_found; // cancel by phase id: the live bookings still to cancel
    QPointer<calcom::CalcomJob> m_request;
    QPointer<BookingCanceller> m_canceller;
    QTimer m_retryTimer;
};

} // namespace salon::lifecycle
