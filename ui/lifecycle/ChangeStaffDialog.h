#pragma once

#include "LifecycleActionDialog.h"

#include <QPair>

class QComboBox;

namespace salon::ui
{

// Change staff…: one step or every staff step of an appointment goes to another staff member — booked
// anew on their event type, then the old booking cancelled. The check shows each step's availability for
// the new staff member (or that the event map has no event type for them). Object names: "stepChoice",
// "staffChoice".
class ChangeStaffDialog : public LifecycleActionDialog
{
    Q_OBJECT
public:
    struct StepChoice {
        qint64 phaseId = 0;
        QString label; // "B · Fabian Spitzer · 10:45–11:00"
    };
    using StaffChoice = QPair<QString, QString>; // id, name

    // steps: the appointment's staff steps; staff: who may take them.
    ChangeStaffDialog(LifecycleJobBuilder* jobs, qint64 appointmentId, const QString& description,
        const QList<StepChoice>& steps, const QList<StaffChoice>& staff, qint64 preselectedPhase = 0,
        QWidget* parent = nullptr);

    // 0 = every staff step.
    qint64 selectedPhase() const;
    QString selectedStaff() const;
    void select(qint64 phaseId, const QString& staffId);

protected:
    lifecycle::LifecycleJob* makeJob(bool dryRun, QString* why) override;
    QString describePlans(const QList<lifecycle::ChangePlan>& plans, bool* canConfirm) const override;

private:
    qint64 m_appointmentId;
    QComboBox* m_step;
    QComboBox* m_staff;
};

} // namespace salon::ui
