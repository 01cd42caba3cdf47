#pragma once

#include "Host.h"
#include "SchedulingType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace salon::calcom
{

// Body of POST /v2/teams/{teamId}/event-types (CreateTeamEventTypeInput_2024_06_14).
// Required: title, slug (send it slugified: Cal.com slugifies before its uniqueness check), lengthInMinutes,
// schedulingType. Give either hosts or assignAllTeamMembers, not both. Round robin needs hosts.
struct TeamEventTypeInput {
    QString title;
    QString slug;
    int lengthInMinutes = 0;
    SchedulingType schedulingType = SchedulingType::RoundRobin;
    QList<Host> hosts;
    std::optional<bool> assignAllTeamMembers;
    std::optional<bool> hidden;
    QString description;
    // Further documented fields (locations, bookingFields, minimumBookingNotice, ...) as Cal.com names them;
    // merged into the body, the typed fields above win.
    QJsonObject extra;

    // Empty when the input is complete; otherwise why not (English, for developers).
    QString problem() const;
    QJsonObject toJson() const;
};

} // namespace salon::calcom
