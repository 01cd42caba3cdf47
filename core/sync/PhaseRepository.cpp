#include "PhaseRepository.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "domain/DomainRows.h"
#include "history/AuditWriter.h"
#include "history/RunId.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace salon::sync
{

namespace
{

const QString kPhaseColumns = QStringLiteral(
    "p.id, p.appointment_id, p.segment_key, p.staff_id, p.staff_required, p.starts_at, p.ends_at, "
    "p.sync_status, "
    "p.calcom_booking_id, p.calcom_booking_uid, p.sync_error, p.sync_attempts, p.last_sync_at, p.updated_at");

AppointmentPhase readPhase(const QSqlQuery& q)
{
    AppointmentPhase p;
    p.id = q.value(0).toLongLong();
    p.appointmentId = q.value(1).toLongLong();
    p.segmentKey = q.value(2).toString();
    p.staffId = q.value(3).toString();
    p.staffRequired = q.value(4).toBool();
    p.startsAt = fromSqlTime(q.value(5));
    p.endsAt = fromSqlTime(q.value(6));
    p.syncStatus = syncStatusFromString(q.value(7).toString()).value_or(SyncStatus::Pending);
    if (!q.value(8).isNull())
        p.calcomBookingId = q.value(8).toLongLong();
    p.calcomBookingUid = q.value(9).toString();
    p.syncError = q.value(10).toString();
    p.syncAttempts = q.value(11).toInt();
    p.lastSyncAt = fromSqlTime(q.value(12));
    p.updatedAt = fromSqlTime(q.value(13));
    return p;
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

PhaseRepository::PhaseRepository(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

QString PhaseRepository::now() const
{
    return toSqlTime(Clock::instance().nowUtc());
}

Expected<PhaseWork, QString> PhaseRepository::loadWork(qint64 phaseId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT %1, p.sync_claim_token, p.archived_reason, a.service_id, a.customer_name, "
                       "a.customer_email, s.name FROM appointment_phases p "
                       "JOIN appointments a ON a.id = p.appointment_id "
                       "LEFT JOIN services s ON s.id = a.service_id WHERE p.id = ?")
            .arg(kPhaseColumns),
        { phaseId });
    if (!q)
        return Unexpected(tr("Cannot read phase %1: %2").arg(phaseId).arg(q.error()));
    if (!q->next())
        return Unexpected(tr("Phase %1 does not exist.").arg(phaseId));
    PhaseWork work;
    work.phase = readPhase(*q);
    work.claimToken = q->value(14).toString();
    work.archivedReason = q->value(15).toString();
    work.serviceId = q->value(16).toLongLong();
    work.customerName = q->value(17).toString();
    work.customerEmail = q->value(18).toString();
    work.serviceName = q->value(19).toString();

    if (!work.phase.staffId.isEmpty()) {
        auto s = runSql(m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(rows::kStaffColumns),
            { work.phase.staffId });
        if (!s)
            return Unexpected(tr("Cannot read the staff of phase %1: %2").arg(phaseId).arg(s.error()));
        if (s->next())
            work.staff = rows::readStaff(*s);
        auto m = runSql(m_db,
            QStringLiteral("SELECT %1 FROM calcom_event_map WHERE service_id = ? AND segment_key = ? "
                           "AND staff_id = ?")
                .arg(rows::kEventMapColumns),
            { work.serviceId, work.phase.segmentKey, work.phase.staffId });
        if (!m)
            return Unexpected(tr("Cannot read the event map of phase %1: %2").arg(phaseId).arg(m.error()));
        if (m->next())
            work.mapEntry = rows::readEventMap(*m);
    }
    auto a = runSql(m_db,
        QStringLiteral("SELECT outcome FROM sync_attempts WHERE phase_id = ? ORDER BY id DESC LIMIT 1"),
        { phaseId });
    if (!a)
        return Unexpected(tr("Cannot read the attempts of phase %1: %2").arg(phaseId).arg(a.error()));
    if (a->next())
        work.lastAttemptOutcome = a->value(0).toString();
    a->finish();
    work.hadBooking = work.phase.calcomBookingId.has_value() || !work.phase.calcomBookingUid.isEmpty();
    if (!work.hadBooking) {
        auto booked = runSql(m_db,
            QStringLiteral("SELECT 1 FROM sync_attempts WHERE phase_id = ? AND outcome IN ('synced', "
                           "'recovered') LIMIT 1"),
            { phaseId });
        if (!booked)
            return Unexpected(
                tr("Cannot read the attempts of phase %1: %2").arg(phaseId).arg(booked.error()));
        work.hadBooking = booked->next();
    }
    return work;
}

Expected<bool, QString> PhaseRepository::exists(qint64 phaseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM appointment_phases WHERE id = ?"), { phaseId });
    if (!q)
        return Unexpected(tr("Cannot read phase %1: %2").arg(phaseId).arg(q.error()));
    return q->next();
}

QString PhaseRepository::lostClaimMessage(qint64 phaseId) const
{
    auto current = phase(phaseId);
    if (current && current->syncStatus == SyncStatus::Synced)
        return tr("Phase %1 was synced by another run meanwhile (booking %2).")
            .arg(phaseId)
            .arg(current->calcomBookingId.value_or(0));
    return tr("Phase %1 is no longer held by this sync: another run took it over.").arg(phaseId);
}

Expected<PhaseRepository::Claim, QString> PhaseRepository::claim(
    qint64 phaseId, const QString& token, const QDateTime& staleBefore, bool includeArchived)
{
    // No explicit transaction: the read only explains; the single conditional UPDATE below decides, and
    // it is atomic on both backends (a deferred SQLite transaction could not upgrade its lock under
    // contention).
    auto q = runSql(m_db,
        QStringLiteral("SELECT sync_status, COALESCE(sync_claim_token, ''), archived_reason, updated_at, "
                       "staff_required FROM appointment_phases WHERE id = ?"),
        { phaseId });
    if (!q)
        return Unexpected(tr("Cannot claim phase %1: %2").arg(phaseId).arg(q.error()));
    Claim claim;
    if (!q->next())
        return claim; // NotFound
    const SyncStatus status = syncStatusFromString(q->value(0).toString()).value_or(SyncStatus::Pending);
    const QString oldToken = q->value(1).toString();
    const bool archived = !q->value(2).isNull() && !q->value(2).toString().isEmpty();
    const QDateTime updatedAt = fromSqlTime(q->value(3));
    claim.previousStatus = status;
    q->finish();

    switch (status) {
    case SyncStatus::Synced:
        claim.outcome = ClaimOutcome::AlreadySynced;
        return claim;
    case SyncStatus::Skipped:
    case SyncStatus::Cancelled: // its appointment was cancelled: never booked again
        claim.outcome = ClaimOutcome::Skipped;
        return claim;
    case SyncStatus::Syncing:
        if (!staleBefore.isValid() || !updatedAt.isValid() || updatedAt >= staleBefore) {
            claim.outcome = ClaimOutcome::HeldElsewhere;
            return claim;
        }
        claim.tookOverStaleClaim = true;
        break;
    case SyncStatus::Failed:
        if (archived && !includeArchived) {
            claim.outcome = ClaimOutcome::Archived;
            return claim;
        }
        break;
    case SyncStatus::Pending:
        break;
    }

    // Conditional on the state just read: of two racing claimers only one changes the row.
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'syncing', sync_claim_token = ?, "
                       "updated_at = ? WHERE id = ? AND sync_status = ? "
                       "AND COALESCE(sync_claim_token, '') = ? "
                       // A cancel, move or re-staff of the appointment is under way (core/lifecycle).
                       "AND NOT EXISTS (SELECT 1 FROM lifecycle_operations o WHERE o.appointment_id = "
                       "appointment_phases.appointment_id AND o.state IN ('open', 'undoing'))"),
        { token, now(), phaseId, toString(status), oldToken });
    if (!u)
        return Unexpected(tr("Cannot claim phase %1: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1) {
        qCInfo(lcSync) << "phase" << phaseId << "was claimed by another sync first";
        claim.outcome = ClaimOutcome::HeldElsewhere;
        return claim;
    }
    claim.outcome = ClaimOutcome::Claimed;
    return claim;
}

Expected<Done, QString> PhaseRepository::releaseClaim(
    qint64 phaseId, const QString& token, SyncStatus restoreStatus)
{
    auto u = runSql(m_db,
        QStringLiteral(
            "UPDATE appointment_phases SET sync_status = ?, sync_claim_token = NULL, updated_at = ? "
            "WHERE id = ? AND sync_claim_token = ?"),
        { toString(restoreStatus), now(), phaseId, token });
    if (!u)
        return Unexpected(tr("Cannot release phase %1: %2").arg(phaseId).arg(u.error()));
    return Done {};
}

Expected<Done, QString> PhaseRepository::touchClaim(qint64 phaseId, const QString& token)
{
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET updated_at = ? WHERE id = ? AND sync_claim_token = ?"),
        { now(), phaseId, token });
    if (!u)
        return Unexpected(tr("Cannot refresh the claim of phase %1: %2").arg(phaseId).arg(u.error()));
    return Done {};
}

