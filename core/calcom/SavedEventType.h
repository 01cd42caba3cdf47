#pragma once

#include "EventType.h"

namespace salon::calcom
{

// What a team event-type create (POST) or update (PATCH) answers: one object, or for MANAGED event types
// the array [parent, ...children], where each child has parentEventTypeId == parent id and ownerId == the
// staff member's user id. Children are what gets booked.
struct SavedEventType {
    EventType eventType;
    QList<EventType> children;

    // The child owned by userId, if the response listed one.
    std::optional<EventType> childFor(qint64 userId) const;

    static Expected<SavedEventType, QString> fromData(const QJsonValue& data);
};

} // namespace salon::calcom
