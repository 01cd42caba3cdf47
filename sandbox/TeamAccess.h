#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <optional>

namespace salon::sandbox
{

// Cal.com's RolesGuard for team routes (API-FACTS §2.1): the key's user must be a member, and for admin
// routes at least TEAM_ADMIN (ADMIN or OWNER). Returns the 403 answer, or nothing when access is granted.
class TeamAccess
{
public:
    static std::optional<SandboxReply> requireMember(
        const SandboxState& state, const SandboxRequest& request, qint64 teamId);
    static std::optional<SandboxReply> requireAdmin(
        const SandboxState& state, const SandboxRequest& request, qint64 teamId);
    static bool isAdminRole(const QString& role);
};

} // namespace salon::sandbox
