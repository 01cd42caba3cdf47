#include "LifecycleRepository.h"

#include "LifecycleRows.h"
#include "OperationClaim.h"
#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "history/AuditWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace salon::lifecycle
{

using namespace lifecycle_rows;

LifecycleRepository::LifecycleRepository(QSqlDatabase db, QString actor, QString runId)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_runId(std::move(runId))
{
}

QString LifecycleRepository::now() const
{
    return toSqlTime(Clock::instance().nowUtc());
}

bool LifecycleRepository::isPostgres() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

Expected<qint64, QString> LifecycleRepository::insert(const QString& sql, const QVariantList& values)
{
    auto q = runSql(m_db, sql + (isPostgres() ? QStringLiteral(" RETURNING id") : QString()), values);
    if (!q)
        return Unexpected(q.error());
    if (isPostgres())
        return q->next() ? q->value(0).toLongLong() : 0;
    return q->lastInsertId().toLongLong();
}

Expected<Done, QString> LifecycleRepository::audit(
    const QString& action, const QString& subject, const QJsonObject& before, const QJsonObject& after)
{
    const history::AuditWriter writer(m_db, m_actor, m_runId, QStringLiteral("lifecycle"));
    if (auto a = writer.write(action, subject, before, after); !a)
        return Unexpected(tr("Cannot write the audit log: %1").arg(a.error()));
    return Done {};
}

Expected<LifecycleOperation, QString> LifecycleRepository::createOperation(LifecycleOperation op)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Unexpected(
            tr("Cannot record the change of appointment %1: %2").arg(op.appointmentId).arg(tx.error()));
    auto open = runSql(m_db,
        QStringLiteral(
            "SELECT id FROM lifecycle_operations WHERE appointment_id = ? AND state IN ('open', 'undoing')"),
        { op.appointmentId });
    if (!open)
        return Unexpected(
            tr("Cannot record the change of appointment %1: %2").arg(op.appointmentId).arg(open.error()));
    if (open->next())
        return Unexpected(tr("Appointment %1 is being changed already (change %2 is not finished); run "
                             "`salon-admin-cli reassign` or the same command again later to finish it first.")
                              .arg(op.appointmentId)
                              .arg(open->value(0).toLongLong()));
    open->finish();
    auto syncing = runSql(m_db,
        QStringLiteral(
            "SELECT id FROM appointment_phases WHERE appointment_id = ? AND sync_status = 'syncing'"),
        { op.appointmentId });
    if (!syncing)
        return Unexpected(
            tr("Cannot record the change of appointment %1: %2").arg(op.appointmentId).arg(syncing.error()));
    if (syncing->next())
        return Unexpected(tr("Phase %1 of appointment %2 is being synced right now; try again when that sync "
                             "has finished.")
                              .arg(syncing->value(0).toLongLong())
                              .arg(op.appointmentId));
    syncing->finish();

    const QString at = now();
    auto id = insert(
        QStringLiteral("INSERT INTO lifecycle_operations (kind, appointment_id, state, reason, actor, "
                       "before_starts_at, before_status, after_starts_at, after_status, claim_token, "
                       "created_at, updated_at) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { toString(op.kind), op.appointmentId, nullableText(op.reason), m_actor,
            toSqlTimeOrNull(op.beforeStartsAt), nullableText(op.beforeStatus),
            toSqlTimeOrNull(op.afterStartsAt), nullableText(op.afterStatus), nullableText(op.claimToken), at,
            at });
    if (!id)
        return Unexpected(
            tr("Cannot record the change of appointment %1: %2").arg(op.appointmentId).arg(id.error()));
    op.id = *id;
    op.state = OperationState::Open;
    op.actor = m_actor;
    for (LifecycleStep& step : op.steps) {
        step.operationId = op.id;
        // A cancel's database-only steps are done at once: the appointment is cancelled from now on.
        if (op.kind == OperationKind::Cancel && step.action == StepAction::Update)
            step.state = StepState::Done;
        auto stepId = insert(
            QStringLiteral(
                "INSERT INTO lifecycle_steps (operation_id, phase_id, position, action, undo_of, state, "
                "old_booking_id, old_booking_uid, new_booking_id, new_booking_uid, old_staff_id, "
                "new_staff_id, "
                "old_starts_at, old_ends_at, new_starts_at, new_ends_at, event_type_id, old_event_type_id, "
                "length_minutes, status_after, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { op.id, step.phaseId, step.position, toString(step.action), toString(step.state),
                nullableId(step.oldBookingId), nullableText(step.oldBookingUid),
                nullableText(step.oldStaffId), nullableText(step.newStaffId), toSqlTime(step.oldStartsAt),
                toSqlTime(step.oldEndsAt), toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt),
                nullableNumber(step.eventTypeId), nullableNumber(step.oldEventTypeId),
                nullableNumber(step.lengthMinutes), nullableText(step.statusAfter), at, at });
        if (!stepId)
            return Unexpected(
                tr("Cannot record the change of phase %1: %2").arg(step.phaseId).arg(stepId.error()));
        step.id = *stepId;
        if (op.kind == OperationKind::Cancel && step.action == StepAction::Update) {
            auto u = runSql(m_db,
                QStringLiteral("UPDATE appointment_phases SET sync_status = 'cancelled', sync_error = NULL, "
                               "updated_at = ? WHERE id = ? AND sync_status <> 'skipped'"),
                { at, step.phaseId });
            if (!u)
                return Unexpected(tr("Cannot cancel phase %1: %2").arg(step.phaseId).arg(u.error()));
        }
    }
    if (op.kind == OperationKind::Cancel && !op.afterStatus.isEmpty()) {
        auto u = runSql(m_db, QStringLiteral("UPDATE appointments SET status = ? WHERE id = ?"),
            { op.afterStatus, op.appointmentId });
        if (!u)
            return Unexpected(tr("Cannot cancel appointment %1: %2").arg(op.appointmentId).arg(u.error()));
    }
    if (auto a = audit(QStringLiteral("appointment.%1.started").arg(toString(op.kind)),
            QStringLiteral("appointments/%1").arg(op.appointmentId),
            { { QStringLiteral("startsAt"), time(op.beforeStartsAt) },
                { QStringLiteral("status"), op.beforeStatus } },
            { { QStringLiteral("operation"), op.id }, { QStringLiteral("startsAt"), time(op.afterStartsAt) },
                { QStringLiteral("status"), op.afterStatus }, { QStringLiteral("reason"), op.reason },
                { QStringLiteral("steps"), int(op.steps.size()) } });
        !a)
        return Unexpected(a.error());
    if (!tx.commit())
        return Unexpected(
            tr("Cannot record the change of appointment %1: %2").arg(op.appointmentId).arg(tx.error()));
    return op;
}

