#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace salon
{

// One row of calcom_event_map: which Cal.com event type books (service, segment, staff).
// childEventTypeId is only ever a resolved MANAGED child, never the parent itself (a CHECK enforces it).
struct EventMapEntry {
    qint64 id = 0;
    qint64 serviceId = 0;
    QString segmentKey;
    QString staffId;
    qint64 eventTypeId = 0;
    std::optional<qint64> childEventTypeId;
    QDateTime childResolvedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const EventMapEntry&) const = default;
};

} // namespace salon
