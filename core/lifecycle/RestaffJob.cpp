#include "RestaffJob.h"

#include "ChangeDrafts.h"

namespace salon::lifecycle
{

RestaffJob::RestaffJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    QList<qint64> phaseIds, QList<qint64> appointmentIds, QString newStaffId, const LifecycleOptions& options,
    QObject* parent)
    : LifecycleJob(worker, client, teamId, options, parent)
    , m_phaseIds(std::move(phaseIds))
    , m_appointmentIds(std::move(appointmentIds))
    , m_newStaffId(std::move(newStaffId))
{
}

QString RestaffJob::reason() const
{
    return tr("Handed to another staff member by the salon.");
}

Expected<LifecycleJob::Selection, QString> RestaffJob::select(LifecycleDb::Access& db) const
{
    auto staff = db.snapshots.staffMember(m_newStaffId);
    if (!staff)
        return Unexpected(staff.error());
    if (!*staff)
        return Unexpected(tr("Staff member %1 does not exist.").arg(m_newStaffId));
    if (m_phaseIds.isEmpty())
        return Selection { m_appointmentIds, { m_newStaffId } };
    auto appointments = db.snapshots.appointmentsOfPhases(m_phaseIds);
    if (!appointments)
        return Unexpected(appointments.error());
    return Selection { *appointments, { m_newStaffId } };
}

ChangePlan RestaffJob::draft(const AppointmentSnapshot& snapshot) const
{
    QList<qint64> phases;
    for (qint64 id : m_phaseIds)
        if (snapshot.phase(id))
            phases.append(id);
    return ChangeDrafts::restaff(snapshot, phases, m_newStaffId);
}

} // namespace salon::lifecycle
