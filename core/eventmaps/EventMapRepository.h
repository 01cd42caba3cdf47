#pragma once

#include "EventMapChange.h"
#include "EventMapData.h"

#include "common/Expected.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace salon::eventmaps
{

// Reads calcom_event_map with the services and staff it refers to, and writes child changes: all of a
// plan in ONE transaction, each change audit-logged (actor, action, subject "calcom_event_map:<id>",
// before_json, after_json). It refuses to store a child equal to its parent, whatever the schema says —
// databases not created by this tool may lack the CHECK constraint.
class EventMapRepository
{
public:
    explicit EventMapRepository(QSqlDatabase db);

    // serviceId limits maps and services to one service; staff is always complete.
    Expected<EventMapData, QString> load(std::optional<qint64> serviceId = std::nullopt) const;
    Expected<std::optional<EventMapEntry>, QString> entry(qint64 mapId) const;

    // Applies every change or none. A row that no longer matches its `before` (changed meanwhile) aborts
    // the whole apply. action: e.g. "event_map.repair", "event_map.populate". Returns the rows changed.
    // runId: the run the audit entries name; empty = a fresh one named after the action ("repair-…").
    Expected<int, QString> apply(const QList<EventMapChange>& changes, const QString& actor,
        const QString& action, const QString& runId = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace salon::eventmaps
