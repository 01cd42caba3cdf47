#include "SlotCache.h"

#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"

namespace salon::lifecycle
{

SlotCache::SlotCache(calcom::CalcomClient* client, const QString& timeZone, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_zone(timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

SlotCache::~SlotCache()
{
    for (const QPointer<calcom::CalcomJob>& job : std::as_const(m_inFlight))
        if (job && !job->isFinished())
            job->cancel();
}

void SlotCache::slotsFor(qint64 eventTypeId, const QDate& day, const QString& bookingUidToReschedule,
    std::optional<int> duration, QObject* context, Callback done)
{
    const Key key { eventTypeId, day, bookingUidToReschedule, duration.value_or(0) };
    Entry& entry = m_entries[key];
    if (entry.result) {
        const Result result = *entry.result;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    entry.waiters.append({ QPointer<QObject>(context), std::move(done) });
    if (entry.waiters.size() > 1)
        return; // the request is under way
    if (!m_client) {
        entry.result = Unexpected(calcom::CalcomError::invalidSettings(QStringLiteral("no Cal.com client")));
        const auto waiters = std::exchange(entry.waiters, {});
        for (const auto& [guard, callback] : waiters)
            if (guard)
                callback(*entry.result);
        return;
    }
    calcom::SlotQuery query;
    query.eventTypeId = eventTypeId;
    query.start = QDateTime(day, QTime(0, 0), m_zone).toUTC();
    query.end = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC();
    query.timeZone = QString::fromUtf8(m_zone.id());
    query.bookingUidToReschedule = bookingUidToReschedule;
    query.duration = duration;
    ++m_requests;
    auto* reply = m_client->availableSlots(query);
    m_inFlight.append(reply);
    connect(reply, &calcom::CalcomJob::finished, this, [this, key, reply] {
        Entry& e = m_entries[key];
        if (reply->hasError())
            e.result = Unexpected(reply->error());
        else
            e.result = reply->result();
        const auto waiters = std::exchange(e.waiters, {});
        for (const auto& [guard, callback] : waiters)
            if (guard)
                callback(*e.result);
    });
}

void SlotCache::bookingsOn(const QDate& day, QObject* context, BookingsCallback done)
{
    DayBookings& entry = m_days[day];
    if (entry.result) {
        const BookingsResult result = *entry.result;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    entry.waiters.append({ QPointer<QObject>(context), std::move(done) });
    if (entry.waiters.size() > 1)
        return;
    if (!m_client) {
        entry.result = Unexpected(calcom::CalcomError::invalidSettings(QStringLiteral("no Cal.com client")));
        const auto waiters = std::exchange(entry.waiters, {});
        for (const auto& [guard, callback] : waiters)
            if (guard)
                callback(*entry.result);
        return;
    }
    calcom::BookingQuery query;
    query.afterStart
        = QDateTime(day, QTime(0, 0), m_zone).toUTC().addSecs(-24 * 3600); // what reaches into it
    query.beforeEnd = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC().addSecs(24 * 3600);
    ++m_requests;
    auto* job = m_client->listBookings(query);
    m_inFlight.append(job);
    connect(job, &calcom::CalcomJob::finished, this, [this, day, job] {
        DayBookings& e = m_days[day];
        if (job->hasError())
            e.result = Unexpected(job->error());
        else
            e.result = job->bookings();
        const auto waiters = std::exchange(e.waiters, {});
        for (const auto& [guard, callback] : waiters)
            if (guard)
                callback(*e.result);
    });
}

} // namespace salon::lifecycle
