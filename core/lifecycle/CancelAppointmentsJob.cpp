#include "CancelAppointmentsJob.h"

#include "ChangeDrafts.h"

namespace salon::lifecycle
{

CancelAppointmentsJob::CancelAppointmentsJob(DatabaseWorker* worker, calcom::CalcomClient* client,
    qint64 teamId, QList<qint64> appointmentIds, const QString& reason, const LifecycleOptions& options,
    QObject* parent)
    : LifecycleJob(worker, client, teamId, options, parent)
    , m_appointmentIds(std::move(appointmentIds))
    , m_reason(reason.trimmed().isEmpty() ? defaultReason() : reason.trimmed())
{
}

QString CancelAppointmentsJob::defaultReason()
{
    return tr("Cancelled by the salon.");
}

Expected<LifecycleJob::Selection, QString> CancelAppointmentsJob::select(LifecycleDb::Access&) const
{
    return Selection { m_appointmentIds, {} };
}

ChangePlan CancelAppointmentsJob::draft(const AppointmentSnapshot& snapshot) const
{
    return ChangeDrafts::cancel(snapshot, m_reason);
}

} // namespace salon::lifecycle