Expected<LifecycleOperation, QString> LifecycleRepository::operation(qint64 id) const
{
    auto q = runSql(m_db,
        QStringLiteral(
            "SELECT id, kind, appointment_id, state, reason, actor, before_starts_at, before_status, "
            "after_starts_at, after_status, claim_token, error, created_at, updated_at "
            "FROM lifecycle_operations WHERE id = ?"),
        { id });
    if (!q)
        return Unexpected(tr("Cannot read change %1: %2").arg(id).arg(q.error()));
    if (!q->next())
        return Unexpected(tr("Change %1 does not exist.").arg(id));
    LifecycleOperation op;
    op.id = q->value(0).toLongLong();
    op.kind = operationKindFromString(q->value(1).toString()).value_or(OperationKind::Cancel);
    op.appointmentId = q->value(2).toLongLong();
    op.state = operationStateFromString(q->value(3).toString()).value_or(OperationState::Open);
    op.reason = q->value(4).toString();
    op.actor = q->value(5).toString();
    op.beforeStartsAt = fromSqlTime(q->value(6));
    op.beforeStatus = q->value(7).toString();
    op.afterStartsAt = fromSqlTime(q->value(8));
    op.afterStatus = q->value(9).toString();
    op.claimToken = q->value(10).toString();
    op.error = q->value(11).toString();
    op.createdAt = fromSqlTime(q->value(12));
    op.updatedAt = fromSqlTime(q->value(13));
    q->finish();
    auto c
        = runSql(m_db, QStringLiteral("SELECT customer_name, customer_email FROM appointments WHERE id = ?"),
            { op.appointmentId });
    if (!c)
        return Unexpected(tr("Cannot read change %1: %2").arg(id).arg(c.error()));
    if (c->next()) {
        op.customerName = c->value(0).toString();
        op.customerEmail = c->value(1).toString();
    }
    c->finish();
    auto s = runSql(m_db,
        QStringLiteral("SELECT %1 FROM lifecycle_steps s JOIN appointment_phases p ON p.id = s.phase_id "
                       "WHERE s.operation_id = ? ORDER BY s.position, s.id")
            .arg(kStepColumns),
        { id });
    if (!s)
        return Unexpected(tr("Cannot read the steps of change %1: %2").arg(id).arg(s.error()));
    while (s->next())
        op.steps.append(readStep(*s));
    return op;
}

