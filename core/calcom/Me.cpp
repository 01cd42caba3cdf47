#include "Me.h"

#include "JsonFields.h"

namespace salon::calcom
{

Expected<Me, QString> Me::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return Unexpected(QStringLiteral("user is not an object"));
    const QJsonObject o = value.toObject();
    const auto id = json::optionalInteger(o, QLatin1String("id"));
    if (!id)
        return Unexpected(QStringLiteral("user without id"));
    Me me;
    me.id = *id;
    me.username = json::string(o, QLatin1String("username"));
    me.email = json::string(o, QLatin1String("email"));
    me.name = json::string(o, QLatin1String("name"));
    me.timeZone = json::string(o, QLatin1String("timeZone"));
    me.organizationId = json::optionalInteger(o, QLatin1String("organizationId"));
    return me;
}

} // namespace salon::calcom
