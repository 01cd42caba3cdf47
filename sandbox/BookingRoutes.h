#pragma once

#include "BookingRules.h"
#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <QJsonObject>

#include <functional>

namespace salon::sandbox
{

// Bookings, cal-api-version 2024-08-13 (API-FACTS §3): create with the error catalogue in Cal.com's order
// and the input checks of Cal.com's bookings e2e specs, list with filters and pagination, get; plus
// GET /v2/teams/{teamId}/bookings. Cancel and reschedule: BookingChangeRoutes; slots: SlotRoutes.
class BookingRoutes
{
public:
    BookingRoutes(SandboxState& state, const SandboxOptions& options, const SandboxClock& clock);

    SandboxReply create(const SandboxRequest& request);
    SandboxReply list(const SandboxRequest& request);
    SandboxReply listForTeam(const SandboxRequest& request); // params: [teamId]
    SandboxReply get(const SandboxRequest& request); // params: [uid]

private:
    SandboxReply listFiltered(
        const SandboxRequest& request, const std::function<bool(const QJsonObject&)>& visible);

    SandboxState& m_state;
    const SandboxOptions& m_options;
    const SandboxClock& m_clock;
    BookingRules m_rules;
};

} // namespace salon::sandbox
