#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace salon::calcom
{

// Query of GET /v2/slots (cal-api-version 2024-09-04, API-FACTS §6 and §12.8). Salon Admin asks for one
// event type and one salon day at a time, as instants (start and end in UTC), with format=range so every
// slot carries its end; bookingUidToReschedule makes that booking's own time count as free.
struct SlotQuery {
    qint64 eventTypeId = 0;
    QDateTime start; // sent as UTC
    QDateTime end; // sent as UTC
    QString timeZone; // the zone the answer's keys and times are in; empty = Cal.com's default (UTC)
    QString bookingUidToReschedule;
    std::optional<int> duration; // only for multi-duration event types
    bool range = true; // format=range: {start, end} per slot

    // Empty when the query can be sent, else what is missing.
    QString problem() const;
    QUrlQuery toUrlQuery() const;
};

} // namespace salon::calcom
