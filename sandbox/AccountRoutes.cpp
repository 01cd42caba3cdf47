#include "AccountRoutes.h"

#include "TeamAccess.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace salon::sandbox
{

AccountRoutes::AccountRoutes(const SandboxState& state)
    : m_state(state)
{
}

SandboxReply AccountRoutes::me(const SandboxRequest& request) const
{
    const SandboxUser* u = m_state.user(*request.authUserId);
    if (!u)
        return SandboxReply::error(
            401, QStringLiteral("UnauthorizedException"), QStringLiteral("No user tied to this apiKey"));
    return SandboxReply::success(200,
        QJsonObject { { QStringLiteral("id"), u->id }, { QStringLiteral("username"), u->username },
            { QStringLiteral("email"), u->email }, { QStringLiteral("name"), u->name },
            { QStringLiteral("avatarUrl"), QJsonValue::Null }, { QStringLiteral("bio"), QJsonValue::Null },
            { QStringLiteral("timeFormat"), 24 }, { QStringLiteral("defaultScheduleId"), QJsonValue::Null },
            { QStringLiteral("weekStart"), QStringLiteral("Monday") },
            { QStringLiteral("timeZone"), u->timeZone },
            { QStringLiteral("organizationId"), QJsonValue::Null } });
}

SandboxReply AccountRoutes::teams(const SandboxRequest& request) const
{
    QJsonArray data;
    for (const SandboxTeam* t : m_state.teamsOf(*request.authUserId))
        data.append(QJsonObject { { QStringLiteral("id"), t->id }, { QStringLiteral("name"), t->name },
            { QStringLiteral("slug"), t->slug }, { QStringLiteral("isOrganization"), false },
            { QStringLiteral("isPrivate"), false }, { QStringLiteral("hideBookATeamMember"), false },
            { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") },
            { QStringLiteral("weekStart"), QStringLiteral("Monday") } });
    return SandboxReply::success(200, data);
}

SandboxReply AccountRoutes::memberships(const SandboxRequest& request) const
{
    const qint64 teamId = request.paramId(0);
    if (auto denied = TeamAccess::requireMember(m_state, request, teamId))
        return *denied;
    const SandboxTeam* team = m_state.team(teamId);
    const qint64 skip = std::max<qint64>(0, request.queryValue(QStringLiteral("skip")).toLongLong());
    const qint64 take = request.hasQuery(QStringLiteral("take"))
        ? std::max<qint64>(1, request.queryValue(QStringLiteral("take")).toLongLong())
        : 250;
    QJsonArray data;
    for (qint64 i = skip; i < std::min<qint64>(team->members.size(), skip + take); ++i) {
        const SandboxMembership& m = team->members[i];
        const SandboxUser* u = m_state.user(m.userId);
        data.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("userId"), m.userId },
            { QStringLiteral("teamId"), teamId }, { QStringLiteral("accepted"), true },
            { QStringLiteral("role"), m.role }, { QStringLiteral("disableImpersonation"), false },
            { QStringLiteral("user"),
                QJsonObject { { QStringLiteral("username"), u ? u->username : QString() },
                    { QStringLiteral("name"), u ? u->name : QString() },
                    { QStringLiteral("email"), u ? u->email : QString() } } } });
    }
    return SandboxReply::success(200, data);
}

} // namespace salon::sandbox
