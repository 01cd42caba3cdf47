#include "UndoRepository.h"

#include "AuditLogReader.h"
#include "AuditWriter.h"
#include "RunId.h"
#include "UndoActions.h"
#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "domain/DomainRows.h"
#include "eventmaps/EventMapChange.h"

namespace salon::history
{

UndoRepository::UndoRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<UndoFacts, QString> UndoRepository::loadFacts(const QString& runId) const
{
    UndoFacts facts;
    auto entries = AuditLogReader(m_db).run(runId);
    if (!entries)
        return Unexpected(entries.error());
    if (entries->isEmpty())
        return Unexpected(
            tr("No audit entry carries the run id %1; `salon-admin-cli history` lists the runs.").arg(runId));
    facts.entries = *entries;

    auto retired = runSql(m_db, QStringLiteral("SELECT subject FROM audit_log WHERE action = ?"),
        { UndoActions::kWizardRetire });
    if (!retired)
        return Unexpected(tr("Cannot read the audit log: %1").arg(retired.error()));
    while (retired->next()) {
        const QString subject = retired->value(0).toString();
        facts.retiredEventTypeIds.insert(subject.section(QLatin1Char(':'), -1).toLongLong());
    }

    QList<qint64> typeIds;
    for (const AuditEntry& e : facts.entries) {
        if (e.action != UndoActions::kWizardCreate && e.action != UndoActions::kWizardAdopt)
            continue;
        const qint64 rowId = e.subjectKey().toLongLong();
        auto row = runSql(m_db,
            QStringLiteral("SELECT %1 FROM calcom_event_map WHERE id = ?").arg(rows::kEventMapColumns),
            { rowId });
        if (!row)
            return Unexpected(tr("Cannot read the event map: %1").arg(row.error()));
        if (row->next())
            facts.mapRows.insert(rowId, rows::readEventMap(*row));
        const qint64 typeId = e.after.value(QStringLiteral("eventTypeId")).toInteger();
        if (typeId > 0 && !typeIds.contains(typeId))
            typeIds.append(typeId);
    }
    for (qint64 typeId : typeIds) {
        auto pointing = runSql(m_db,
            QStringLiteral(
                "SELECT id FROM calcom_event_map WHERE event_type_id = ? OR child_event_type_id = ? "
                "ORDER BY id"),
            { typeId, typeId });
        if (!pointing)
            return Unexpected(tr("Cannot read the event map: %1").arg(pointing.error()));
        while (pointing->next())
            facts.mapRowsPointingAt[typeId].append(pointing->value(0).toLongLong());
    }
    return facts;
}

Expected<Done, QString> UndoRepository::revertMapRow(
    const UndoItem& item, const QString& actor, const QString& undoRunId, const QString& undoneRunId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tr("Cannot start a transaction: %1").arg(tx.error()));
    auto current = runSql(m_db,
        QStringLiteral("SELECT %1 FROM calcom_event_map WHERE id = ?").arg(rows::kEventMapColumns),
        { item.mapRowId });
    if (!current)
        return Unexpected(tr("Cannot read the event map: %1").arg(current.error()));
    if (!current->next())
        return Unexpected(tr("Map row %1 was deleted meanwhile; nothing was changed.").arg(item.mapRowId));
    const EventMapEntry row = rows::readEventMap(*current);
    if (row.eventTypeId != item.runEventTypeId || row.childEventTypeId)
        return Unexpected(tr("Map row %1 changed meanwhile (event type %2 now); nothing was changed.")
                              .arg(item.mapRowId)
                              .arg(row.eventTypeId));

    const QString now = toSqlTime(Clock::instance().nowUtc());
    QJsonObject after;
    if (item.previousEventTypeId) {
        EventMapEntry restored = row;
        restored.eventTypeId = *item.previousEventTypeId;
        restored.childEventTypeId = item.previousChildId;
        restored.childResolvedAt = item.previousChildId ? Clock::instance().nowUtc() : QDateTime();
        auto update = runSql(m_db,
            QStringLiteral("UPDATE calcom_event_map SET event_type_id = ?, child_event_type_id = ?, "
                           "child_resolved_at = ?, updated_at = ? WHERE id = ?"),
            { restored.eventTypeId,
                restored.childEventTypeId ? QVariant(*restored.childEventTypeId)
                                          : QVariant(QMetaType::fromType<qint64>()),
                toSqlTimeOrNull(restored.childResolvedAt), now, item.mapRowId });
        if (!update)
            return Unexpected(tr("Cannot put map row %1 back: %2").arg(item.mapRowId).arg(update.error()));
        after = eventmaps::EventMapChange::rowJson(restored);
    } else {
        auto remove
            = runSql(m_db, QStringLiteral("DELETE FROM calcom_event_map WHERE id = ?"), { item.mapRowId });
        if (!remove)
            return Unexpected(tr("Cannot remove map row %1: %2").arg(item.mapRowId).arg(remove.error()));
        after.insert(QStringLiteral("deleted"), true);
    }
    after.insert(UndoActions::kUndoOfKey, undoneRunId);
    after.insert(QStringLiteral("undoneEntryId"), double(item.entryId));
    auto audited
        = AuditWriter(m_db, actor, undoRunId, RunId::kUndo)
              .write(UndoActions::kMapRestored, QStringLiteral("calcom_event_map:%1").arg(item.mapRowId),
                  eventmaps::EventMapChange::rowJson(row), after);
    if (!audited)
        return Unexpected(tr("Cannot write the audit log: %1").arg(audited.error()));
    if (!tx.commit())
        return Unexpected(
            tr("Cannot commit the change of map row %1: %2").arg(item.mapRowId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> UndoRepository::auditEventTypeDeleted(const UndoItem& item, qint64 teamId,
    const QString& actor, const QString& undoRunId, const QString& undoneRunId)
{
    const QJsonObject before { { QStringLiteral("eventTypeId"), double(item.runEventTypeId) },
        { QStringLiteral("teamId"), double(teamId) }, { QStringLiteral("title"), item.title } };
    const QJsonObject after { { QStringLiteral("deleted"), true }, { UndoActions::kUndoOfKey, undoneRunId },
        { QStringLiteral("undoneEntryId"), double(item.entryId) } };
    auto audited = AuditWriter(m_db, actor, undoRunId, RunId::kUndo)
                       .write(UndoActions::kTypeDeleted,
                           QStringLiteral("calcom_event_type:%1").arg(item.runEventTypeId), before, after);
    if (!audited)
        return Unexpected(tr("Cannot write the audit log: %1").arg(audited.error()));
    return Done {};
}

} // namespace salon::history
