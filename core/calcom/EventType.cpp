#include "EventType.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace salon::calcom
{

bool EventType::hasHost(qint64 userId) const
{
    return std::any_of(hosts.cbegin(), hosts.cend(), [userId](const Host& h) { return h.userId == userId; });
}

Expected<EventType, QString> EventType::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return Unexpected(QStringLiteral("event type is not an object"));
    const QJsonObject o = value.toObject();
    const auto id = json::optionalInteger(o, QLatin1String("id"));
    if (!id)
        return Unexpected(QStringLiteral("event type without id"));

    EventType et;
    et.id = *id;
    et.title = json::string(o, QLatin1String("title"));
    et.slug = json::string(o, QLatin1String("slug"));
    et.description = json::string(o, QLatin1String("description"));
    et.lengthInMinutes = int(json::integer(o, QLatin1String("lengthInMinutes")));
    for (const QJsonValue& option : o.value(QLatin1String("lengthInMinutesOptions")).toArray()) {
        // The input spec types the options as strings; accept both.
        const int minutes = option.isString() ? option.toString().toInt() : option.toInt();
        if (minutes > 0)
            et.lengthInMinutesOptions.append(minutes);
    }
    et.hidden = json::boolean(o, QLatin1String("hidden"));
    et.schedulingType = schedulingTypeFromString(json::string(o, QLatin1String("schedulingType")));
    et.teamId = json::optionalInteger(o, QLatin1String("teamId"));
    et.ownerId = json::optionalInteger(o, QLatin1String("ownerId"));
    et.parentEventTypeId = json::optionalInteger(o, QLatin1String("parentEventTypeId"));
    et.assignAllTeamMembers = json::boolean(o, QLatin1String("assignAllTeamMembers"));

    const QJsonValue hosts = o.value(QLatin1String("hosts"));
    if (!hosts.isUndefined() && !hosts.isNull() && !hosts.isArray())
        return Unexpected(QStringLiteral("event type %1: hosts is not a list").arg(et.id));
    for (const QJsonValue& h : hosts.toArray()) {
        auto host = Host::fromJson(h);
        if (!host)
            return Unexpected(QStringLiteral("event type %1: %2").arg(et.id).arg(host.error()));
        et.hosts.append(*host);
    }
    et.raw = o;
    return et;
}

Expected<QList<EventType>, QString> EventType::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return Unexpected(QStringLiteral("expected a list of event types"));
    QList<EventType> list;
    for (const QJsonValue& item : value.toArray()) {
        auto et = fromJson(item);
        if (!et)
            return Unexpected(et.error());
        list.append(*et);
    }
    return list;
}

} // namespace salon::calcom
