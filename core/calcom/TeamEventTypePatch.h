#pragma once

#include "EventType.h"
#include "Host.h"
#include "SchedulingType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace salon::calcom
{

// Body of PATCH /v2/teams/{teamId}/event-types/{id}. Only the fields that are set are sent.
// - hosts, when set, is the COMPLETE host set (hosts not listed are removed; on a MANAGED parent their
//   child is deleted). Unset leaves the hosts alone.
// - slug: Cal.com's uniqueness check does not exclude the event type itself, so never send the unchanged
//   slug; call dropUnchanged(current) before sending (CalcomClient does when given the current type).
// - schedulingType: only collective <-> roundRobin, and then with hosts or assignAllTeamMembers;
//   converting to or from managed needs a new event type.
struct TeamEventTypePatch {
    std::optional<QString> title;
    std::optional<QString> slug;
    std::optional<QString> description;
    std::optional<int> lengthInMinutes;
    std::optional<SchedulingType> schedulingType;
    std::optional<QList<Host>> hosts;
    std::optional<bool> assignAllTeamMembers;
    std::optional<bool> hidden;
    QJsonObject extra; // further documented fields, sent as given

    bool isEmpty() const;
    // Clears the fields that equal the current state where sending them is harmful (slug) or pointless.
    void dropUnchanged(const EventType& current);
    // Empty when the patch may be sent; otherwise why not (English, for developers).
    QString problem() const;
    QJsonObject toJson() const;
};

} // namespace salon::calcom
