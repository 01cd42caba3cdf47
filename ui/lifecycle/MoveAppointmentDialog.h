#pragma once

#include "LifecycleActionDialog.h"

#include <QDateTime>

class QDateEdit;
class QTimeEdit;

namespace salon::ui
{

// Move…: a new date and time; every step shifts by the same offset and is shown at its new time with its
// availability in Cal.com (checked as the admin picks); a busy step keeps the confirm button disabled.
// Object names: "newDate", "newTime".
class MoveAppointmentDialog : public LifecycleActionDialog
{
    Q_OBJECT
public:
    MoveAppointmentDialog(LifecycleJobBuilder* jobs, qint64 appointmentId, const QString& description,
        const QDateTime& currentStart, QWidget* parent = nullptr);

    // The new start the form names, in the salon's time zone.
    QDateTime newStart() const;
    void setNewStart(const QDateTime& start);

protected:
    lifecycle::LifecycleJob* makeJob(bool dryRun, QString* why) override;
    QString describePlans(const QList<lifecycle::ChangePlan>& plans, bool* canConfirm) const override;

private:
    qint64 m_appointmentId;
    QDateTime m_currentStart;
    QDateEdit* m_date;
    QTimeEdit* m_time;
};

} // namespace salon::ui
