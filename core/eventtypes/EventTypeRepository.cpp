#include "EventTypeRepository.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "domain/DomainRows.h"
#include "history/AuditWriter.h"
#include "history/RunId.h"

#include <QHash>

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace salon::eventtypes
{

namespace
{

std::optional<qint64> optionalId(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

EventTypeRepository::EventTypeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<QList<Service>, QString> EventTypeRepository::services(const QList<qint64>& ids) const
{
    auto result = rows::readServices(m_db, ids);
    if (!result)
        return Unexpected(tr("Cannot read the services: %1").arg(result.error()));
    QStringList unknown;
    for (qint64 id : ids) {
        if (std::none_of(result->cbegin(), result->cend(), [id](const Service& s) { return s.id == id; }))
            unknown.append(QString::number(id));
    }
    if (!unknown.isEmpty())
        return Unexpected(tr("Unknown service id(s): %1").arg(unknown.join(QStringLiteral(", "))));
    return result;
}

Expected<QList<StaffMember>, QString> EventTypeRepository::staff() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM staff ORDER BY name, id").arg(rows::kStaffColumns));
    if (!q)
        return Unexpected(tr("Cannot read the staff: %1").arg(q.error()));
    QList<StaffMember> result;
    while (q->next())
        result.append(rows::readStaff(*q));
    return result;
}

Expected<QList<EventMapEntry>, QString> EventTypeRepository::eventMaps(const QList<qint64>& serviceIds) const
{
    QList<EventMapEntry> result;
    if (serviceIds.isEmpty())
        return result;
    QVariantList bound;
    for (qint64 id : serviceIds)
        bound.append(id);
    auto q = runSql(m_db,
        QStringLiteral("SELECT %1 FROM calcom_event_map WHERE service_id IN (%2) ORDER BY id")
            .arg(rows::kEventMapColumns, placeholders(serviceIds.size())),
        bound);
    if (!q)
        return Unexpected(tr("Cannot read the event map: %1").arg(q.error()));
    while (q->next())
        result.append(rows::readEventMap(*q));
    return result;
}

Expected<PlanningData, QString> EventTypeRepository::planningData(
    const QList<qint64>& serviceIds, const QStringList& staffIds) const
{
    if (serviceIds.isEmpty())
        return Unexpected(tr("Choose at least one service."));
    PlanningData data;
    auto chosen = services(serviceIds);
    if (!chosen)
        return Unexpected(chosen.error());
    data.services = *chosen;
    auto everyone = staff();
    if (!everyone)
        return Unexpected(everyone.error());
    data.staff = *everyone;
    QSet<QString> known;
    for (const StaffMember& s : data.staff)
        known.insert(s.id);
    QStringList unknown;
    for (const QString& id : staffIds) {
        if (!known.contains(id))
            unknown.append(id);
        else if (!data.selectedStaffIds.contains(id))
            data.selectedStaffIds.append(id);
    }
    if (!unknown.isEmpty())
        return Unexpected(tr("Unknown staff id(s): %1").arg(unknown.join(QStringLiteral(", "))));
    auto maps = eventMaps(serviceIds);
    if (!maps)
        return Unexpected(maps.error());
    data.eventMaps = *maps;
    return data;
}

Expected<qint64, QString> EventTypeRepository::applyEventType(const PlanItem& item, qint64 teamId,
    qint64 eventTypeId, const QString& slug, const QString& action, const QString& actor,
    const QString& runId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tr("Cannot start a transaction: %1").arg(tx.error()));
    const QString now = toSqlTime(Clock::instance().nowUtc());

    auto current = runSql(m_db,
        QStringLiteral("SELECT id, event_type_id, child_event_type_id FROM calcom_event_map "
                       "WHERE service_id = ? AND segment_key = ? AND staff_id = ?"),
        { item.serviceId, item.segmentKey, item.staffId });
    if (!current)
        return Unexpected(tr("Cannot read the map row: %1").arg(current.error()));
    QJsonObject before;
    qint64 rowId = 0;
    if (current->next()) {
        rowId = current->value(0).toLongLong();
        const qint64 currentType = current->value(1).toLongLong();
        const auto currentChild = optionalId(current->value(2));
        if (currentType == eventTypeId && !currentChild)
            return rowId; // a resumed run: this item was done before
        // Someone else re-pointed the row since the plan: do not overwrite their decision.
        if (!item.mapEventTypeId || *item.mapEventTypeId != currentType)
            return Unexpected(tr("The map row for %1 changed since the plan (now event type %2); plan again.")
                                  .arg(item.displayName())
                                  .arg(currentType));
        before = QJsonObject { { QStringLiteral("serviceId"), double(item.serviceId) },
            { QStringLiteral("segmentKey"), item.segmentKey }, { QStringLiteral("staffId"), item.staffId },
            { QStringLiteral("eventTypeId"), double(currentType) },
            { QStringLiteral("childEventTypeId"),
                currentChild ? QJsonValue(double(*currentChild)) : QJsonValue() },
            { QStringLiteral("managedParent"), item.mapPointsToManagedParent } };
        auto update = runSql(m_db,
            QStringLiteral("UPDATE calcom_event_map SET event_type_id = ?, child_event_type_id = NULL, "
                           "child_resolved_at = NULL, updated_at = ? WHERE id = ?"),
            { eventTypeId, now, rowId });
        if (!update)
            return Unexpected(tr("Cannot update the map row: %1").arg(update.error()));
    } else {
        if (item.mapRowId)
            return Unexpected(
                tr("The map row for %1 was deleted since the plan; plan again.").arg(item.displayName()));
        auto insert = runSql(m_db,
            QStringLiteral("INSERT INTO calcom_event_map (service_id, segment_key, staff_id, event_type_id, "
                           "child_event_type_id, child_resolved_at, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)"),
            { item.serviceId, item.segmentKey, item.staffId, eventTypeId, now, now });
        if (!insert)
            return Unexpected(tr("Cannot insert the map row: %1").arg(insert.error()));
        auto id = runSql(m_db,
            QStringLiteral(
                "SELECT id FROM calcom_event_map WHERE service_id = ? AND segment_key = ? AND staff_id = ?"),
            { item.serviceId, item.segmentKey, item.staffId });
        if (!id || !id->next())
            return Unexpected(tr("Cannot read the new map row back: %1").arg(id ? QString() : id.error()));
        rowId = id->value(0).toLongLong();
    }

    const QJsonObject after { { QStringLiteral("serviceId"), double(item.serviceId) },
        { QStringLiteral("segmentKey"), item.segmentKey }, { QStringLiteral("staffId"), item.staffId },
        { QStringLiteral("eventTypeId"), double(eventTypeId) },
        { QStringLiteral("childEventTypeId"), QJsonValue() }, { QStringLiteral("teamId"), double(teamId) },
        { QStringLiteral("slug"), slug }, { QStringLiteral("title"), item.title } };
    auto audit = history::AuditWriter(m_db, actor, runId, history::RunId::kWizard)
                     .write(action, QStringLiteral("calcom_event_map:%1").arg(rowId), before, after);
    if (!audit)
        return Unexpected(tr("Cannot write the audit log: %1").arg(audit.error()));
    if (!tx.commit())
        return Unexpected(tr("Cannot commit the map change: %1").arg(tx.error()));
    qCInfo(lcEventMaps) << "map row" << rowId << "now points to event type" << eventTypeId << "(" << action
                        << ")";
    return rowId;
}

Expected<QList<ReplacedManagedParent>, QString> EventTypeRepository::replacedManagedParents() const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT before_json FROM audit_log WHERE action IN (?, ?) AND before_json IS NOT NULL "
                       "ORDER BY id"),
        { kActionCreate, kActionAdopt });
    if (!q)
        return Unexpected(tr("Cannot read the audit log: %1").arg(q.error()));
    QList<ReplacedManagedParent> result;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        const QJsonObject before = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        if (!before.value(QStringLiteral("managedParent")).toBool())
            continue;
        const qint64 id = before.value(QStringLiteral("eventTypeId")).toInteger();
        if (id <= 0)
            continue;
        if (!index.contains(id)) {
            index.insert(id, result.size());
            result.append(ReplacedManagedParent { id, {} });
        }
        const QPair<qint64, QString> segment(before.value(QStringLiteral("serviceId")).toInteger(),
            before.value(QStringLiteral("segmentKey")).toString());
        auto& segments = result[index.value(id)].segments;
        if (!segments.contains(segment))
            segments.append(segment);
    }
    return result;
}