Expected<qint64, QString> PhaseRepository::beginAttempt(
    qint64 phaseId, const QString& token, const QString& outcome)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tr("Cannot record an attempt for phase %1: %2").arg(phaseId).arg(tx.error()));
    const QString at = now();
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_attempts = sync_attempts + 1, last_sync_at = ?, "
                       "updated_at = ? WHERE id = ? AND sync_claim_token = ?"),
        { at, at, phaseId, token });
    if (!u)
        return Unexpected(tr("Cannot record an attempt for phase %1: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1)
        return Unexpected(lostClaimMessage(phaseId));
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    auto i = runSql(m_db,
        QStringLiteral("INSERT INTO sync_attempts (phase_id, started_at, outcome) VALUES (?, ?, ?)")
            + (postgres ? QStringLiteral(" RETURNING id") : QString()),
        { phaseId, at, outcome });
    if (!i)
        return Unexpected(tr("Cannot record an attempt for phase %1: %2").arg(phaseId).arg(i.error()));
    qint64 id = 0;
    if (postgres) {
        if (i->next())
            id = i->value(0).toLongLong();
    } else {
        id = i->lastInsertId().toLongLong();
    }
    i->finish();
    if (!tx.commit())
        return Unexpected(tr("Cannot record an attempt for phase %1: %2").arg(phaseId).arg(tx.error()));
    return id;
}

Expected<Done, QString> PhaseRepository::finishAttempt(
    qint64 attemptId, int httpStatus, const QString& outcome, const QString& message)
{
    auto u = runSql(m_db,
        QStringLiteral("UPDATE sync_attempts SET finished_at = ?, http_status = ?, outcome = ?, message = ? "
                       "WHERE id = ?"),
        { now(), httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType::fromType<int>()), outcome,
            message.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(message), attemptId });
    if (!u)
        return Unexpected(tr("Cannot record the end of attempt %1: %2").arg(attemptId).arg(u.error()));
    return Done {};
}

