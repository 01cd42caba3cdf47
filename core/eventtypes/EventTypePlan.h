#pragma once

#include "PlanItem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace salon::eventtypes
{

// What the event-type wizard will do, item by item, before anything is sent: the reviewed plan the admin
// confirms, and what EventTypeCreationRun executes.
struct EventTypePlan {
    qint64 teamId = 0;
    QString titleTemplate;
    QList<PlanItem> items;
    // Things worth saying that are not items, e.g. a chosen staff member who performs none of the services.
    QStringList notes;

    int count(PlanItem::Classification classification) const;
    // Items the run sends a POST for (create + replace).
    int createCount() const;
    // Items the run writes a map row for (create + replace + adopt).
    int changeCount() const;
    // Conflicts and blocked items: shown, never touched; the CLI exits 1 when there are any.
    int problemCount() const;
    bool isEmpty() const { return items.isEmpty(); }

    QJsonObject toJson() const;
};

} // namespace salon::eventtypes
