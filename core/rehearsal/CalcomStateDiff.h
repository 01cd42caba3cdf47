#pragma once

#include "ChangeRecord.h"

#include <QJsonObject>
#include <QList>

namespace salon::rehearsal
{

// What changed in Cal.com between two sandbox states (a snapshot and the rehearsal sandbox after a
// command, or two snapshots): event types created, changed, deleted (by id); bookings created, cancelled,
// moved (a reschedule is one move from the old booking to the new one, not a cancel plus a create),
// deleted. Each record names the staff member it concerns: the owner of a user event type, the hosts of
// a team one, the host of a booking.
class CalcomStateDiff
{
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::CalcomStateDiff)
public:
    static QList<ChangeRecord> compare(const QJsonObject& before, const QJsonObject& after);
};

} // namespace salon::rehearsal
