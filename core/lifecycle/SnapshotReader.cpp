#include "SnapshotReader.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "domain/DomainRows.h"

#include <QSet>
#include <QSqlQuery>

namespace salon::lifecycle
{

namespace
{
QString marks(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list.append(QStringLiteral("?"));
    return list.join(QLatin1Char(','));
}

template <typename T> QVariantList bound(const QList<T>& values)
{
    QVariantList list;
    for (const T& v : values)
        list.append(v);
    return list;
}

// SQLite allows 32766 bound values, PostgreSQL 65535: read long lists in chunks.
constexpr qsizetype kChunk = 500;
} // namespace

SnapshotReader::SnapshotReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<QList<AppointmentSnapshot>, QString> SnapshotReader::read(
    const QList<qint64>& appointmentIds, const QStringList& extraStaffIds) const
{
    QHash<qint64, AppointmentSnapshot> byId;
    QSet<QString> staffIds(extraStaffIds.cbegin(), extraStaffIds.cend());
    QSet<qint64> serviceIds;
    for (qsizetype from = 0; from < appointmentIds.size(); from += kChunk) {
        const QList<qint64> chunk = appointmentIds.mid(from, kChunk);
        auto a = runSql(m_db,
            QStringLiteral(
                "SELECT a.id, a.service_id, a.customer_name, a.customer_email, a.starts_at, a.status, "
                "a.created_at, s.name FROM appointments a LEFT JOIN services s ON s.id = a.service_id "
                "WHERE a.id IN (%1)")
                .arg(marks(chunk.size())),
            bound(chunk));
        if (!a)
            return Unexpected(tr("Cannot read the appointments: %1").arg(a.error()));
        while (a->next()) {
            AppointmentSnapshot s;
            s.appointment.id = a->value(0).toLongLong();
            s.appointment.serviceId = a->value(1).toLongLong();
            s.appointment.customerName = a->value(2).toString();
            s.appointment.customerEmail = a->value(3).toString();
            s.appointment.startsAt = fromSqlTime(a->value(4));
            s.appointment.status = a->value(5).toString();
            s.appointment.createdAt = fromSqlTime(a->value(6));
            s.serviceName = a->value(7).toString();
            serviceIds.insert(s.appointment.serviceId);
            byId.insert(s.appointment.id, s);
        }
        auto p = runSql(m_db,
            QStringLiteral(
                "SELECT p.id, p.appointment_id, p.segment_key, p.staff_id, p.staff_required, p.starts_at, "
                "p.ends_at, p.sync_status, p.calcom_booking_id, p.calcom_booking_uid, p.sync_error, "
                "p.sync_attempts, p.last_sync_at, p.updated_at, "
                "(SELECT t.outcome FROM sync_attempts t WHERE t.phase_id = p.id ORDER BY t.id DESC LIMIT 1) "
                "FROM appointment_phases p WHERE p.appointment_id IN (%1) ORDER BY p.starts_at, p.id")
                .arg(marks(chunk.size())),
            bound(chunk));
        if (!p)
            return Unexpected(tr("Cannot read the phases of the appointments: %1").arg(p.error()));
        while (p->next()) {
            AppointmentPhase phase;
            phase.id = p->value(0).toLongLong();
            phase.appointmentId = p->value(1).toLongLong();
            phase.segmentKey = p->value(2).toString();
            phase.staffId = p->value(3).toString();
            phase.staffRequired = p->value(4).toBool();
            phase.startsAt = fromSqlTime(p->value(5));
            phase.endsAt = fromSqlTime(p->value(6));
            phase.syncStatus = syncStatusFromString(p->value(7).toString()).value_or(SyncStatus::Pending);
            if (!p->value(8).isNull())
                phase.calcomBookingId = p->value(8).toLongLong();
            phase.calcomBookingUid = p->value(9).toString();
            phase.syncError = p->value(10).toString();
            phase.syncAttempts = p->value(11).toInt();
            phase.lastSyncAt = fromSqlTime(p->value(12));
            phase.updatedAt = fromSqlTime(p->value(13));
            auto it = byId.find(phase.appointmentId);
            if (it == byId.end())
                continue;
            if (!p->value(14).isNull())
                it->lastAttemptOutcome.insert(phase.id, p->value(14).toString());
            if (!phase.staffId.isEmpty())
                staffIds.insert(phase.staffId);
            it->appointment.phases.append(phase);
        }
        auto o = runSql(m_db,
            QStringLiteral("SELECT appointment_id, id FROM lifecycle_operations WHERE appointment_id IN (%1) "
                           "AND state IN ('open', 'undoing')")
                .arg(marks(chunk.size())),
            bound(chunk));
        if (!o)
            return Unexpected(
                tr("Cannot read the unfinished changes of the appointments: %1").arg(o.error()));
        while (o->next())
            if (auto it = byId.find(o->value(0).toLongLong()); it != byId.end())
                it->openOperationId = o->value(1).toLongLong();
    }

    QHash<QString, StaffMember> staff;
    const QList<QString> staffList(staffIds.cbegin(), staffIds.cend());
    for (qsizetype from = 0; from < staffList.size(); from += kChunk) {
        const QList<QString> chunk = staffList.mid(from, kChunk);
        auto s = runSql(m_db,
            QStringLiteral("SELECT %1 FROM staff WHERE id IN (%2)")
                .arg(rows::kStaffColumns, marks(chunk.size())),
            bound(chunk));
        if (!s)
            return Unexpected(tr("Cannot read the staff: %1").arg(s.error()));
        while (s->next()) {
            const StaffMember member = rows::readStaff(*s);
            staff.insert(member.id, member);
        }
    }
    QList<EventMapEntry> maps;
    if (!serviceIds.isEmpty() && !staffList.isEmpty()) {
        const QList<qint64> services(serviceIds.cbegin(), serviceIds.cend());
        QVariantList values = bound(services);
        values += bound(staffList);
        auto m = runSql(m_db,
            QStringLiteral("SELECT %1 FROM calcom_event_map WHERE service_id IN (%2) AND staff_id IN (%3)")
                .arg(rows::kEventMapColumns, marks(services.size()), marks(staffList.size())),
            values);
        if (!m)
            return Unexpected(tr("Cannot read the event map: %1").arg(m.error()));
        while (m->next())
            maps.append(rows::readEventMap(*m));
    }

    QList<AppointmentSnapshot> result;
    for (qint64 id : appointmentIds) {
        auto it = byId.find(id);
        if (it == byId.end())
            return Unexpected(tr("Appointment %1 does not exist.").arg(id));
        it->staff = staff;
        for (const EventMapEntry& e : maps)
            if (e.serviceId == it->appointment.serviceId)
                it->eventMaps.append(e);
        result.append(*it);
    }
    return result;
}

Expected<QList<qint64>, QString> SnapshotReader::appointmentsOfPhases(const QList<qint64>& phaseIds) const
{
    QHash<qint64, qint64> appointmentOf;
    for (qsizetype from = 0; from < phaseIds.size(); from += kChunk) {
        const QList<qint64> chunk = phaseIds.mid(from, kChunk);
        auto q = runSql(m_db,
            QStringLiteral("SELECT id, appointment_id FROM appointment_phases WHERE id IN (%1)")
                .arg(marks(chunk.size())),
            bound(chunk));
        if (!q)
            return Unexpected(tr("Cannot read the phases: %1").arg(q.error()));
        while (q->next())
            appointmentOf.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    QList<qint64> result;
    for (qint64 phaseId : phaseIds) {
        if (!appointmentOf.contains(phaseId))
            return Unexpected(tr("Phase %1 does not exist.").arg(phaseId));
        if (!result.contains(appointmentOf.value(phaseId)))
            result.append(appointmentOf.value(phaseId));
    }
    return result;
}

Expected<QList<qint64>, QString> SnapshotReader::appointmentsOfStaff(
    const QString& staffId, const QDateTime& from, const QDateTime& to) const
{
    auto q = runSql(m_db,
        QStringLiteral(
            "SELECT p.appointment_id, MIN(p.starts_at) FROM appointment_phases p "
            "WHERE p.staff_id = ? AND p.staff_required = ? AND p.starts_at >= ? AND p.starts_at < ? "
            "GROUP BY p.appointment_id ORDER BY 2, 1"),
        { staffId, true, toSqlTime(from), toSqlTime(to) });
    if (!q)
        return Unexpected(tr("Cannot read the appointments of the staff member: %1").arg(q.error()));
    QList<qint64> result;
    while (q->next())
        result.append(q->value(0).toLongLong());
    return result;
}

Expected<std::optional<StaffMember>, QString> SnapshotReader::staffMember(const QString& staffId) const
{
    auto q = runSql(
        m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(rows::kStaffColumns), { staffId });
    if (!q)
        return Unexpected(tr("Cannot read the staff: %1").arg(q.error()));
    if (!q->next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(rows::readStaff(*q));
}

} // namespace salon::lifecycle
