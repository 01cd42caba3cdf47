#include "HostPutBackJob.h"

#include "lifecycle/ChangeDrafts.h"

namespace salon::drift
{

HostPutBackJob::HostPutBackJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    qint64 phaseId, QString expectedUid, QString calcomStaffId, const lifecycle::LifecycleOptions& options,
    QObject* parent)
    : LifecycleJob(worker, client, teamId, options, parent)
    , m_phaseId(phaseId)
    , m_expectedUid(std::move(expectedUid))
    , m_calcomStaffId(std::move(calcomStaffId))
{
}

QString HostPutBackJob::reason() const
{
    return tr("Booked again with the salon's staff member for this step.");
}

Expected<lifecycle::LifecycleJob::Selection, QString> HostPutBackJob::select(
    lifecycle::LifecycleDb::Access& db) const
{
    auto appointments = db.snapshots.appointmentsOfPhases({ m_phaseId });
    if (!appointments)
        return Unexpected(appointments.error());
    if (appointments->isEmpty())
        return Unexpected(tr("Phase %1 does not exist.").arg(m_phaseId));
    QStringList extra;
    if (!m_calcomStaffId.isEmpty())
        extra << m_calcomStaffId;
    return Selection { *appointments, extra };
}

lifecycle::ChangePlan HostPutBackJob::draft(const lifecycle::AppointmentSnapshot& snapshot) const
{
    lifecycle::ChangePlan plan
        = lifecycle::ChangeDrafts::rebookOnOwnStaff(snapshot, m_phaseId, m_calcomStaffId);
    const AppointmentPhase* phase = snapshot.phase(m_phaseId);
    if (plan.refusal.isEmpty() && phase && phase->calcomBookingUid != m_expectedUid) {
        plan.refusal = tr("Phase %1 changed since Cal.com was read (it stores booking %2 now, not %3).")
                           .arg(m_phaseId)
                           .arg(phase->calcomBookingUid, m_expectedUid);
        plan.nextStep = tr("Look at Cal.com again; the change is shown anew if it is still there.");
    }
    return plan;
}

} // namespace salon::drift
