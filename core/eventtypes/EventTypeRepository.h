#pragma once

#include "EventTypePlanBuilder.h"
#include "PlanItem.h"

#include "common/Expected.h"
#include "domain/EventMapEntry.h"
#include "domain/Service.h"
#include "domain/StaffMember.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace salon::eventtypes
{

// A MANAGED parent the wizard (or an earlier run) replaced, as the audit log remembers it, with the
// (service, segment) pairs whose map rows pointed to it.
struct ReplacedManagedParent {
    qint64 eventTypeId = 0;
    QList<QPair<qint64, QString>> segments;
};

// The event-type wizard's database work. Every write is one short transaction with its audit entry, so a
// crash or a cancel loses at most the item in flight and a re-run resumes. The queries touch a handful of
// indexed rows; they run in the thread that owns the connection.
class EventTypeRepository
{
    Q_DECLARE_TR_FUNCTIONS(salon::eventtypes::EventTypeRepository)
public:
    static inline const QString kActionCreate = QStringLiteral("event-type.create");
    static inline const QString kActionAdopt = QStringLiteral("event-type.adopt");
    static inline const QString kActionRetire = QStringLiteral("event-type.retire-managed");

    explicit EventTypeRepository(QSqlDatabase db);

    // Services with segments (by position) and performers; `ids` empty = all. Unknown ids are an error.
    Expected<QList<Service>, QString> services(const QList<qint64>& ids = {}) const;
    Expected<QList<StaffMember>, QString> staff() const;
    Expected<QList<EventMapEntry>, QString> eventMaps(const QList<qint64>& serviceIds) const;
    // Everything the planner needs; unknown service or staff ids are an error naming them.
    Expected<PlanningData, QString> planningData(
        const QList<qint64>& serviceIds, const QStringList& staffIds) const;

    // Points the map row of `item` at `eventTypeId` (child_event_type_id = NULL), inserting the row when the
    // plan had none, and writes the audit entry `action` — one transaction. Fails when the row was changed
    // by someone else since the plan (a row already pointing at `eventTypeId` is fine: a resumed run).
    // Returns the map row id. runId: the wizard run the audit entry names (empty = a run of its own).
    Expected<qint64, QString> applyEventType(const PlanItem& item, qint64 teamId, qint64 eventTypeId,
        const QString& slug, const QString& action, const QString& actor, const QString& runId = {});

    // MANAGED parents that create/adopt entries of the audit log record as replaced.
    Expected<QList<ReplacedManagedParent>, QString> replacedManagedParents() const;
    // Why `parent` must not be deleted yet (translated sentences); empty = nothing refers to it: no map row
    // (event_type_id or child_event_type_id) and no pending, syncing or failed phase of its segments that
    // has no other event type to book.
    Expected<QStringList, QString> referencesTo(const ReplacedManagedParent& parent) const;
    // Audit entry for a deleted MANAGED parent.
    Expected<Done, QString> auditRetired(
        qint64 eventTypeId, const QJsonObject& before, const QString& actor, const QString& runId = {});

private:
    QSqlDatabase m_db;
};

} // namespace salon::eventtypes
