#pragma once

#include "calcom/Booking.h"
#include "calcom/EventType.h"
#include "calcom/Me.h"
#include "calcom/Membership.h"
#include "calcom/Team.h"

#include <QList>

namespace salon::rehearsal
{

// What the GET requests of a snapshot answered, as CalcomSnapshotJob collects it for
// SnapshotStateBuilder.
struct SnapshotAnswers {
    calcom::Me me;
    calcom::Team team;
    QList<calcom::Membership> members;
    QList<calcom::EventType> teamEventTypes; // GET /v2/teams/{team}/event-types
    QList<calcom::EventType> userEventTypes; // every GET /v2/event-types?username= together
    QList<calcom::Booking> bookings; // GET /v2/bookings in the period
};

} // namespace salon::rehearsal
