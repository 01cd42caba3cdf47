#pragma once

#include "NewAppointmentDialog.h"
#include "TablePage.h"
#include "core/domain/AppointmentAccess.h"

namespace salon::ui
{

// Appointments, with the phases of the selected one below. New appointments get their phases from
// their service's segments (AppointmentPhasePlanner, written by core's AppointmentAccess).
class AppointmentsPage : public TablePage
{
    Q_OBJECT
public:
    explicit AppointmentsPage(DatabaseSession* session, QWidget* parent = nullptr);

    // The phases of the selected appointment.
    TablePage* phasesPanel() const { return m_phases; }
    // Writes an appointment and its phases; done gets the new id or an error.
    void createAppointment(
        const NewAppointment& appointment, std::function<void(const tables::WriteResult&)> done = {});

    void setTimeZone(const QTimeZone& zone) override;

protected:
    void openAddForm() override;

private:
    TablePage* m_phases;
    AppointmentAccess m_appointments;
};

} // namespace salon::ui