Expected<Done, QString> PhaseRepository::markSynced(qint64 phaseId, const QString& token, qint64 attemptId,
    qint64 bookingId, const QString& bookingUid, int httpStatus, const QString& outcome,
    const QString& message)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tr("Cannot store the booking of phase %1: %2").arg(phaseId).arg(tx.error()));
    if (attemptId > 0) {
        if (auto f = finishAttempt(attemptId, httpStatus, outcome, message); !f)
            return f;
    }
    const QString at = now();
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'synced', calcom_booking_id = ?, "
                       "calcom_booking_uid = ?, sync_error = NULL, archived_reason = NULL, "
                       "sync_claim_token = NULL, last_sync_at = ?, updated_at = ? "
                       "WHERE id = ? AND sync_claim_token = ?"),
        { bookingId, bookingUid, at, at, phaseId, token });
    if (!u)
        return Unexpected(tr("Cannot store the booking of phase %1: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1)
        return Unexpected(tr("%1 Booking %2 (%3) made by this run was not stored.")
                              .arg(lostClaimMessage(phaseId))
                              .arg(bookingId)
                              .arg(bookingUid));
    if (auto a = audit(QStringLiteral("phase.synced"), phaseId, {},
            json({ { QStringLiteral("calcomBookingId"), bookingId },
                { QStringLiteral("calcomBookingUid"), bookingUid },
                { QStringLiteral("outcome"), outcome } }));
        !a)
        return a;
    if (!tx.commit())
        return Unexpected(tr("Cannot store the booking of phase %1: %2").arg(phaseId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> PhaseRepository::markFailed(
    qint64 phaseId, const QString& token, qint64 attemptId, const SyncErrorAdvice& advice)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tr("Cannot store the failure of phase %1: %2").arg(phaseId).arg(tx.error()));
    const QString outcome = advice.outcomeUnclear ? QStringLiteral("unclear") : advice.code;
    if (attemptId > 0) {
        if (auto f = finishAttempt(attemptId, advice.httpStatus, outcome, advice.text()); !f)
            return f;
    }
    const QString at = now();
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'failed', sync_error = ?, "
                       "sync_claim_token = NULL, last_sync_at = ?, updated_at = ? "
                       "WHERE id = ? AND sync_claim_token = ?"),
        { advice.text(), at, at, phaseId, token });
    if (!u)
        return Unexpected(tr("Cannot store the failure of phase %1: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1)
        return Unexpected(lostClaimMessage(phaseId));
    if (!tx.commit())
        return Unexpected(tr("Cannot store the failure of phase %1: %2").arg(phaseId).arg(tx.error()));
    return Done {};
}

Expected<bool, QString> PhaseRepository::markSkipped(qint64 phaseId)
{
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'skipped', sync_error = NULL, "
                       "updated_at = ? WHERE id = ? AND sync_status IN ('pending', 'failed')"),
        { now(), phaseId });
    if (!u)
        return Unexpected(tr("Cannot mark phase %1 as skipped: %2").arg(phaseId).arg(u.error()));
    return u->numRowsAffected() == 1;
}

