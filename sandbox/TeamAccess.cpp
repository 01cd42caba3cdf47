#include "TeamAccess.h"

namespace salon::sandbox
{

namespace
{
SandboxReply notMember(qint64 teamId)
{
    return SandboxReply::error(403, QStringLiteral("ForbiddenException"),
        QStringLiteral("RolesGuard - User is not a member of the team with id=%1.").arg(teamId));
}
} // namespace

bool TeamAccess::isAdminRole(const QString& role)
{
    return role == u"ADMIN" || role == u"OWNER";
}

std::optional<SandboxReply> TeamAccess::requireMember(
    const SandboxState& state, const SandboxRequest& request, qint64 teamId)
{
    if (!request.authUserId || state.roleIn(teamId, *request.authUserId).isEmpty())
        return notMember(teamId);
    return std::nullopt;
}

std::optional<SandboxReply> TeamAccess::requireAdmin(
    const SandboxState& state, const SandboxRequest& request, qint64 teamId)
{
    if (auto denied = requireMember(state, request, teamId))
        return denied;
    if (!isAdminRole(state.roleIn(teamId, *request.authUserId)))
        return SandboxReply::error(403, QStringLiteral("ForbiddenException"),
            QStringLiteral(
                "RolesGuard - user with id=%1 does not have the minimum required role=TEAM_ADMIN within "
                "team with id=%2.")
                .arg(*request.authUserId)
                .arg(teamId));
    return std::nullopt;
}

} // namespace salon::sandbox
