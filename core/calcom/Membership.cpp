#include "Membership.h"

#include "JsonFields.h"

namespace salon::calcom
{

Expected<Membership, QString> Membership::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return Unexpected(QStringLiteral("membership is not an object"));
    const QJsonObject o = value.toObject();
    const auto userId = json::optionalInteger(o, QLatin1String("userId"));
    if (!userId)
        return Unexpected(QStringLiteral("membership without userId"));
    Membership m;
    m.id = json::integer(o, QLatin1String("id"));
    m.userId = *userId;
    m.teamId = json::integer(o, QLatin1String("teamId"));
    m.role = json::string(o, QLatin1String("role")).toUpper();
    m.accepted = json::boolean(o, QLatin1String("accepted"), true);
    const QJsonObject user = o.value(QLatin1String("user")).toObject();
    m.username = json::string(user, QLatin1String("username"));
    m.name = json::string(user, QLatin1String("name"));
    m.email = json::string(user, QLatin1String("email"));
    return m;
}

Expected<QList<Membership>, QString> Membership::listFromJson(const QJsonValue& value)
{
    QList<Membership> list;
    if (value.isObject()) {
        auto one = fromJson(value);
        if (!one)
            return Unexpected(one.error());
        list.append(*one);
        return list;
    }
    if (!value.isArray())
        return Unexpected(QStringLiteral("expected a list of memberships"));
    for (const QJsonValue& item : value.toArray()) {
        auto m = fromJson(item);
        if (!m)
            return Unexpected(m.error());
        list.append(*m);
    }
    return list;
}

} // namespace salon::calcom
