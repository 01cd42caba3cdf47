#include "SlotRoutes.h"

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

namespace salon::sandbox
{

namespace
{
const QString kId = QStringLiteral("id");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kHosts = QStringLiteral("hosts");
const QString kEventTypeId = QStringLiteral("eventTypeId");
} // namespace

SlotRoutes::SlotRoutes(const SandboxState& state, const SandboxOptions& options, const SandboxClock& clock)
    : m_state(state)
    , m_clock(clock)
    , m_rules(state, options)
{
}

SandboxReply SlotRoutes::availableSlots(const SandboxRequest& request)
{
    // Cal.com computes slots from schedules; the sandbox gives every host their working hours (default
    // Monday-Friday 09:00-17:00 in their own time zone) and removes what is past, too soon or busy.
    const QTimeZone zone(request.queryValue(QStringLiteral("timeZone")).isEmpty()
            ? QByteArray("UTC")
            : request.queryValue(QStringLiteral("timeZone")).toUtf8());
    if (!zone.isValid())
        return BookingRules::badRequest(BookingRules::pipeMessage(
            QStringLiteral("timeZone"), QStringLiteral("timeZone must be a valid IANA time zone")));
    auto bound = [&](const QString& text, bool endOfDay) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && text.size() == 10)
            return endOfDay ? QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC()
                            : QDateTime(date, QTime(0, 0), zone).toUTC();
        return BookingRules::parseInstant(text);
    };
    const QDateTime from = bound(request.queryValue(QStringLiteral("start")), false);
    const QDateTime to = bound(request.queryValue(QStringLiteral("end")), true);
    QStringList problems;
    if (!from.isValid())
        problems.append(BookingRules::pipeMessage(
            QStringLiteral("start"), QStringLiteral("start must be a valid ISO 8601 date string")));
    if (!to.isValid())
        problems.append(BookingRules::pipeMessage(
            QStringLiteral("end"), QStringLiteral("end must be a valid ISO 8601 date string")));
    if (!problems.isEmpty())
        return BookingRules::badRequest(problems.join(QStringLiteral(", ")));

    QJsonObject selector;
    if (request.hasQuery(QStringLiteral("eventTypeId")))
        selector.insert(kEventTypeId, request.queryValue(QStringLiteral("eventTypeId")).toLongLong());
    for (const QString& key :
        { QStringLiteral("eventTypeSlug"), QStringLiteral("username"), QStringLiteral("teamSlug") })
        if (request.hasQuery(key))
            selector.insert(key, request.queryValue(key));
    std::optional<SandboxReply> lookupError;
    const QJsonObject* found = m_rules.findEventType(selector, &lookupError);
    if (!found)
        return *lookupError;
    const QJsonObject et = *found;
    const qint64 eventTypeId = et.value(kId).toInteger();
    // The spec: managed parents cannot be queried, only their children.
    if (et.value(QStringLiteral("schedulingType")).toString() == u"managed"
        && et.value(QStringLiteral("parentEventTypeId")).isNull())
        return BookingRules::badRequest(
            QStringLiteral("Event type with id=%1 is the parent managed event type that can't be booked. "
                           "You have to provide the child event type id aka id of event type that has "
                           "been assigned to one of the users.")
                .arg(eventTypeId));
    qint64 length = et.value(QStringLiteral("lengthInMinutes")).toInteger();
    if (request.hasQuery(QStringLiteral("duration"))) {
        const qint64 duration = request.queryValue(QStringLiteral("duration")).toLongLong();
        if (et.value(QStringLiteral("lengthInMinutesOptions")).toArray().contains(QJsonValue(duration)))
            length = duration;
    }
    const QString ignoreUid = request.queryValue(QStringLiteral("bookingUidToReschedule"));
    const bool range = request.queryValue(QStringLiteral("format")) == u"range";
    const QDateTime earliest
        = m_clock.now().addSecs(et.value(QStringLiteral("minimumBookingNotice")).toInteger(0) * 60);

    // Whose schedule frames the day: the owner, or the first host of a team event type.
    qint64 scheduleOwner = BookingRules::ownerOf(et);
    if (scheduleOwner == 0 && !et.value(kHosts).toArray().isEmpty())
        scheduleOwner
            = et.value(kHosts).toArray().first().toObject().value(QStringLiteral("userId")).toInteger();
    const SandboxUser* owner = m_state.user(scheduleOwner);
    if (!owner)
        return SandboxReply::success(200, QJsonObject()); // no hosts: no slots
    const QTimeZone hostZone(owner->timeZone.toUtf8());

    // Read once: a day has hundreds of slots, and each is checked against every host's bookings.
    const BookingRules::BusyTimes busy = m_rules.busyTimes(ignoreUid);
    const bool utc = zone.id() == "UTC";
    QMap<QString, QJsonArray> days;
    for (QDate day = from.toTimeZone(hostZone).date(); day <= to.toTimeZone(hostZone).date() && day.isValid();
         day = day.addDays(1)) {
        if (!owner->workDays.contains(day.dayOfWeek()))
            continue;
        const QDateTime midnight(day, QTime(0, 0), hostZone);
        const QDateTime dayEnd = midnight.addSecs(qint64(owner->workEndMinute) * 60);
        for (QDateTime slot = midnight.addSecs(qint64(owner->workStartMinute) * 60);
             slot.addSecs(length * 60) <= dayEnd; slot = slot.addSecs(length * 60)) {
            const QDateTime start = slot.toUTC();
            const QDateTime end = start.addSecs(length * 60);
            if (start < from || end > to || start < earliest)
                continue;
            QList<qint64> hosts;
            if (m_rules.chooseHosts(et, start, end, ignoreUid, &hosts, &busy))
                continue;
            const QDateTime local = utc ? start : start.toTimeZone(zone);
            QJsonObject item { { kStart, local.toString(Qt::ISODateWithMs) } };
            if (range)
                item.insert(kEnd, (utc ? end : end.toTimeZone(zone)).toString(Qt::ISODateWithMs));
            days[local.date().toString(Qt::ISODate)].append(item);
        }
    }
    QJsonObject data;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        data.insert(it.key(), it.value());
    return SandboxReply::success(200, data);
}

} // namespace salon::sandbox
