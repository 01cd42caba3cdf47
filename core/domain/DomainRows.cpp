#include "DomainRows.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QHash>

#include <QSqlQuery>
#include <QVariant>

namespace salon::rows
{

namespace
{
std::optional<qint64> optionalId(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

StaffMember readStaff(const QSqlQuery& q)
{
    StaffMember s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.email = q.value(2).toString();
    s.calcomUserId = optionalId(q.value(3));
    s.calcomUsername = q.value(4).toString();
    s.active = q.value(5).toBool();
    return s;
}

AppointmentPhase readPhase(const QSqlQuery& q, int first)
{
    auto at = [&q, first](int i) { return q.value(first + i); };
    AppointmentPhase p;
    p.id = at(0).toLongLong();
    p.appointmentId = at(1).toLongLong();
    p.segmentKey = at(2).toString();
    p.staffId = at(3).toString();
    p.staffRequired = at(4).toBool();
    p.startsAt = fromSqlTime(at(5));
    p.endsAt = fromSqlTime(at(6));
    p.syncStatus = syncStatusFromString(at(7).toString()).value_or(SyncStatus::Pending);
    p.calcomBookingId = optionalId(at(8));
    p.calcomBookingUid = at(9).toString();
    p.syncError = at(10).toString();
    p.syncAttempts = at(11).toInt();
    p.lastSyncAt = fromSqlTime(at(12));
    p.updatedAt = fromSqlTime(at(13));
    return p;
}

EventMapEntry readEventMap(const QSqlQuery& q)
{
    EventMapEntry m;
    m.id = q.value(0).toLongLong();
    m.serviceId = q.value(1).toLongLong();
    m.segmentKey = q.value(2).toString();
    m.staffId = q.value(3).toString();
    m.eventTypeId = q.value(4).toLongLong();
    m.childEventTypeId = optionalId(q.value(5));
    m.childResolvedAt = fromSqlTime(q.value(6));
    m.createdAt = fromSqlTime(q.value(7));
    m.updatedAt = fromSqlTime(q.value(8));
    return m;
}

Expected<QList<Service>, QString> readServices(const QSqlDatabase& db, const QList<qint64>& ids)
{
    QVariantList bound;
    QStringList marks;
    for (qint64 id : ids) {
        bound.append(id);
        marks.append(QStringLiteral("?"));
    }
    const QString in = marks.join(QLatin1Char(','));
    auto fail = [](const QString& table, const QString& error) {
        return Unexpected(QStringLiteral("%1: %2").arg(table, error));
    };

    QList<Service> result;
    QHash<qint64, qsizetype> index;
    auto services = runSql(db,
        QStringLiteral("SELECT id, name, duration_minutes, is_composite, active FROM services%1 ORDER BY id")
            .arg(ids.isEmpty() ? QString() : QStringLiteral(" WHERE id IN (%1)").arg(in)),
        bound);
    if (!services)
        return fail(QStringLiteral("services"), services.error());
    while (services->next()) {
        Service s;
        s.id = services->value(0).toLongLong();
        s.name = services->value(1).toString();
        s.durationMinutes = services->value(2).toInt();
        s.isComposite = services->value(3).toBool();
        s.active = services->value(4).toBool();
        index.insert(s.id, result.size());
        result.append(s);
    }

    const QString byService = ids.isEmpty() ? QString() : QStringLiteral(" WHERE service_id IN (%1)").arg(in);
    auto segments = runSql(db,
        QStringLiteral("SELECT id, service_id, segment_key, name, position, duration_minutes, staff_required "
                       "FROM service_segments%1 ORDER BY service_id, position, id")
            .arg(byService),
        bound);
    if (!segments)
        return fail(QStringLiteral("service_segments"), segments.error());
    while (segments->next()) {
        const auto it = index.constFind(segments->value(1).toLongLong());
        if (it == index.constEnd())
            continue;
        ServiceSegment seg;
        seg.id = segments->value(0).toLongLong();
        seg.key = segments->value(2).toString();
        seg.name = segments->value(3).toString();
        seg.position = segments->value(4).toInt();
        seg.durationMinutes = segments->value(5).toInt();
        seg.staffRequired = segments->value(6).toBool();
        result[*it].segments.append(seg);
    }

    auto performers = runSql(db,
        QStringLiteral("SELECT service_id, staff_id FROM service_staff%1 ORDER BY service_id, staff_id")
            .arg(byService),
        bound);
    if (!performers)
        return fail(QStringLiteral("service_staff"), performers.error());
    while (performers->next()) {
        const auto it = index.constFind(performers->value(0).toLongLong());
        if (it != index.constEnd())
            result[*it].staffIds.append(performers->value(1).toString());
    }
    return result;
}

} // namespace salon::rows
