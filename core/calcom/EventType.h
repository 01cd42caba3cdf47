#pragma once

#include "Host.h"
#include "SchedulingType.h"
#include "common/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace salon::calcom
{

// A Cal.com event type in the 2024-06-14 output shape: a team event type (teamId set), a MANAGED parent
// (schedulingType Managed, hosts = the users that have a child) or a managed child / personal event type
// (ownerId set; a child also has parentEventTypeId).
struct EventType {
    qint64 id = 0;
    QString title;
    QString slug; // as Cal.com stored it (slugified), compare with this one
    QString description;
    int lengthInMinutes = 0;
    QList<int> lengthInMinutesOptions; // non-empty only for multi-duration event types
    bool hidden = false;
    SchedulingType schedulingType = SchedulingType::Unknown;
    std::optional<qint64> teamId;
    std::optional<qint64> ownerId;
    std::optional<qint64> parentEventTypeId;
    QList<Host> hosts;
    bool assignAllTeamMembers = false;
    QJsonObject raw; // the whole object, for fields not modelled here

    bool hasMultipleDurations() const { return lengthInMinutesOptions.size() > 1; }
    bool isManagedParent() const { return schedulingType == SchedulingType::Managed && !parentEventTypeId; }
    bool isManagedChild() const { return parentEventTypeId.has_value(); }
    bool hasHost(qint64 userId) const;

    static Expected<EventType, QString> fromJson(const QJsonValue& value);
    static Expected<QList<EventType>, QString> listFromJson(const QJsonValue& value);
};

} // namespace salon::calcom