Expected<Done, QString> PhaseRepository::archive(qint64 phaseId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Unexpected(tr("Archiving a failure needs a reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(tr("Cannot archive phase %1: %2").arg(phaseId).arg(tx.error()));
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET archived_reason = ?, updated_at = ? "
                       "WHERE id = ? AND sync_status = 'failed'"),
        { reason.trimmed(), now(), phaseId });
    if (!u)
        return Unexpected(tr("Cannot archive phase %1: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1)
        return Unexpected(
            tr("Phase %1 is not failed (any more); only failures can be archived.").arg(phaseId));
    if (auto a = audit(QStringLiteral("phase.archived"), phaseId, {},
            json({ { QStringLiteral("archivedReason"), reason.trimmed() } }));
        !a)
        return a;
    if (!tx.commit())
        return Unexpected(tr("Cannot archive phase %1: %2").arg(phaseId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> PhaseRepository::unarchive(qint64 phaseId)
{
    Transaction tx(m_db);
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET archived_reason = NULL, updated_at = ? WHERE id = ?"),
        { now(), phaseId });
    if (!u)
        return Unexpected(tr("Cannot unarchive phase %1: %2").arg(phaseId).arg(u.error()));
    if (auto a = audit(QStringLiteral("phase.unarchived"), phaseId, {}, {}); !a)
        return a;
    if (!tx.commit())
        return Unexpected(tr("Cannot unarchive phase %1: %2").arg(phaseId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> PhaseRepository::markForResync(qint64 phaseId, const QString& reason)
{
    auto before = phase(phaseId);
    if (!before)
        return Unexpected(before.error());
    Transaction tx(m_db);
    auto u = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'pending', calcom_booking_id = NULL, "
                       "calcom_booking_uid = NULL, sync_error = ?, archived_reason = NULL, updated_at = ? "
                       "WHERE id = ? AND sync_status IN ('synced', 'failed')"),
        { reason, now(), phaseId });
    if (!u)
        return Unexpected(tr("Cannot mark phase %1 for a new sync: %2").arg(phaseId).arg(u.error()));
    if (u->numRowsAffected() != 1)
        return Unexpected(tr("Phase %1 is being synced or was skipped; it was not changed.").arg(phaseId));
    if (auto a = audit(QStringLiteral("phase.resync"), phaseId,
            json({ { QStringLiteral("calcomBookingId"), before->calcomBookingId.value_or(0) },
                { QStringLiteral("calcomBookingUid"), before->calcomBookingUid } }),
            json({ { QStringLiteral("reason"), reason } }));
        !a)
        return a;
    if (!tx.commit())
        return Unexpected(tr("Cannot mark phase %1 for a new sync: %2").arg(phaseId).arg(tx.error()));
    return Done {};
}

Expected<QList<qint64>, QString> PhaseRepository::phaseIdsOfAppointments(
    const QList<qint64>& appointmentIds) const
{
    QList<qint64> ids;
    if (appointmentIds.isEmpty())
        return ids;
    QVariantList values;
    for (qint64 id : appointmentIds)
        values.append(id);
    auto q = runSql(m_db,
        QStringLiteral("SELECT id FROM appointment_phases WHERE appointment_id IN (%1) "
                       "ORDER BY starts_at, id")
            .arg(placeholders(values.size())),
        values);
    if (!q)
        return Unexpected(tr("Cannot list the phases to sync: %1").arg(q.error()));
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Expected<QList<qint64>, QString> PhaseRepository::phaseIdsToSync(
    bool includePending, bool includeFailed, const QDateTime& staleBefore) const
{
    QStringList conditions;
    QVariantList values;
    if (includePending)
        conditions.append(QStringLiteral("sync_status = 'pending'"));
    if (includeFailed)
        conditions.append(QStringLiteral("(sync_status = 'failed' AND archived_reason IS NULL)"));
    if (staleBefore.isValid()) {
        conditions.append(QStringLiteral("(sync_status = 'syncing' AND updated_at < ?)"));
        values.append(toSqlTime(staleBefore));
    }
    QList<qint64> ids;
    if (conditions.isEmpty())
        return ids;
    auto q = runSql(m_db,
        QStringLiteral("SELECT id FROM appointment_phases WHERE %1 ORDER BY starts_at, id")
            .arg(conditions.join(QStringLiteral(" OR "))),
        values);
    if (!q)
        return Unexpected(tr("Cannot list the phases to sync: %1").arg(q.error()));
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Expected<QList<qint64>, QString> PhaseRepository::heldPhaseIds(const QDateTime& staleBefore) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT id FROM appointment_phases WHERE sync_status = 'syncing' "
                       "AND (updated_at >= ? OR updated_at IS NULL) ORDER BY starts_at, id"),
        { toSqlTime(staleBefore) });
    if (!q)
        return Unexpected(tr("Cannot list the phases held by other runs: %1").arg(q.error()));
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Expected<QList<SyncAttempt>, QString> PhaseRepository::attempts(qint64 phaseId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT id, phase_id, started_at, finished_at, http_status, outcome, message "
                       "FROM sync_attempts WHERE phase_id = ? ORDER BY id"),
        { phaseId });
    if (!q)
        return Unexpected(tr("Cannot read the attempts of phase %1: %2").arg(phaseId).arg(q.error()));
    QList<SyncAttempt> result;
    while (q->next()) {
        SyncAttempt a;
        a.id = q->value(0).toLongLong();
        a.phaseId = q->value(1).toLongLong();
        a.startedAt = fromSqlTime(q->value(2));
        a.finishedAt = fromSqlTime(q->value(3));
        a.httpStatus = q->value(4).toInt();
        a.outcome = q->value(5).toString();
        a.message = q->value(6).toString();
        result.append(a);
    }
    return result;
}

Expected<AppointmentPhase, QString> PhaseRepository::phase(qint64 phaseId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT %1 FROM appointment_phases p WHERE p.id = ?").arg(kPhaseColumns), { phaseId });
    if (!q)
        return Unexpected(tr("Cannot read phase %1: %2").arg(phaseId).arg(q.error()));
    if (!q->next())
        return Unexpected(tr("Phase %1 does not exist.").arg(phaseId));
    return readPhase(*q);
}

Expected<QList<SyncedPhase>, QString> PhaseRepository::syncedPhases(
    const QDateTime& from, const QDateTime& to) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT p.id, p.appointment_id, p.segment_key, p.starts_at, p.ends_at, "
                       "p.calcom_booking_id, p.calcom_booking_uid, p.staff_id, st.name, st.calcom_user_id, "
                       "a.customer_name FROM appointment_phases p "
                       "JOIN appointments a ON a.id = p.appointment_id "
                       "LEFT JOIN staff st ON st.id = p.staff_id "
                       "WHERE p.sync_status = 'synced' AND p.starts_at >= ? AND p.starts_at < ? "
                       "ORDER BY p.starts_at, p.id"),
        { toSqlTime(from), toSqlTime(to) });
    if (!q)
        return Unexpected(tr("Cannot list the synced phases: %1").arg(q.error()));
    QList<SyncedPhase> result;
    while (q->next()) {
        SyncedPhase s;
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

Expected<Done, QString> PhaseRepository::audit(
    const QString& action, qint64 phaseId, const QString& before, const QString& after)
{
    // Without a batch's run id each change (an archive from the console) is a run of its own.
    const history::AuditWriter writer(m_db, m_actor, m_runId, history::RunId::kPhase);
    auto q = writer.writeText(action, QStringLiteral("appointment_phases/%1").arg(phaseId), before, after);
    if (!q)
        return Unexpected(tr("Cannot write the audit log: %1").arg(q.error()));
    return Done {};
}

} // namespace salon::sync
