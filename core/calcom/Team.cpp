#include "Team.h"

#include "JsonFields.h"

namespace salon::calcom
{

Expected<Team, QString> Team::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return Unexpected(QStringLiteral("team is not an object"));
    const QJsonObject o = value.toObject();
    const auto id = json::optionalInteger(o, QLatin1String("id"));
    if (!id)
        return Unexpected(QStringLiteral("team without id"));
    Team team;
    team.id = *id;
    team.name = json::string(o, QLatin1String("name"));
    team.slug = json::string(o, QLatin1String("slug"));
    team.parentId = json::optionalInteger(o, QLatin1String("parentId"));
    team.isOrganization = json::boolean(o, QLatin1String("isOrganization"));
    team.timeZone = json::string(o, QLatin1String("timeZone"));
    return team;
}

Expected<QList<Team>, QString> Team::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return Unexpected(QStringLiteral("expected a list of teams"));
    QList<Team> teams;
    for (const QJsonValue& item : value.toArray()) {
        auto team = fromJson(item);
        if (!team)
            return Unexpected(team.error());
        teams.append(*team);
    }
    return teams;
}

} // namespace salon::calcom
