#include "DriftRepository.h"

#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "history/AuditWriter.h"

#include <QSqlQuery>
#include <QStringList>

namespace salon::drift
{

namespace
{
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList values(const QList<qint64>& ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

QString subject(qint64 phaseId)
{
    return QStringLiteral("appointment_phases/%1").arg(phaseId);
}
} // namespace

DriftRepository::DriftRepository(QSqlDatabase db, QString actor, QString runId)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_runId(std::move(runId))
{
}

Expected<Done, QString> DriftRepository::loadFacts(const QList<qint64>& phaseIds, DriftFacts& facts) const
{
    if (!phaseIds.isEmpty()) {
        auto q = runSql(m_db,
            QStringLiteral(
                "SELECT p.id, p.appointment_id, p.segment_key, p.starts_at, p.ends_at, p.staff_required, "
                "p.sync_status, p.staff_id, p.calcom_booking_uid FROM appointment_phases p "
                "WHERE p.appointment_id IN (SELECT appointment_id FROM appointment_phases WHERE id IN "
                "(%1))")
                .arg(placeholders(phaseIds.size())),
            values(phaseIds));
        if (!q)
            return Unexpected(tr("Cannot read the appointments' phases: %1").arg(q.error()));
        while (q->next()) {
            DriftFacts::Phase p;
            p.id = q->value(0).toLongLong();
            p.appointmentId = q->value(1).toLongLong();
            p.segmentKey = q->value(2).toString();
            p.startsAt = fromSqlTime(q->value(3));
            p.endsAt = fromSqlTime(q->value(4));
            p.staffRequired = q->value(5).toBool();
            p.status = syncStatusFromString(q->value(6).toString()).value_or(SyncStatus::Pending);
            p.staffId = q->value(7).toString();
            p.bookingUid = q->value(8).toString();
            facts.phases.insert(p.id, p);
        }
    }
    if (!facts.phases.isEmpty()) {
        QList<qint64> appointmentIds;
        for (const DriftFacts::Phase& p : std::as_const(facts.phases))
            if (!appointmentIds.contains(p.appointmentId))
                appointmentIds.append(p.appointmentId);
        auto a = runSql(m_db,
            QStringLiteral("SELECT id, starts_at FROM appointments WHERE id IN (%1)")
                .arg(placeholders(appointmentIds.size())),
            values(appointmentIds));
        if (!a)
            return Unexpected(tr("Cannot read the appointments: %1").arg(a.error()));
        while (a->next())
            facts.appointmentStarts.insert(a->value(0).toLongLong(), fromSqlTime(a->value(1)));
    }
    auto s = runSql(
        m_db, QStringLiteral("SELECT id, name, calcom_user_id FROM staff WHERE calcom_user_id IS NOT NULL"));
    if (!s)
        return Unexpected(tr("Cannot read the staff: %1").arg(s.error()));
    while (s->next())
        facts.staffByCalcomUser.insert(
            s->value(2).toLongLong(), DriftFacts::Staff { s->value(0).toString(), s->value(1).toString() });
    return Done {};
}

Expected<QList<sync::SyncedPhase>, QString> DriftRepository::syncedPhases(const QList<qint64>& phaseIds) const
{
    QList<sync::SyncedPhase> result;
    if (phaseIds.isEmpty())
        return result;
    auto q = runSql(m_db,
        QStringLiteral("SELECT p.id, p.appointment_id, p.segment_key, p.starts_at, p.ends_at, "
                       "p.calcom_booking_id, p.calcom_booking_uid, p.staff_id, st.name, st.calcom_user_id, "
                       "a.customer_name FROM appointment_phases p "
                       "JOIN appointments a ON a.id = p.appointment_id "
                       "LEFT JOIN staff st ON st.id = p.staff_id "
                       "WHERE p.sync_status = 'synced' AND p.id IN (%1) ORDER BY p.starts_at, p.id")
            .arg(placeholders(phaseIds.size())),
        values(phaseIds));
    if (!q)
        return Unexpected(tr("Cannot list the synced phases: %1").arg(q.error()));
    while (q->next()) {
        sync::SyncedPhase s;
        s.phaseId = q->value(0).toLongLong();
        s.appointmentId = q->value(1).toLongLong();
        s.segmentKey = q->value(2).toString();
        s.startsAt = fromSqlTime(q->value(3));
        s.endsAt = fromSqlTime(q->value(4));
        s.bookingId = q->value(5).toLongLong();
        s.bookingUid = q->value(6).toString();
        s.staffId = q->value(7).toString();
        s.staffName = q->value(8).toString();
        if (!q->value(9).isNull())
            s.calcomUserId = q->value(9).toLongLong();
        s.customerName = q->value(10).toString();
        result.append(s);
    }
    return result;
}

Expected<Done, QString> DriftRepository::adopt(qint64 phaseId, qint64 bookingId, const QString& bookingUid)
{
    return update(QStringLiteral("phase.adopted"), phaseId,
        QStringLiteral(
            "UPDATE appointment_phases SET sync_status = 'synced', calcom_booking_id = ?, "
            "calcom_booking_uid = ?, sync_error = NULL, sync_claim_token = NULL, last_sync_at = ?, "
            "updated_at = ? WHERE id = ? AND sync_status IN ('pending', 'failed')"),
        { bookingId, bookingUid, toSqlTime(Clock::instance().nowUtc()), toSqlTime(Clock::instance().nowUtc()),
            phaseId },
        {},
        { { QStringLiteral("calcomBookingId"), bookingId },
            { QStringLiteral("calcomBookingUid"), bookingUid } });
}

Expected<Done, QString> DriftRepository::followBooking(qint64 phaseId, const QString& expectedUid,
    qint64 bookingId, const QString& bookingUid, const QDateTime& start, const QDateTime& end,
    const QString& action)
{
    QJsonObject after { { QStringLiteral("calcomBookingId"), bookingId },
        { QStringLiteral("calcomBookingUid"), bookingUid } };
    const QJsonObject before { { QStringLiteral("calcomBookingUid"), expectedUid } };
    const QString now = toSqlTime(Clock::instance().nowUtc());
    if (start.isValid() && end.isValid() && end > start) {
        after.insert(QStringLiteral("startsAt"), start.toUTC().toString(Qt::ISODate));
        after.insert(QStringLiteral("endsAt"), end.toUTC().toString(Qt::ISODate));
        return update(action, phaseId,
            QStringLiteral("UPDATE appointment_phases SET calcom_booking_id = ?, calcom_booking_uid = ?, "
                           "starts_at = ?, ends_at = ?, sync_error = NULL, updated_at = ? "
                           "WHERE id = ? AND sync_status = 'synced' AND calcom_booking_uid = ?"),
            { bookingId, bookingUid, toSqlTime(start), toSqlTime(end), now, phaseId, expectedUid }, before,
            after);
    }
    return update(action, phaseId,
        QStringLiteral("UPDATE appointment_phases SET calcom_booking_id = ?, calcom_booking_uid = ?, "
                       "sync_error = NULL, updated_at = ? "
                       "WHERE id = ? AND sync_status = 'synced' AND calcom_booking_uid = ?"),
        { bookingId, bookingUid, now, phaseId, expectedUid }, before, after);
}

Expected<Done, QString> DriftRepository::followHost(
    qint64 phaseId, const QString& expectedUid, const QString& staffId)
{
    return update(QStringLiteral("phase.host_followed"), phaseId,
        QStringLiteral("UPDATE appointment_phases SET staff_id = ?, updated_at = ? "
                       "WHERE id = ? AND sync_status = 'synced' AND calcom_booking_uid = ?"),
        { staffId, toSqlTime(Clock::instance().nowUtc()), phaseId, expectedUid },
        { { QStringLiteral("calcomBookingUid"), expectedUid } }, { { QStringLiteral("staffId"), staffId } });
}

Expected<Done, QString> DriftRepository::recordCalcomChange(
    const QString& action, qint64 phaseId, const QJsonObject& before, const QJsonObject& after)
{
    Transaction tx(m_db);
    const history::AuditWriter audit(m_db, m_actor, m_runId);
    if (auto a = audit.write(action, subject(phaseId), before, after); !a)
        return Unexpected(tr("Cannot write the audit log: %1").arg(a.error()));
    if (!tx.commit())
        return Unexpected(tr("Cannot write the audit log: %1").arg(tx.error()));
    return Done {};
}

Expected<Done, QString> DriftRepository::update(const QString& action, qint64 phaseId, const QString& sql,
    const QVariantList& bound, const QJsonObject& before, const QJsonObject& after)
{
    Transaction tx(m_db);
    auto u = runSql(m_db, sql, bound);
    if (!u)
        return Unexpected(tr("Cannot change phase %1: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1)
        return Unexpected(tr("Phase %1 changed since Cal.com was read (another run or a sync); it was left "
                             "as it is.")
                              .arg(phaseId));
    const history::AuditWriter audit(m_db, m_actor, m_runId);
    if (auto a = audit.write(action, subject(phaseId), before, after); !a)
        return Unexpected(tr("Cannot write the audit log: %1").arg(a.error()));
    if (!tx.commit())
        return Unexpected(tr("Cannot change phase %1: %2").arg(phaseId).arg(tx.error()));
    return Done {};
}

} // namespace salon::drift
