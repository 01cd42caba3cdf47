#include "Host.h"

#include "JsonFields.h"

namespace salon::calcom
{

Expected<Host, QString> Host::fromJson(const QJsonValue& value)
{
    Host host;
    if (value.isDouble()) {
        host.userId = value.toInteger();
        return host;
    }
    if (value.isString()) {
        bool ok = false;
        host.userId = value.toString().toLongLong(&ok);
        if (!ok)
            return Unexpected(
                QStringLiteral("host is neither an object nor a user id: %1").arg(value.toString()));
        return host;
    }
    if (!value.isObject())
        return Unexpected(QStringLiteral("host is not an object"));
    const QJsonObject o = value.toObject();
    const auto userId = json::optionalInteger(o, QLatin1String("userId"));
    if (!userId)
        return Unexpected(QStringLiteral("host without userId"));
    host.userId = *userId;
    host.mandatory = json::optionalBoolean(o, QLatin1String("mandatory"));
    host.priority = json::string(o, QLatin1String("priority"));
    host.name = json::string(o, QLatin1String("name"));
    host.username = json::string(o, QLatin1String("username"));
    host.avatarUrl = json::string(o, QLatin1String("avatarUrl"));
    return host;
}

QJsonObject Host::toInputJson() const
{
    QJsonObject o { { QStringLiteral("userId"), userId } };
    if (mandatory)
        o.insert(QStringLiteral("mandatory"), *mandatory);
    if (!priority.isEmpty())
        o.insert(QStringLiteral("priority"), priority);
    return o;
}

} // namespace salon::calcom