Expected<QList<qint64>, QString> LifecycleRepository::unfinishedOperations(
    const QList<qint64>& appointmentIds) const
{
    QString sql = QStringLiteral("SELECT id FROM lifecycle_operations WHERE state IN ('open', 'undoing')");
    QVariantList values;
    if (!appointmentIds.isEmpty()) {
        QStringList marks;
        for (qint64 a : appointmentIds) {
            marks.append(QStringLiteral("?"));
            values.append(a);
        }
        sql += QStringLiteral(" AND appointment_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    auto q = runSql(m_db, sql + QStringLiteral(" ORDER BY id"), values);
    if (!q)
        return Unexpected(tr("Cannot list the unfinished changes: %1").arg(q.error()));
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Expected<bool, QString> LifecycleRepository::claimOperation(qint64 id, const QString& token)
{
    auto q = runSql(m_db,
        QStringLiteral(
            "SELECT COALESCE(claim_token, ''), updated_at, state FROM lifecycle_operations WHERE id = ?"),
        { id });
    if (!q)
        return Unexpected(tr("Cannot take over change %1: %2").arg(id).arg(q.error()));
    if (!q->next())
        return false;
    const QString holder = q->value(0).toString();
    const QDateTime touched = fromSqlTime(q->value(1));
    const QString state = q->value(2).toString();
    q->finish();
    if ((state != u"open" && state != u"undoing")
        || (holder != token && !OperationClaim::isAbandoned(holder, touched)))
        return false;
    // Conditional on the holder just read: of two runs taking over, one wins.
    auto u = runSql(m_db,
        QStringLiteral("UPDATE lifecycle_operations SET claim_token = ?, updated_at = ? WHERE id = ? "
                       "AND COALESCE(claim_token, '') = ?"),
        { token, now(), id, holder });
    if (!u)
        return Unexpected(tr("Cannot take over change %1: %2").arg(id).arg(u.error()));
    return u->numRowsAffected() == 1;
}

Expected<Done, QString> LifecycleRepository::releaseOperation(
    qint64 id, const QString& token, const QString& error)
{
    auto u = runSql(m_db,
        QStringLiteral("UPDATE lifecycle_operations SET claim_token = NULL, error = ?, updated_at = ? "
                       "WHERE id = ? AND claim_token = ?"),
        { nullableText(error), now(), id, token });
    if (!u)
        return Unexpected(tr("Cannot release change %1: %2").arg(id).arg(u.error()));
    return Done {};
}

Expected<Done, QString> LifecycleRepository::updateStep(
    const LifecycleStep& step, const QString& assignments, QVariantList values)
{
    const QString at = now();
    values.prepend(at);
    values.append(step.id);
    auto u = runSql(m_db,
        QStringLiteral("UPDATE lifecycle_steps SET updated_at = ?, %1 WHERE id = ?").arg(assignments),
        values);
    if (!u)
        return Unexpected(
            tr("Cannot record step %1 of change %2: %3").arg(step.id).arg(step.operationId).arg(u.error()));
    auto o = runSql(m_db, QStringLiteral("UPDATE lifecycle_operations SET updated_at = ? WHERE id = ?"),
        { at, step.operationId });
    if (!o)
        return Unexpected(tr("Cannot record change %1: %2").arg(step.operationId).arg(o.error()));
    return Done {};
}

Expected<Done, QString> LifecycleRepository::stepSent(const LifecycleStep& step)
{
    Transaction tx(m_db);
    // A rebook whose new booking exists stays 'booked' while its old booking is being cancelled.
    const QString state = step.state == StepState::Booked ? QStringLiteral("booked") : QStringLiteral("sent");
    if (auto u = updateStep(step, QStringLiteral("state = ?, attempts = attempts + 1"), { state }); !u)
        return u;
    if (!tx.commit())
        return Unexpected(tr("Cannot record step %1: %2").arg(step.id).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> LifecycleRepository::stepBooked(
    const LifecycleStep& step, qint64 bookingId, const QString& bookingUid)
{
    Transaction tx(m_db);
    if (auto u = updateStep(step,
            QStringLiteral("state = 'booked', new_booking_id = ?, new_booking_uid = ?, error = NULL"),
            { bookingId, bookingUid });
        !u)
        return u;
    const QString at = now();
    auto p = runSql(m_db,
        QStringLiteral(
            "UPDATE appointment_phases SET staff_id = ?, starts_at = ?, ends_at = ?, calcom_booking_id = ?, "
            "calcom_booking_uid = ?, sync_status = 'synced', sync_error = NULL, last_sync_at = ?, "
            "updated_at = ? WHERE id = ?"),
        { nullableText(step.newStaffId), toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt), bookingId,
            bookingUid, at, at, step.phaseId });
    if (!p)
        return Unexpected(
            tr("Cannot store the new booking of phase %1: %2").arg(step.phaseId).arg(p.error()));
    if (auto a
        = audit(QStringLiteral("phase.rebooked"), QStringLiteral("appointment_phases/%1").arg(step.phaseId),
            { { QStringLiteral("calcomBookingUid"), step.oldBookingUid },
                { QStringLiteral("staffId"), step.oldStaffId },
                { QStringLiteral("startsAt"), time(step.oldStartsAt) } },
            { { QStringLiteral("calcomBookingUid"), bookingUid },
                { QStringLiteral("calcomBookingId"), bookingId },
                { QStringLiteral("staffId"), step.newStaffId },
                { QStringLiteral("startsAt"), time(step.newStartsAt) },
                { QStringLiteral("operation"), step.operationId } });
        !a)
        return a;
    if (!tx.commit())
        return Unexpected(
            tr("Cannot store the new booking of phase %1: %2").arg(step.phaseId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> LifecycleRepository::stepDone(
    const LifecycleStep& step, qint64 bookingId, const QString& bookingUid)
{
    Transaction tx(m_db);
    const QString at = now();
    QVariantList stepValues;
    QString assignments = QStringLiteral("state = 'done', error = NULL");
    // The uid a step ended on (a reschedule's new booking, the booking a cancel found at the end of the
    // reschedule chain); an undo that points the phase back keeps the uid it points at.
    const bool restoresPhase = step.action == StepAction::Cancel && step.statusAfter == u"synced";
    if (!bookingUid.isEmpty() && !restoresPhase) {
        assignments += QStringLiteral(", new_booking_id = ?, new_booking_uid = ?");
        stepValues << (bookingId > 0 ? QVariant(bookingId) : QVariant(QMetaType::fromType<qint64>()))
                   << bookingUid;
    }
    if (auto u = updateStep(step, assignments, stepValues); !u)
        return u;
    Expected<QSqlQuery, QString> p = QSqlQuery();
    QString action;
    QJsonObject after;
    switch (step.action) {
    case StepAction::Reschedule:
        // The same phase row keeps its id and takes the new booking; the old uid stays in this step's row.
        p = runSql(m_db,
            QStringLiteral(
                "UPDATE appointment_phases SET starts_at = ?, ends_at = ?, calcom_booking_id = ?, "
                "calcom_booking_uid = ?, sync_status = 'synced', sync_error = NULL, last_sync_at = ?, "
                "updated_at = ? WHERE id = ?"),
            { toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt),
                bookingId > 0 ? QVariant(bookingId) : QVariant(QMetaType::fromType<qint64>()), bookingUid, at,
                at, step.phaseId });
        action = QStringLiteral("phase.rescheduled");
        after = { { QStringLiteral("calcomBookingUid"), bookingUid },
            { QStringLiteral("startsAt"), time(step.newStartsAt) } };
        break;
    case StepAction::Rebook:
        p = runSql(m_db,
            QStringLiteral("UPDATE appointment_phases SET sync_error = NULL, updated_at = ? WHERE id = ?"),
            { at, step.phaseId });
        break;
    case StepAction::Cancel:
        if (step.statusAfter == u"pending") {
            // A compensation: the phase is booked again by the next sync, with the reason to see meanwhile.
            p = runSql(m_db,
                QStringLiteral(
                    "UPDATE appointment_phases SET sync_status = 'pending', calcom_booking_id = NULL, "
                    "calcom_booking_uid = NULL, sync_error = (SELECT reason FROM lifecycle_operations "
                    "WHERE id = ?), updated_at = ? WHERE id = ?"),
                { step.operationId, at, step.phaseId });
        } else if (step.statusAfter == u"synced") {
            // Undo of a re-booking whose old booking still exists: the phase points back at it.
            p = runSql(m_db,
                QStringLiteral("UPDATE appointment_phases SET staff_id = ?, starts_at = ?, ends_at = ?, "
                               "calcom_booking_id = ?, calcom_booking_uid = ?, sync_status = 'synced', "
                               "sync_error = NULL, "
                               "updated_at = ? WHERE id = ?"),
                { nullableText(step.newStaffId), toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt),
                    nullableId(step.newBookingId), nullableText(step.newBookingUid), at, step.phaseId });
        } else {
            p = runSql(m_db,
                QStringLiteral("UPDATE appointment_phases SET sync_status = 'cancelled', sync_error = NULL, "
                               "updated_at = ? WHERE id = ?"),
                { at, step.phaseId });
        }
        action = QStringLiteral("phase.cancelled");
        after = { { QStringLiteral("cancelledBookingUid"),
                      bookingUid.isEmpty() ? step.oldBookingUid : bookingUid },
            { QStringLiteral("status"), step.statusAfter } };
        break;
    case StepAction::Update:
        p = runSql(m_db,
            QStringLiteral("UPDATE appointment_phases SET staff_id = CASE WHEN staff_required = ? THEN ? "
                           "ELSE staff_id END, "
                           "starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?"),
            { true, nullableText(step.newStaffId), toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt), at,
                step.phaseId });
        break;
    }
    if (!p)
        return Unexpected(tr("Cannot store the change of phase %1: %2").arg(step.phaseId).arg(p.error()));
    if (!action.isEmpty()) {
        after.insert(QStringLiteral("operation"), step.operationId);
        if (auto a = audit(action, QStringLiteral("appointment_phases/%1").arg(step.phaseId),
                { { QStringLiteral("calcomBookingUid"), step.oldBookingUid },
                    { QStringLiteral("startsAt"), time(step.oldStartsAt) } },
                after);
            !a)
            return a;
    }
    if (!tx.commit())
        return Unexpected(tr("Cannot store the change of phase %1: %2").arg(step.phaseId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> LifecycleRepository::stepFailed(
    const LifecycleStep& step, int httpStatus, const QString& error)
{
    Transaction tx(m_db);
    if (auto u = updateStep(step, QStringLiteral("state = 'failed', http_status = ?, error = ?"),
            { httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType::fromType<int>()), error });
        !u)
        return u;
    if (!tx.commit())
        return Unexpected(tr("Cannot record step %1: %2").arg(step.id).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> LifecycleRepository::stepOwed(
    const LifecycleStep& step, int httpStatus, const QString& error)
{
    Transaction tx(m_db);
    if (auto u = updateStep(step, QStringLiteral("http_status = ?, error = ?"),
            { httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType::fromType<int>()), error });
        !u)
        return u;
    auto p = runSql(m_db,
        QStringLiteral("UPDATE appointment_phases SET sync_error = ?, updated_at = ? WHERE id = ?"),
        { error, now(), step.phaseId });
    if (!p)
        return Unexpected(tr("Cannot record step %1: %2").arg(step.id).arg(p.error()));
    if (!tx.commit())
        return Unexpected(tr("Cannot record step %1: %2").arg(step.id).arg(tx.error()));
    return Done {};
}

Expected<QList<LifecycleStep>, QString> LifecycleRepository::beginUndo(
    const LifecycleOperation& op, QList<LifecycleStep> undo, const QString& error)
{
    Transaction tx(m_db);
    const QString at = now();
    auto o = runSql(m_db,
        QStringLiteral(
            "UPDATE lifecycle_operations SET state = 'undoing', error = ?, updated_at = ? WHERE id = ?"),
        { error, at, op.id });
    if (!o)
        return Unexpected(tr("Cannot record the undo of change %1: %2").arg(op.id).arg(o.error()));
    auto s = runSql(m_db,
        QStringLiteral("UPDATE lifecycle_steps SET state = 'skipped', updated_at = ? WHERE operation_id = ? "
                       "AND undo_of IS NULL AND state = 'planned'"),
        { at, op.id });
    if (!s)
        return Unexpected(tr("Cannot record the undo of change %1: %2").arg(op.id).arg(s.error()));
    int position = 0;
    for (const LifecycleStep& st : op.steps)
        position = qMax(position, st.position);
    for (LifecycleStep& step : undo) {
        step.operationId = op.id;
        step.position = ++position;
        step.state = StepState::Planned;
        auto id = insert(
            QStringLiteral(
                "INSERT INTO lifecycle_steps (operation_id, phase_id, position, action, undo_of, state, "
                "old_booking_id, old_booking_uid, new_booking_id, new_booking_uid, old_staff_id, "
                "new_staff_id, "
                "old_starts_at, old_ends_at, new_starts_at, new_ends_at, event_type_id, old_event_type_id, "
                "length_minutes, status_after, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { op.id, step.phaseId, step.position, toString(step.action), step.undoOf,
                nullableId(step.oldBookingId), nullableText(step.oldBookingUid),
                nullableId(step.newBookingId), nullableText(step.newBookingUid),
                nullableText(step.oldStaffId), nullableText(step.newStaffId), toSqlTime(step.oldStartsAt),
                toSqlTime(step.oldEndsAt), toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt),
                nullableNumber(step.eventTypeId), nullableNumber(step.oldEventTypeId),
                nullableNumber(step.lengthMinutes), nullableText(step.statusAfter), at, at });
        if (!id)
            return Unexpected(tr("Cannot record the undo of phase %1: %2").arg(step.phaseId).arg(id.error()));
        step.id = *id;
    }
    if (!tx.commit())
        return Unexpected(tr("Cannot record the undo of change %1: %2").arg(op.id).arg(tx.error()));
    return undo;
}

Expected<Done, QString> LifecycleRepository::finishOperation(
    const LifecycleOperation& op, OperationState state, const QString& error)
{
    Transaction tx(m_db);
    const QString at = now();
    if (state == OperationState::Done) {
        for (const LifecycleStep& step : op.steps) {
            if (step.action != StepAction::Update || step.state == StepState::Done)
                continue;
            auto u = runSql(m_db,
                QStringLiteral("UPDATE appointment_phases SET staff_id = CASE WHEN staff_required = ? THEN ? "
                               "ELSE staff_id END, starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?"),
                { true, nullableText(step.newStaffId), toSqlTime(step.newStartsAt), toSqlTime(step.newEndsAt),
                    at, step.phaseId });
            if (!u)
                return Unexpected(tr("Cannot change phase %1: %2").arg(step.phaseId).arg(u.error()));
            auto s = runSql(m_db,
                QStringLiteral("UPDATE lifecycle_steps SET state = 'done', updated_at = ? WHERE id = ?"),
                { at, step.id });
            if (!s)
                return Unexpected(tr("Cannot record step %1: %2").arg(step.id).arg(s.error()));
        }
        if (op.afterStartsAt.isValid() || !op.afterStatus.isEmpty()) {
            auto a = runSql(m_db,
                QStringLiteral("UPDATE appointments SET starts_at = COALESCE(?, starts_at), status = "
                               "COALESCE(?, status) "
                               "WHERE id = ?"),
                { toSqlTimeOrNull(op.afterStartsAt), nullableText(op.afterStatus), op.appointmentId });
            if (!a)
                return Unexpected(
                    tr("Cannot change appointment %1: %2").arg(op.appointmentId).arg(a.error()));
        }
    }
    auto o = runSql(m_db,
        QStringLiteral(
            "UPDATE lifecycle_operations SET state = ?, claim_token = NULL, error = ?, updated_at = ? "
            "WHERE id = ?"),
        { toString(state), nullableText(error), at, op.id });
    if (!o)
        return Unexpected(tr("Cannot finish change %1: %2").arg(op.id).arg(o.error()));
    if (auto a = audit(QStringLiteral("appointment.%1.%2").arg(toString(op.kind), toString(state)),
            QStringLiteral("appointments/%1").arg(op.appointmentId),
            { { QStringLiteral("startsAt"), time(op.beforeStartsAt) },
                { QStringLiteral("status"), op.beforeStatus } },
            { { QStringLiteral("operation"), op.id }, { QStringLiteral("startsAt"), time(op.afterStartsAt) },
                { QStringLiteral("status"), op.afterStatus }, { QStringLiteral("error"), error } });
        !a)
        return a;
    if (!tx.commit())
        return Unexpected(tr("Cannot finish change %1: %2").arg(op.id).arg(tx.error()));
    return Done {};
}

} // namespace salon::lifecycle
