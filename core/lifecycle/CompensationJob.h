#pragma once

#include "LifecycleJob.h"

namespace salon::lifecycle
{

// The sync engine's "first booking as one": when a step of an appointment's first booking fails after
// others were booked in the same run, this cancels those again (their phases go back to pending with the
// reason), recorded like every lifecycle change, so a crash half way is finished by the next run. Runs on
// the sync batch's DatabaseWorker and does not touch other unfinished changes.
class CompensationJob : public LifecycleJob
{
    Q_OBJECT
public:
    CompensationJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, qint64 appointmentId,
        QList<qint64> phaseIds, QString reason, const LifecycleOptions& options, QObject* parent = nullptr);

protected:
    QString runKind() const override { return QStringLiteral("sync"); }
    Expected<Selection, QString> select(LifecycleDb::Access& db) const override;
    ChangePlan draft(const AppointmentSnapshot& snapshot) const override;
    QString reason() const override { return m_reason; }

private:
    qint64 m_appointmentId;
    QList<qint64> m_phaseIds;
    QString m_reason;
};

} // namespace salon::lifecycle
