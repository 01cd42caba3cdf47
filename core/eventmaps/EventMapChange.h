#pragma once

#include "domain/EventMapEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace salon::eventmaps
{

// One planned change of a map row's child columns (repair or populate): before, after and why.
struct EventMapChange {
    EventMapEntry before;
    EventMapEntry after;
    QString reason; // translated, one line

    QJsonObject toJson() const;
    // "map 7 (440/A, Fabian Spitzer): child 3982562 -> NULL — <reason>"
    QString describe(const QString& staffName = {}) const;
    // The audit-log form of a row's child columns.
    static QJsonObject rowJson(const EventMapEntry& entry);
};

// What a repair or populate run would do: the row diffs and what it could not do (left unchanged).
struct EventMapPlan {
    QList<EventMapChange> changes;
    QStringList warnings; // translated, one line each

    bool isEmpty() const { return changes.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace salon::eventmaps
