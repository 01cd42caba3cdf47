#pragma once

#include "BookingRules.h"
#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

namespace salon::sandbox
{

// GET /v2/slots (cal-api-version 2024-09-04, API-FACTS §6, §12.8): the slots of one event type inside its
// schedule owner's working hours, cut into lengthInMinutes (or `duration`) steps, without what is past,
// inside minimumBookingNotice or refused by the booking rules (busy hosts). bookingUidToReschedule makes
// that booking's own time free.
class SlotRoutes
{
public:
    SlotRoutes(const SandboxState& state, const SandboxOptions& options, const SandboxClock& clock);

    SandboxReply availableSlots(const SandboxRequest& request);

private:
    const SandboxState& m_state;
    const SandboxClock& m_clock;
    BookingRules m_rules;
};

} // namespace salon::sandbox
