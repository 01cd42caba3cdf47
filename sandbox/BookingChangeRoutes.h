#pragma once

#include "BookingRules.h"
#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

namespace salon::sandbox
{

// Cancel and reschedule as Cal.com does them (API-FACTS §3.3, §11.7-8, §12): strict bodies; a second cancel
// (also of a booking a reschedule replaced) answers "cancelled already"; a host's cancel needs a reason;
// reschedule keeps event type, attendee and metadata, takes the event type's default length, links old and
// new booking (rescheduledToUid / rescheduledFromUid) and fails like a create when the slot is busy, leaving
// the old booking untouched.
class BookingChangeRoutes
{
public:
    BookingChangeRoutes(SandboxState& state, const SandboxOptions& options, const SandboxClock& clock);

    SandboxReply cancel(const SandboxRequest& request); // params: [uid]
    SandboxReply reschedule(const SandboxRequest& request); // params: [uid]

private:
    SandboxState& m_state;
    const SandboxOptions& m_options;
    const SandboxClock& m_clock;
    BookingRules m_rules;
};

} // namespace salon::sandbox
