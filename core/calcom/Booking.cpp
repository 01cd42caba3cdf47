#include "Booking.h"

#include "JsonFields.h"

namespace salon::calcom
{

Booking::Status Booking::statusFromString(const QString& text)
{
    const QString s = text.toLower();
    if (s == QLatin1String("accepted"))
        return Status::Accepted;
    if (s == QLatin1String("pending"))
        return Status::Pending;
    if (s == QLatin1String("cancelled"))
        return Status::Cancelled;
    if (s == QLatin1String("rejected"))
        return Status::Rejected;
    return Status::Unknown;
}

Expected<Booking, QString> Booking::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return Unexpected(QStringLiteral("booking is not an object"));
    const QJsonObject o = value.toObject();
    Booking b;
    b.uid = json::string(o, QLatin1String("uid"));
    if (b.uid.isEmpty())
        return Unexpected(QStringLiteral("booking without uid"));
    b.id = json::integer(o, QLatin1String("id"));
    b.title = json::string(o, QLatin1String("title"));
    b.statusText = json::string(o, QLatin1String("status"));
    b.status = statusFromString(b.statusText);
    b.start = json::dateTime(o, QLatin1String("start"));
    b.end = json::dateTime(o, QLatin1String("end"));
    b.durationMinutes = int(json::integer(o, QLatin1String("duration")));
    const QJsonObject eventType = o.value(QLatin1String("eventType")).toObject();
    b.eventTypeId = json::optionalInteger(o, QLatin1String("eventTypeId"))
                        .value_or(json::integer(eventType, QLatin1String("id")));
    b.eventTypeSlug = json::string(eventType, QLatin1String("slug"));
    for (const QJsonValue& hv : o.value(QLatin1String("hosts")).toArray()) {
        const QJsonObject h = hv.toObject();
        b.hosts.append({ json::integer(h, QLatin1String("id")), json::string(h, QLatin1String("name")),
            json::string(h, QLatin1String("email")), json::string(h, QLatin1String("username")),
            json::string(h, QLatin1String("timeZone")) });
    }
    for (const QJsonValue& av : o.value(QLatin1String("attendees")).toArray()) {
        const QJsonObject a = av.toObject();
        b.attendees.append({ json::string(a, QLatin1String("name")), json::string(a, QLatin1String("email")),
            json::string(a, QLatin1String("timeZone")), json::string(a, QLatin1String("language")),
            json::string(a, QLatin1String("phoneNumber")), json::boolean(a, QLatin1String("absent")) });
    }
    b.metadata = o.value(QLatin1String("metadata")).toObject();
    b.cancellationReason = json::string(o, QLatin1String("cancellationReason"));
    b.rescheduledFromUid = json::string(o, QLatin1String("rescheduledFromUid"));
    b.rescheduledToUid = json::string(o, QLatin1String("rescheduledToUid"));
    b.createdAt = json::dateTime(o, QLatin1String("createdAt"));
    b.updatedAt = json::dateTime(o, QLatin1String("updatedAt"));
    b.raw = o;
    return b;
}

Expected<QList<Booking>, QString> Booking::listFromJson(const QJsonValue& value)
{
    if (value.isObject()) {
        auto one = fromJson(value);
        if (!one)
            return Unexpected(one.error());
        return QList<Booking> { *one };
    }
    if (!value.isArray())
        return Unexpected(QStringLiteral("expected a booking or a list of bookings"));
    QList<Booking> list;
    for (const QJsonValue& item : value.toArray()) {
        auto b = fromJson(item);
        if (!b)
            return Unexpected(b.error());
        list.append(*b);
    }
    return list;
}

} // namespace salon::calcom