Expected<QStringList, QString> EventTypeRepository::referencesTo(const ReplacedManagedParent& parent) const
{
    QStringList reasons;
    auto rows = runSql(m_db,
        QStringLiteral("SELECT m.id, m.service_id, m.segment_key, s.name FROM calcom_event_map m "
                       "LEFT JOIN staff s ON s.id = m.staff_id "
                       "WHERE m.event_type_id = ? OR m.child_event_type_id = ? ORDER BY m.id"),
        { parent.eventTypeId, parent.eventTypeId });
    if (!rows)
        return Unexpected(tr("Cannot read the event map: %1").arg(rows.error()));
    while (rows->next())
        reasons.append(tr("Map row %1 (service %2, segment %3, %4) still points to it.")
                           .arg(rows->value(0).toLongLong())
                           .arg(rows->value(1).toLongLong())
                           .arg(rows->value(2).toString(), rows->value(3).toString()));

    // A phase still waiting to be booked (or to be retried) whose staff member has no other event type for
    // that segment yet would have nothing left to book once the parent is gone.
    for (const auto& [serviceId, segmentKey] : parent.segments) {
        auto phases = runSql(m_db,
            QStringLiteral(
                "SELECT p.id, p.appointment_id, p.sync_status FROM appointment_phases p "
                "JOIN appointments a ON a.id = p.appointment_id "
                "WHERE a.service_id = ? AND p.segment_key = ? AND p.staff_id IS NOT NULL "
                "AND p.sync_status IN ('pending', 'syncing', 'failed') "
                "AND NOT EXISTS (SELECT 1 FROM calcom_event_map m WHERE m.service_id = a.service_id "
                "AND m.segment_key = p.segment_key AND m.staff_id = p.staff_id "
                "AND m.event_type_id <> ?) ORDER BY p.id"),
            { serviceId, segmentKey, parent.eventTypeId });
        if (!phases)
            return Unexpected(tr("Cannot read the appointment phases: %1").arg(phases.error()));
        while (phases->next())
            reasons.append(tr("Phase %1 of appointment %2 (%3) has no other event type to book yet.")
                               .arg(phases->value(0).toLongLong())
                               .arg(phases->value(1).toLongLong())
                               .arg(phases->value(2).toString()));
    }
    return reasons;
}

Expected<Done, QString> EventTypeRepository::auditRetired(
    qint64 eventTypeId, const QJsonObject& before, const QString& actor, const QString& runId)
{
    auto q = history::AuditWriter(m_db, actor, runId, history::RunId::kRetire)
                 .write(kActionRetire, QStringLiteral("calcom_event_type:%1").arg(eventTypeId), before,
                     QJsonObject { { QStringLiteral("deleted"), true } });
    if (!q)
        return Unexpected(tr("Cannot write the audit log: %1").arg(q.error()));
    return Done {};
}

} // namespace salon::eventtypes
