#pragma once

#include "LifecycleActionDialog.h"

#include <QDate>
#include <QPair>

class QComboBox;
class QDateEdit;

namespace salon::ui
{

// Off on a day…: every staff step of one staff member on one day goes to another staff member (a sick
// day), each appointment all or nothing. The check lists every step with the new staff member's
// availability; confirming hands over the appointments that can go, and the summary lists what could not
// be moved with the next step for each. Object names: "fromStaff", "toStaff", "day".
class SickDayDialog : public LifecycleActionDialog
{
    Q_OBJECT
public:
    using StaffChoice = QPair<QString, QString>; // id, name

    SickDayDialog(LifecycleJobBuilder* jobs, const QList<StaffChoice>& staff, const QString& fromStaffId,
        const QDate& day, QWidget* parent = nullptr);

    void select(const QString& fromStaffId, const QString& toStaffId, const QDate& day);

protected:
    lifecycle::LifecycleJob* makeJob(bool dryRun, QString* why) override;
    QString describePlans(const QList<lifecycle::ChangePlan>& plans, bool* canConfirm) const override;
    QString describeReport(const lifecycle::LifecycleReport& report) const override;

private:
    QComboBox* m_from;
    QComboBox* m_to;
    QDateEdit* m_day;
};

} // namespace salon::ui
