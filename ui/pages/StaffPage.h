#pragma once

#include "TablePage.h"
#include "core/domain/AppointmentAccess.h"

namespace salon::ui
{

class LifecycleJobBuilder;
class SickDayDialog;

// The staff table with Off on a day… (a sick day): every step of the selected staff member on one day goes
// to another staff member, through core's SickDayJob (SickDayDialog).
class StaffPage : public TablePage
{
    Q_OBJECT
public:
    explicit StaffPage(DatabaseSession* session, QWidget* parent = nullptr);

    // Enables Off on a day… (jobs: not owned, outlives the page).
    void setLifecycle(LifecycleJobBuilder* jobs);
    // Opens the dialog for the selected staff member (what the action does).
    void openSickDay();

signals:
    void sickDayOpened(salon::ui::SickDayDialog* dialog);

private:
    void updateSickDayAction();

    AppointmentAccess m_staffChoices;
    LifecycleJobBuilder* m_jobs = nullptr;
    QAction* m_sickDay;
};

} // namespace salon::ui
