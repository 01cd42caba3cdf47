#pragma once

#include "ChangeStaffDialog.h"
#include "core/domain/AppointmentAccess.h"
#include "core/sync/SyncQueueAccess.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace salon::ui
{

class LifecycleActionDialog;
class LifecycleJobBuilder;

// The appointment the admin acts on, as the page (or the sync console) shows it.
struct SelectedAppointment {
    qint64 id = 0;
    QString description; // "appointment 763 (Anna Muster, 2030-11-26 10:00)"
    QDateTime start;
    qint64 serviceId = 0;
    QList<ChangeStaffDialog::StepChoice> staffSteps; // may be empty while the phases load
    qint64 selectedPhase = 0; // a step the admin selected, preselected in Change staff…
};

// Cancel appointment…, Move… and Change staff… for the selected appointment: three actions (children of
// the widget they act for, object names "cancelAppointmentAction", "moveAppointmentAction",
// "changeStaffAction") that open the lifecycle dialogs. Enabled when an appointment is selected and Cal.com
// is connected. The Appointments page and the sync console share them.
class AppointmentLifecycleActions : public QObject
{
    Q_OBJECT
public:
    AppointmentLifecycleActions(LifecycleJobBuilder* jobs, DatabaseWorker* worker, QWidget* owner);

    QList<QAction*> actions() const;
    // The sync console's row as the dialogs need it (selectedPhase: a phase row the admin selected, or 0).
    static SelectedAppointment selectionOf(
        const sync::QueueAppointment& row, qint64 selectedPhase, const QTimeZone& zone);
    // Asked when an action is triggered (and when the selection changes, to enable the actions).
    void setSelection(std::function<std::optional<SelectedAppointment>()> selection);
    void updateEnabled();

    // Opens a dialog for the selected appointment (what the actions do).
    void cancelSelected();
    void moveSelected();
    void changeStaffSelected();

signals:
    // A dialog opened (tests drive it; the page may follow what it changes).
    void dialogOpened(salon::ui::LifecycleActionDialog* dialog);

private:
    void show(LifecycleActionDialog* dialog);

    LifecycleJobBuilder* m_jobs;
    AppointmentAccess m_appointments;
    QWidget* m_owner;
    QAction* m_cancel;
    QAction* m_move;
    QAction* m_changeStaff;
    std::function<std::optional<SelectedAppointment>()> m_selection;
};

} // namespace salon::ui
