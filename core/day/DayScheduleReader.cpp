#include "DayScheduleReader.h"

#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "domain/AppointmentStatus.h"
#include "domain/DomainRows.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace salon::day
{

namespace
{
// The appointments with a step overlapping [from, to).
const QString kAppointmentsOfDay = QStringLiteral(
    "SELECT DISTINCT appointment_id FROM appointment_phases WHERE starts_at < ? AND ends_at > ?");

StepState stateOf(const DayStep& step, const DayAppointment& appointment)
{
    if (!appointment.owedKind.isEmpty())
        return StepState::Owed;
    if (step.syncStatus == SyncStatus::Cancelled
        || appointment.status.trimmed().compare(AppointmentStatus::kCancelled, Qt::CaseInsensitive) == 0)
        return StepState::Cancelled;
    switch (step.syncStatus) {
    case SyncStatus::Synced:
        return StepState::Synced;
    case SyncStatus::Failed:
        return StepState::Failed;
    case SyncStatus::Skipped:
        // A processing time is never booked: it reads as its appointment does.
        return step.staffRequired ? StepState::Pending : StepState::Synced;
    default:
        return StepState::Pending;
    }
}

// Whole hours from the earliest start to the latest end, salon-local, of the steps in the window.
Expected<std::pair<int, int>, QString> salonHours(
    const QSqlDatabase& db, const QDate& date, const QTimeZone& zone)
{
    const QDateTime from(date.addDays(-DayScheduleReader::kHoursWindowDays), QTime(0, 0), zone);
    const QDateTime to(date.addDays(DayScheduleReader::kHoursWindowDays + 1), QTime(0, 0), zone);
    auto q = runSql(db,
        QStringLiteral(
            "SELECT starts_at, ends_at FROM appointment_phases WHERE starts_at < ? AND ends_at > ?"),
        { toSqlTime(to), toSqlTime(from) });
    if (!q)
        return Unexpected(q.error());
    int first = 24 * 60;
    int last = 0;
    while (q->next()) {
        const QDateTime start = fromSqlTime(q->value(0)).toTimeZone(zone);
        const QDateTime end = fromSqlTime(q->value(1)).toTimeZone(zone);
        first = std::min(first, start.time().hour() * 60 + start.time().minute());
        const int endMinute
            = end.date() > start.date() ? 24 * 60 : end.time().hour() * 60 + end.time().minute();
        last = std::max(last, endMinute);
    }
    if (first >= last)
        return std::pair { 9 * 60, 18 * 60 };
    return std::pair { first / 60 * 60, std::min(24 * 60, (last + 59) / 60 * 60) };
}
} // namespace

DayScheduleReader::DayScheduleReader(DatabaseWorker* worker)
    : m_worker(worker)
{
}

Expected<DaySchedule, QString> DayScheduleReader::read(
    const QSqlDatabase& db, const QDate& date, const QTimeZone& zone)
{
    DaySchedule day;
    day.date = date;
    day.zone = zone;
    const QString from = toSqlTime(QDateTime(date, QTime(0, 0), zone));
    const QString to = toSqlTime(QDateTime(date.addDays(1), QTime(0, 0), zone));

    auto appointments = runSql(db,
        QStringLiteral("SELECT a.id, a.service_id, s.name, a.customer_name, a.starts_at, a.status "
                       "FROM appointments a JOIN services s ON s.id = a.service_id "
                       "WHERE a.id IN (%1) ORDER BY a.starts_at, a.id")
            .arg(kAppointmentsOfDay),
        { to, from });
    if (!appointments)
        return Unexpected(tr("Cannot read the appointments of %1: %2")
                              .arg(date.toString(Qt::ISODate), appointments.error()));
    QHash<qint64, int> indexOf;
    while (appointments->next()) {
        DayAppointment a;
        a.id = appointments->value(0).toLongLong();
        a.serviceId = appointments->value(1).toLongLong();
        a.serviceName = appointments->value(2).toString();
        a.customerName = appointments->value(3).toString();
        a.startsAt = fromSqlTime(appointments->value(4));
        a.status = appointments->value(5).toString();
        indexOf.insert(a.id, int(day.appointments.size()));
        day.appointments.append(a);
    }

    auto owed = runSql(db,
        QStringLiteral("SELECT appointment_id, kind FROM lifecycle_operations "
                       "WHERE state IN ('open', 'undoing') AND appointment_id IN (%1) ORDER BY id")
            .arg(kAppointmentsOfDay),
        { to, from });
    if (!owed)
        return Unexpected(
            tr("Cannot read the unfinished changes of %1: %2").arg(date.toString(Qt::ISODate), owed.error()));
    while (owed->next())
        if (auto it = indexOf.constFind(owed->value(0).toLongLong()); it != indexOf.cend())
            day.appointments[*it].owedKind = owed->value(1).toString();

    auto phases = runSql(db,
        QStringLiteral("SELECT %1, seg.name FROM appointment_phases p "
                       "JOIN appointments a ON a.id = p.appointment_id "
                       "LEFT JOIN service_segments seg ON seg.service_id = a.service_id "
                       "AND seg.segment_key = p.segment_key "
                       "WHERE p.appointment_id IN (%2) ORDER BY p.starts_at, p.id")
            .arg(rows::kPhaseColumns, kAppointmentsOfDay),
        { to, from });
    if (!phases)
        return Unexpected(
            tr("Cannot read the steps of %1: %2").arg(date.toString(Qt::ISODate), phases.error()));
    QSet<QString> staffWithSteps;
    while (phases->next()) {
        const AppointmentPhase p = rows::readPhase(*phases);
        auto it = indexOf.constFind(p.appointmentId);
        if (it == indexOf.cend())
            continue;
        DayAppointment& a = day.appointments[*it];
        DayStep s;
        s.phaseId = p.id;
        s.segmentKey = p.segmentKey;
        s.segmentName = phases->value(rows::kPhaseColumnCount).toString();
        if (s.segmentName.isEmpty())
            s.segmentName = p.segmentKey;
        s.staffId = p.staffId;
        s.staffRequired = p.staffRequired;
        s.startsAt = p.startsAt;
        s.endsAt = p.endsAt;
        s.syncStatus = p.syncStatus;
        s.syncError = p.syncError;
        s.state = stateOf(s, a);
        if (!s.staffId.isEmpty())
            staffWithSteps.insert(s.staffId);
        a.steps.append(s);
    }

    auto staff
        = runSql(db, QStringLiteral("SELECT %1 FROM staff ORDER BY name, id").arg(rows::kStaffColumns));
    if (!staff)
        return Unexpected(tr("Cannot read the staff: %1").arg(staff.error()));
    while (staff->next()) {
        const StaffMember member = rows::readStaff(*staff);
        if (member.active || staffWithSteps.contains(member.id))
            day.staff.append({ member.id, member.name, member.active });
    }

    // Cal.com's other bookings of the staff shown (never one of our phases' own).
    auto busy = runSql(db,
        QStringLiteral("SELECT b.booking_uid, st.id, b.starts_at, b.ends_at FROM calcom_busy_bookings b "
                       "JOIN staff st ON st.calcom_user_id = b.calcom_user_id "
                       "WHERE b.starts_at < ? AND b.ends_at > ? AND NOT EXISTS (SELECT 1 FROM "
                       "appointment_phases p WHERE p.calcom_booking_uid = b.booking_uid) "
                       "ORDER BY b.starts_at, b.booking_uid"),
        { to, from });
    if (!busy)
        return Unexpected(tr("Cannot read the busy time from Cal.com of %1: %2")
                              .arg(date.toString(Qt::ISODate), busy.error()));
    while (busy->next()) {
        DayBusy b { busy->value(0).toString(), busy->value(1).toString(), fromSqlTime(busy->value(2)),
            fromSqlTime(busy->value(3)) };
        if (day.staffIndex(b.staffId) >= 0)
            day.busy.append(b);
    }

    auto hours = salonHours(db, date, zone);
    if (!hours)
        return Unexpected(tr("Cannot read the salon's hours: %1").arg(hours.error()));
    day.openFromMinute = hours->first;
    day.openUntilMinute = hours->second;
    return day;
}

void DayScheduleReader::load(const QDate& date, const QTimeZone& zone, QObject* context,
    std::function<void(Expected<DaySchedule, QString>)> done) const
{
    m_worker->post<Expected<DaySchedule, QString>>(
        [date, zone](QSqlDatabase& db) { return read(db, date, zone); }, context, std::move(done));
}

} // namespace salon::day
