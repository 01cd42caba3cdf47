#pragma once

#include "NewAppointmentDialog.h"
#include "TablePage.h"

namespace salon::ui
{

// Appointments, with the phases of the selected one below. New appointments get their phases from
// their service's segments (AppointmentPhasePlanner).
class AppointmentsPage : public TablePage
{
    Q_OBJECT
public:
    explicit AppointmentsPage(const DatabaseUrl& url, QWidget* parent = nullptr);

    // The phases of the selected appointment.
    TablePage* phasesPanel() const { return m_phases; }
    // Loads the bookable services with their segments and staff, then calls done (for the dialog).
    void loadServiceChoices(std::function<void(QList<ServiceChoice>, QString error)> done);
    // Writes an appointment and its phases; done gets the new id or an error.
    void createAppointment(const NewAppointment& appointment,
        std::function<void(const LazySqlTableModel::WriteResult&)> done = {});

    void setTimeZone(const QTimeZone& zone) override;

protected:
    void openAddForm() override;

private:
    TablePage* m_phases;
};

} // namespace salon::ui
