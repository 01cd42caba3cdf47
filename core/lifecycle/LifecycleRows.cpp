#include "LifecycleRows.h"

#include "db/SqlTime.h"

namespace salon::lifecycle::lifecycle_rows
{

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableNumber(qint64 n)
{
    return n > 0 ? QVariant(n) : QVariant(QMetaType::fromType<qint64>());
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toSqlTime(t)) : QJsonValue();
}

const QString kStepColumns = QStringLiteral(
    "s.id, s.operation_id, s.phase_id, s.position, s.action, s.undo_of, s.state, s.old_booking_id, "
    "s.old_booking_uid, s.new_booking_id, s.new_booking_uid, s.old_staff_id, s.new_staff_id, "
    "s.old_starts_at, "
    "s.old_ends_at, s.new_starts_at, s.new_ends_at, s.event_type_id, s.length_minutes, s.status_after, "
    "s.attempts, s.http_status, s.error, p.appointment_id, p.segment_key, s.old_event_type_id");

LifecycleStep readStep(const QSqlQuery& q)
{
    LifecycleStep s;
    s.id = q.value(0).toLongLong();
    s.operationId = q.value(1).toLongLong();
    s.phaseId = q.value(2).toLongLong();
    s.position = q.value(3).toInt();
    s.action = stepActionFromString(q.value(4).toString()).value_or(StepAction::Update);
    s.undoOf = q.value(5).toLongLong();
    s.state = stepStateFromString(q.value(6).toString()).value_or(StepState::Planned);
    if (!q.value(7).isNull())
        s.oldBookingId = q.value(7).toLongLong();
    s.oldBookingUid = q.value(8).toString();
    if (!q.value(9).isNull())
        s.newBookingId = q.value(9).toLongLong();
    s.newBookingUid = q.value(10).toString();
    s.oldStaffId = q.value(11).toString();
    s.newStaffId = q.value(12).toString();
    s.oldStartsAt = fromSqlTime(q.value(13));
    s.oldEndsAt = fromSqlTime(q.value(14));
    s.newStartsAt = fromSqlTime(q.value(15));
    s.newEndsAt = fromSqlTime(q.value(16));
    s.eventTypeId = q.value(17).toLongLong();
    s.lengthMinutes = q.value(18).toInt();
    s.statusAfter = q.value(19).toString();
    s.attempts = q.value(20).toInt();
    s.httpStatus = q.value(21).toInt();
    s.error = q.value(22).toString();
    s.appointmentId = q.value(23).toLongLong();
    s.segmentKey = q.value(24).toString();
    s.oldEventTypeId = q.value(25).toLongLong();
    return s;
}

} // namespace salon::lifecycle::lifecycle_rows
