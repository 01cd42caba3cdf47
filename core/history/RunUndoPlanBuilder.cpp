#include "RunUndoPlanBuilder.h"

#include "UndoActions.h"

namespace salon::history
{

namespace
{
std::optional<qint64> optionalId(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toInteger() <= 0)
        return std::nullopt;
    return v.toInteger();
}
} // namespace

RunUndoPlan RunUndoPlanBuilder::build(const QString& runId, qint64 teamId, const UndoFacts& facts)
{
    RunUndoPlan plan;
    plan.runId = runId;
    plan.teamId = teamId;
    for (const AuditEntry& e : facts.entries) {
        if (e.action == UndoActions::kWizardCreate || e.action == UndoActions::kWizardAdopt) {
            plan.items.append(revertItem(e, facts));
            continue;
        }
        UndoItem item;
        item.entryId = e.id;
        item.entryAction = e.action;
        item.subject = e.subject;
        item.state = UndoItem::State::Refused;
        if (e.action == UndoActions::kWizardRetire) {
            item.action = UndoItem::Action::NotRestorable;
            item.reason = tr("Not brought back: Cal.com cannot restore a deleted event type (%1 \"%2\").")
                              .arg(e.subjectKey(), e.before.value(QStringLiteral("title")).toString());
        } else {
            item.action = UndoItem::Action::NotUndoable;
            item.reason
                = tr("Stays: undo-run takes back only what the event-type wizard created or adopted.");
        }
        plan.items.append(item);
    }
    return plan;
}

UndoItem RunUndoPlanBuilder::revertItem(const AuditEntry& e, const UndoFacts& facts)
{
    UndoItem item;
    item.entryId = e.id;
    item.entryAction = e.action;
    item.subject = e.subject;
    item.action = UndoItem::Action::RevertMapRow;
    item.mapRowId = e.subjectKey().toLongLong();
    item.title = e.after.value(QStringLiteral("title")).toString();
    item.runEventTypeId = e.after.value(QStringLiteral("eventTypeId")).toInteger();
    item.deleteEventType = e.action == UndoActions::kWizardCreate;
    if (!e.before.isEmpty()) {
        item.previousEventTypeId = optionalId(e.before, QStringLiteral("eventTypeId"));
        item.previousChildId = optionalId(e.before, QStringLiteral("childEventTypeId"));
        item.previousWasManagedParent = e.before.value(QStringLiteral("managedParent")).toBool();
    }
    auto refuse = [&item](const QString& reason) {
        item.state = UndoItem::State::Refused;
        item.reason = reason;
        return item;
    };

    // The map row.
    const bool rowExists = facts.mapRows.contains(item.mapRowId);
    const EventMapEntry row = facts.mapRows.value(item.mapRowId);
    if (!rowExists) {
        if (item.previousEventTypeId)
            return refuse(
                tr("Map row %1 was deleted since the run; there is nothing to put back.").arg(item.mapRowId));
        item.revertMap = false; // the row the run added is gone already
    } else if (row.eventTypeId == item.runEventTypeId && !row.childEventTypeId) {
        item.revertMap = true;
    } else if (item.previousEventTypeId && row.eventTypeId == *item.previousEventTypeId
        && row.childEventTypeId == item.previousChildId) {
        item.revertMap = false; // back already (an earlier undo, or by hand)
    } else {
        return refuse(tr("Map row %1 changed since the run: it points at event type %2 now, not %3.")
                          .arg(item.mapRowId)
                          .arg(row.eventTypeId)
                          .arg(item.runEventTypeId));
    }
    if (item.revertMap && item.previousEventTypeId) {
        const qint64 previous = *item.previousEventTypeId;
        const bool gone = facts.retiredEventTypeIds.contains(previous)
            || (item.previousWasManagedParent && !facts.teamEventTypeIds.contains(previous));
        if (gone)
            return refuse(tr("Its previous event type %1 was deleted; Cal.com cannot restore a deleted event "
                             "type, so the row keeps event type %2.")
                              .arg(previous)
                              .arg(item.runEventTypeId));
    }

    // The event type the run created.
    bool deleteNeeded = false;
    if (item.deleteEventType && facts.teamEventTypeIds.contains(item.runEventTypeId)) {
        const QStringList bookings = facts.activeBookingUids.value(item.runEventTypeId);
        if (!bookings.isEmpty())
            return refuse(
                tr("Event type %1 has %n booking(s) that are not cancelled (%2); cancel or move them "
                   "first.",
                    nullptr, int(bookings.size()))
                    .arg(item.runEventTypeId)
                    .arg(bookings.mid(0, 5).join(QStringLiteral(", "))));
        QStringList others;
        for (qint64 rowId : facts.mapRowsPointingAt.value(item.runEventTypeId))
            if (rowId != item.mapRowId)
                others.append(QString::number(rowId));
        if (!others.isEmpty())
            return refuse(tr("Map row(s) %1 also point at event type %2.")
                              .arg(others.join(QStringLiteral(", ")))
                              .arg(item.runEventTypeId));
        deleteNeeded = true;
    }
    item.eventTypeDeleted = item.deleteEventType && !deleteNeeded;
    item.mapReverted = !item.revertMap;
    if (!item.revertMap && !deleteNeeded) {
        item.state = UndoItem::State::NothingToDo;
        item.reason = tr("Already undone.");
        return item;
    }
    item.state = UndoItem::State::Planned;
    if (item.revertMap && item.previousWasManagedParent)
        item.reason
            = tr("The row points at MANAGED parent %1 again, which cannot be booked (verify-event-maps "
                 "reports it).")
                  .arg(*item.previousEventTypeId);
    return item;
}

} // namespace salon::history
