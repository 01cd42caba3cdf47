#pragma once

#include "common/Expected.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>

namespace salon::calcom
{

// The answer of GET /v2/slots: {"YYYY-MM-DD": [{start[, end]}, ...], ...} ({} when nothing is free), read
// into one list of UTC intervals, earliest first. Without format=range a slot has no end; it then lasts
// `defaultMinutes` (the event type's length, which the caller knows).
struct AvailableSlots {
    struct Slot {
        QDateTime start; // UTC
        QDateTime end; // UTC
    };
    QList<Slot> offered;

    bool isEmpty() const { return offered.isEmpty(); }
    // A slot starts exactly at `start`.
    bool offersStart(const QDateTime& start) const;
    // [start, end) lies inside the union of the slots (a step off the event type's slot grid is free when
    // the slots around it are).
    bool covers(const QDateTime& start, const QDateTime& end) const;

    // What the slots say about [start, end): Covered (free), Blocked (a slot of the event type's grid that
    // lies inside it is missing - busy or not working - or nothing is offered that day), or Uncertain (only
    // grid slots that stick out of it are missing: the busy time may lie next to it, off the grid).
    enum class Coverage { Covered, Blocked, Uncertain };
    Coverage coverage(const QDateTime& start, const QDateTime& end) const;

    static Expected<AvailableSlots, QString> fromData(const QJsonValue& data, int defaultMinutes = 0);
};

} // namespace salon::calcom
