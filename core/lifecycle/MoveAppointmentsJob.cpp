#include "MoveAppointmentsJob.h"

#include "ChangeDrafts.h"

namespace salon::lifecycle
{

MoveAppointmentsJob::MoveAppointmentsJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    QList<Target> targets, const LifecycleOptions& options, QObject* parent)
    : LifecycleJob(worker, client, teamId, options, parent)
    , m_targets(std::move(targets))
{
    for (const Target& t : m_targets)
        m_startOf.insert(t.appointmentId, t.newStart.toUTC());
}

QString MoveAppointmentsJob::reason() const
{
    return tr("Moved by the salon.");
}

Expected<LifecycleJob::Selection, QString> MoveAppointmentsJob::select(LifecycleDb::Access&) const
{
    Selection selection;
    for (const Target& t : m_targets)
        if (!selection.appointments.contains(t.appointmentId))
            selection.appointments.append(t.appointmentId);
    return selection;
}

ChangePlan MoveAppointmentsJob::draft(const AppointmentSnapshot& snapshot) const
{
    return ChangeDrafts::move(snapshot, m_startOf.value(snapshot.appointment.id));
}

} // namespace salon::lifecycle
