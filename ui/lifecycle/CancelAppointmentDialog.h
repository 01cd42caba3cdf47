#pragma once

#include "LifecycleActionDialog.h"

class QLineEdit;

namespace salon::ui
{

// Cancel appointment…: the reason Cal.com sends the customer (a default one when empty); the check says
// how many Cal.com bookings will be cancelled before the admin confirms. Object names: "reason".
class CancelAppointmentDialog : public LifecycleActionDialog
{
    Q_OBJECT
public:
    // description: how the page names the appointment ("appointment 763 (Anna Muster, 2030-11-26 10:00)").
    CancelAppointmentDialog(LifecycleJobBuilder* jobs, qint64 appointmentId, const QString& description,
        QWidget* parent = nullptr);

    qint64 appointmentId() const { return m_appointmentId; }

protected:
    lifecycle::LifecycleJob* makeJob(bool dryRun, QString* why) override;
    QString describePlans(const QList<lifecycle::ChangePlan>& plans, bool* canConfirm) const override;

private:
    qint64 m_appointmentId;
    QLineEdit* m_reason;
};

} // namespace salon::ui
