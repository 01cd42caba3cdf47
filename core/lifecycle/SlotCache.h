#pragma once

#include "calcom/AvailableSlots.h"
#include "calcom/Booking.h"
#include "calcom/CalcomError.h"
#include "calcom/CalcomJob.h"
#include "common/Expected.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <map>
#include <optional>
#include <tuple>

namespace salon::calcom
{
class CalcomClient;
}

namespace salon::lifecycle
{

// What Cal.com says about the days of one run, each question asked once and shared by every step and
// appointment of the run that asks the same (a sick day of 200 appointments asks once per event type):
//  - the free slots: one GET /v2/slots per (event type, salon day, booking to reschedule, duration);
//  - the bookings of a salon day (GET /v2/bookings, every page), asked only when the slots cannot tell
//    (a step off its event type's slot grid next to a busy time).
// Concurrent askers share the request; failures are kept too.
class SlotCache : public QObject
{
    Q_OBJECT
public:
    using Result = Expected<calcom::AvailableSlots, calcom::CalcomError>;
    using Callback = std::function<void(const Result&)>;

    SlotCache(calcom::CalcomClient* client, const QString& timeZone, QObject* parent = nullptr);
    // Withdraws the questions still waiting for an answer (e.g. in the rate limiter's queue).
    ~SlotCache() override;

    const QTimeZone& timeZone() const { return m_zone; }
    // The salon day `t` falls on.
    QDate dayOf(const QDateTime& t) const { return t.toTimeZone(m_zone).date(); }

    // Calls done (from the event loop, while context lives) with the slots of that day.
    void slotsFor(qint64 eventTypeId, const QDate& day, const QString& bookingUidToReschedule,
        std::optional<int> duration, QObject* context, Callback done);
    using BookingsResult = Expected<QList<calcom::Booking>, calcom::CalcomError>;
    using BookingsCallback = std::function<void(const BookingsResult&)>;
    void bookingsOn(const QDate& day, QObject* context, BookingsCallback done);

    int requestCount() const { return m_requests; }

private:
    struct DayBookings {
        std::optional<BookingsResult> result;
        QList<std::pair<QPointer<QObject>, BookingsCallback>> waiters;
    };
    std::map<QDate, DayBookings> m_days;
    QList<QPointer<calcom::CalcomJob>> m_inFlight;

    using Key = std::tuple<qint64, QDate, QString, int>;
    struct Entry {
        std::optional<Result> result;
        QList<std::pair<QPointer<QObject>, Callback>> waiters;
    };

    QPointer<calcom::CalcomClient> m_client;
    QTimeZone m_zone;
    std::map<Key, Entry> m_entries;
    int m_requests = 0;
};

} // namespace salon::lifecycle
