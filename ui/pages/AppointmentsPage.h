#pragma once

#include "NewAppointmentDialog.h"
#include "TablePage.h"
#include "core/domain/AppointmentAccess.h"

#include <optional>

namespace salon::ui
{

class AppointmentLifecycleActions;
class LifecycleJobBuilder;
struct SelectedAppointment;

// Appointments, with the phases of the selected one below. New appointments get their phases from
// their service's segments (AppointmentPhasePlanner, written by core's AppointmentAccess). Cancel, Move
// and Change staff go through core's lifecycle jobs (AppointmentLifecycleActions); start and staff are not
// edited in the tables. Delete offers to cancel an appointment's live bookings first.
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
    // Adds Cancel appointment…, Move… and Change staff… (jobs: not owned, outlives the page).
    void setLifecycle(LifecycleJobBuilder* jobs);
    AppointmentLifecycleActions* lifecycleActions() const { return m_lifecycle; }

public slots:
    void deleteCurrentRow() override;

protected:
    void openAddForm() override;

private:
    std::optional<SelectedAppointment> selectedAppointment() const;
    void offerCancelBeforeDelete(qint64 id, const QString& what, int bookings);

    TablePage* m_phases;
    LifecycleJobBuilder* m_jobs = nullptr;
    AppointmentLifecycleActions* m_lifecycle = nullptr;
    AppointmentAccess m_appointments;
};

} // namespace salon::ui
