#include "EventMapRepository.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "domain/DomainRows.h"
#include "history/AuditWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace salon::eventmaps
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("salon::eventmaps::EventMapRepository", text);
}

QVariant childValue(const EventMapEntry& e)
{
    return e.childEventTypeId ? QVariant(*e.childEventTypeId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

EventMapRepository::EventMapRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<EventMapData, QString> EventMapRepository::load(std::optional<qint64> serviceId) const
{
    EventMapData data;
    const QString serviceWhere = serviceId ? QStringLiteral(" WHERE service_id = ?") : QString();
    const QVariantList serviceArg = serviceId ? QVariantList { *serviceId } : QVariantList {};

    auto staff
        = runSql(m_db, QStringLiteral("SELECT %1 FROM staff ORDER BY name, id").arg(rows::kStaffColumns));
    if (!staff)
        return Unexpected(staff.error());
    while (staff->next())
        data.staff.append(rows::readStaff(*staff));

    auto services = rows::readServices(m_db, serviceId ? QList<qint64> { *serviceId } : QList<qint64> {});
    if (!services)
        return Unexpected(services.error());
    data.services = *services;

    auto maps = runSql(m_db,
        QStringLiteral("SELECT %1 FROM calcom_event_map%2 ORDER BY id")
            .arg(rows::kEventMapColumns, serviceWhere),
        serviceArg);
    if (!maps)
        return Unexpected(maps.error());
    while (maps->next())
        data.maps.append(rows::readEventMap(*maps));
    return data;
}

Expected<std::optional<EventMapEntry>, QString> EventMapRepository::entry(qint64 mapId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT %1 FROM calcom_event_map WHERE id = ?").arg(rows::kEventMapColumns),
        { mapId });
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return std::optional<EventMapEntry>();
    return std::optional<EventMapEntry>(rows::readEventMap(*q));
}

Expected<int, QString> EventMapRepository::apply(const QList<EventMapChange>& changes, const QString& actor,
    const QString& action, const QString& runId) const
{
    // Checked before anything is written: the incident's `child = parent` fallback never reaches the table.
    for (const EventMapChange& c : changes) {
        if (c.after.childEventTypeId && *c.after.childEventTypeId == c.after.eventTypeId)
            return Unexpected(
                tr("Refusing to store event type %1 as its own child (map %2): a MANAGED parent "
                   "cannot be booked.")
                    .arg(c.after.eventTypeId)
                    .arg(c.after.id));
        if (c.after.id != c.before.id || c.after.eventTypeId != c.before.eventTypeId)
            return Unexpected(
                tr("Internal error: a change of map %1 alters more than its child.").arg(c.before.id));
    }
    if (changes.isEmpty())
        return 0;

    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tx.error());
    const QString now = toSqlTime(Clock::instance().nowUtc());
    // One apply is one run (a repair, a populate) unless the caller names a larger one.
    const history::AuditWriter audit(m_db, actor, runId, action.section(QLatin1Char('.'), -1));
    for (const EventMapChange& c : changes) {
        const auto current = entry(c.before.id);
        if (!current)
            return Unexpected(current.error());
        if (!*current || (*current)->eventTypeId != c.before.eventTypeId
            || (*current)->childEventTypeId != c.before.childEventTypeId)
            return Unexpected(
                tr("Map %1 changed while the plan was made; nothing was written. Run the command "
                   "again.")
                    .arg(c.before.id));
        auto update = runSql(m_db,
            QStringLiteral("UPDATE calcom_event_map SET child_event_type_id = ?, "
                           "child_resolved_at = ?, updated_at = ? WHERE id = ?"),
            { childValue(c.after), toSqlTimeOrNull(c.after.childResolvedAt), now, c.after.id });
        if (!update)
            return Unexpected(update.error());
        QJsonObject after = EventMapChange::rowJson(c.after);
        after.insert(QStringLiteral("reason"), c.reason);
        auto audited = audit.write(action, QStringLiteral("calcom_event_map:%1").arg(c.before.id),
            EventMapChange::rowJson(**current), after);
        if (!audited)
            return Unexpected(audited.error());
    }
    if (!tx.commit())
        return Unexpected(tx.error());
    qCInfo(lcEventMaps) << action << "changed" << changes.size() << "map rows";
    return int(changes.size());
}

} // namespace salon::eventmaps
