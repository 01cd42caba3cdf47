#pragma once

#include "LifecycleJob.h"

namespace salon::lifecycle
{

// Cancels appointments: each booked step is cancelled in Cal.com with the reason (a default one when
// empty: a host must give one, §12.6), the steps without a booking and the appointment at once in the
// database. A step Cal.com cannot cancel now stays owed (visible in the phase's sync error) and is
// finished by the next run. Cancelling again is harmless: "cancelled already" counts as done.
//
//   auto* job = new CancelAppointmentsJob(worker, client, teamId, {763}, reason, options);
//   connect(job, &LifecycleJob::stepProgress, ...);
//   connect(job, &Job::finished, this, [job] { show(job->report()); });
//   job->start();
class CancelAppointmentsJob : public LifecycleJob
{
    Q_OBJECT
public:
    CancelAppointmentsJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
        QList<qint64> appointmentIds, const QString& reason, const LifecycleOptions& options,
        QObject* parent = nullptr);

    // The reason Cal.com gets when the admin gave none (translated).
    static QString defaultReason();

protected:
    QString runKind() const override { return QStringLiteral("cancel"); }
    Expected<Selection, QString> select(LifecycleDb::Access& db) const override;
    ChangePlan draft(const AppointmentSnapshot& snapshot) const override;
    QString reason() const override { return m_reason; }

private:
    QList<qint64> m_appointmentIds;
    QString m_reason;
};

} // namespace salon::lifecycle
