#pragma once

#include "AuditEntry.h"
#include "domain/EventMapEntry.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace salon::history
{

// Everything RunUndoPlanBuilder decides on: the run's entries and the database's present state
// (UndoRepository::loadFacts), and what Cal.com says now (RunUndoPlanner fills the last part).
struct UndoFacts {
    QList<AuditEntry> entries; // the run's, in order
    // Event types some run deleted (every event-type.retire-managed entry), and the run's own.
    QSet<qint64> retiredEventTypeIds;
    // The map rows the run touched, as they are now; a missing id is a row deleted since.
    QHash<qint64, EventMapEntry> mapRows;
    // Every map row that points (event_type_id or child) at one of the run's event types.
    QHash<qint64, QList<qint64>> mapRowsPointingAt;

    // From Cal.com: the team's event types now, and bookings that are not cancelled, per event type.
    QSet<qint64> teamEventTypeIds;
    QHash<qint64, QStringList> activeBookingUids;

    // Event types the run created (create entries, not adopt), for the Cal.com questions.
    QList<qint64> createdEventTypeIds() const;
};

} // namespace salon::history
