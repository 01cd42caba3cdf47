#include "SickDayJob.h"

#include "ChangeDrafts.h"

#include <QTimeZone>

namespace salon::lifecycle
{

SickDayJob::SickDayJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    QString fromStaffId, QString toStaffId, QDate day, const LifecycleOptions& options, QObject* parent)
    : LifecycleJob(worker, client, teamId, options, parent)
    , m_fromStaffId(std::move(fromStaffId))
    , m_toStaffId(std::move(toStaffId))
    , m_day(day)
{
}

QString SickDayJob::reason() const
{
    return tr("Handed to another staff member: the planned one is off that day.");
}

QDateTime SickDayJob::dayStart() const
{
    QTimeZone zone(options().timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime(m_day, QTime(0, 0), zone).toUTC();
}

Expected<LifecycleJob::Selection, QString> SickDayJob::select(LifecycleDb::Access& db) const
{
    if (m_fromStaffId == m_toStaffId)
        return Unexpected(tr("The staff member who is off and the one who takes over are the same."));
    for (const QString& id : { m_fromStaffId, m_toStaffId }) {
        auto staff = db.snapshots.staffMember(id);
        if (!staff)
            return Unexpected(staff.error());
        if (!*staff)
            return Unexpected(tr("Staff member %1 does not exist.").arg(id));
    }
    QTimeZone zone(options().timeZone.toUtf8());
    const QDateTime from = dayStart();
    const QDateTime to
        = QDateTime(m_day.addDays(1), QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
    auto appointments = db.snapshots.appointmentsOfStaff(m_fromStaffId, from, to);
    if (!appointments)
        return Unexpected(appointments.error());
    return Selection { *appointments, { m_toStaffId } };
}

ChangePlan SickDayJob::draft(const AppointmentSnapshot& snapshot) const
{
    QTimeZone zone(options().timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    QList<qint64> phases;
    for (const AppointmentPhase& p : snapshot.appointment.phases)
        if (p.staffRequired && p.staffId == m_fromStaffId && p.startsAt.toTimeZone(zone).date() == m_day)
            phases.append(p.id);
    return ChangeDrafts::restaff(snapshot, phases, m_toStaffId);
}

QString SickDayJob::nextStepForBlockers(const ChangePlan& plan) const
{
    return LifecycleJob::nextStepForBlockers(plan) + QLatin1Char(' ')
        + tr("Or hand appointment %1 to someone else with `salon-admin-cli reassign --appointment %1 --staff "
             "UUID`, or "
             "move it with `salon-admin-cli move-appointment %1 --to DATETIME`.")
              .arg(plan.appointmentId);
}

} // namespace salon::lifecycle
