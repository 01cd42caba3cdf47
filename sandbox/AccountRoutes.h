#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

namespace salon::sandbox
{

// GET /v2/me, GET /v2/teams (teams of the key's user) and GET /v2/teams/{teamId}/memberships.
class AccountRoutes
{
public:
    explicit AccountRoutes(const SandboxState& state);

    SandboxReply me(const SandboxRequest& request) const;
    SandboxReply teams(const SandboxRequest& request) const;
    SandboxReply memberships(const SandboxRequest& request) const; // params: [teamId]

private:
    const SandboxState& m_state;
};

} // namespace salon::sandbox
