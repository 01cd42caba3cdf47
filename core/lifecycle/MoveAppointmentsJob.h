#pragma once

#include "LifecycleJob.h"

#include <QDateTime>
#include <QHash>

namespace salon::lifecycle
{

// Moves appointments to new starts: every phase shifts by the same offset (processing gaps too). Before
// anything changes, every staff step is checked at its new time (ChangePlanner); one not free -> nothing
// changes and the plan names the step, the staff member and the time. Booked steps are rescheduled (the
// phase row keeps its id and gets the new uid; the old one stays in lifecycle_steps), multi-duration ones
// cancelled and booked again; unbooked ones just move and are booked by the next sync. A failure half way
// puts the moved steps back.
class MoveAppointmentsJob : public LifecycleJob
{
    Q_OBJECT
public:
    struct Target {
        qint64 appointmentId = 0;
        QDateTime newStart;
    };

    MoveAppointmentsJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
        QList<Target> targets, const LifecycleOptions& options, QObject* parent = nullptr);

protected:
    QString runKind() const override { return QStringLiteral("move"); }
    Expected<Selection, QString> select(LifecycleDb::Access& db) const override;
    ChangePlan draft(const AppointmentSnapshot& snapshot) const override;
    QString reason() const override;

private:
    QList<Target> m_targets;
    QHash<qint64, QDateTime> m_startOf;
};

} // namespace salon::lifecycle
