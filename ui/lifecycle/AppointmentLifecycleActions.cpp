#include "AppointmentLifecycleActions.h"
#include "ui/DateTimeText.h"

#include "CancelAppointmentDialog.h"
#include "LifecycleJobBuilder.h"
#include "MoveAppointmentDialog.h"

#include <QAction>
#include <QPointer>
#include <QWidget>

namespace salon::ui
{

AppointmentLifecycleActions::AppointmentLifecycleActions(
    LifecycleJobBuilder* jobs, DatabaseWorker* worker, QWidget* owner)
    : QObject(owner)
    , m_jobs(jobs)
    , m_appointments(worker)
    , m_owner(owner)
    , m_cancel(new QAction(tr("Cancel appointment…"), owner))
    , m_move(new QAction(tr("Move…"), owner))
    , m_changeStaff(new QAction(tr("Change staff…"), owner))
{
    m_cancel->setObjectName(QStringLiteral("cancelAppointmentAction"));
    m_cancel->setToolTip(tr("Cancel the appointment and its bookings in Cal.com"));
    m_move->setObjectName(QStringLiteral("moveAppointmentAction"));
    m_move->setToolTip(tr("Move the appointment and every step to a new start, checked in Cal.com first"));
    m_changeStaff->setObjectName(QStringLiteral("changeStaffAction"));
    m_changeStaff->setToolTip(tr("Hand one step or every staff step to another staff member"));
    connect(m_cancel, &QAction::triggered, this, &AppointmentLifecycleActions::cancelSelected);
    connect(m_move, &QAction::triggered, this, &AppointmentLifecycleActions::moveSelected);
    connect(m_changeStaff, &QAction::triggered, this, &AppointmentLifecycleActions::changeStaffSelected);
    connect(jobs, &LifecycleJobBuilder::readyChanged, this, &AppointmentLifecycleActions::updateEnabled);
    updateEnabled();
}

QList<QAction*> AppointmentLifecycleActions::actions() const
{
    return { m_cancel, m_move, m_changeStaff };
}

SelectedAppointment AppointmentLifecycleActions::selectionOf(
    const sync::QueueAppointment& row, qint64 selectedPhase, const QTimeZone& zone)
{
    const auto hhmm
        = [&](const QDateTime& t) { return t.toTimeZone(zone).toString(QStringLiteral("HH:mm")); };
    SelectedAppointment a;
    a.id = row.id;
    a.description = tr("appointment %1 (%2, %3)")
                        .arg(row.id)
                        .arg(row.customerName, DateTimeText::dateTime(row.startsAt, zone));
    a.start = row.startsAt;
    for (const sync::QueuePhase& p : row.phases)
        if (p.phase.staffRequired)
            a.staffSteps.append({ p.phase.id,
                tr("%1 · %2 · %3–%4")
                    .arg(p.phase.segmentKey, p.staffName, hhmm(p.phase.startsAt), hhmm(p.phase.endsAt)) });
    a.selectedPhase = selectedPhase;
    return a;
}

void AppointmentLifecycleActions::setSelection(std::function<std::optional<SelectedAppointment>()> selection)
{
    m_selection = std::move(selection);
    updateEnabled();
}

void AppointmentLifecycleActions::updateEnabled()
{
    const bool enabled = m_jobs->isReady() && m_selection && m_selection().has_value();
    for (QAction* action : actions()) {
        action->setEnabled(enabled);
        // Why it is off, where the admin looks for it.
        action->setStatusTip(m_jobs->isReady() ? QString() : tr("Cal.com is not connected."));
    }
}

void AppointmentLifecycleActions::show(LifecycleActionDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit dialogOpened(dialog);
    dialog->open();
}

void AppointmentLifecycleActions::cancelSelected()
{
    const auto selected = m_selection ? m_selection() : std::nullopt;
    if (!selected || !m_jobs->isReady())
        return;
    show(new CancelAppointmentDialog(m_jobs, selected->id, selected->description, m_owner));
}

void AppointmentLifecycleActions::moveSelected()
{
    const auto selected = m_selection ? m_selection() : std::nullopt;
    if (!selected || !m_jobs->isReady())
        return;
    show(new MoveAppointmentDialog(m_jobs, selected->id, selected->description, selected->start, m_owner));
}

void AppointmentLifecycleActions::changeStaffSelected()
{
    const auto selected = m_selection ? m_selection() : std::nullopt;
    if (!selected || !m_jobs->isReady())
        return;
    // Who may take the steps: the staff of the appointment's service (every active one while nobody is
    // qualified yet), read in the worker.
    QPointer<QWidget> owner = m_owner;
    m_appointments.loadServiceChoices(
        this, [this, owner, selected](Expected<QList<ServiceChoice>, QString> services) {
            if (!owner)
                return;
            QList<ChangeStaffDialog::StaffChoice> staff;
            if (services) {
                for (const ServiceChoice& s : *services)
                    if (s.id == selected->serviceId)
                        staff = s.staff;
                if (staff.isEmpty())
                    for (const ServiceChoice& s : *services)
                        for (const auto& member : s.staff)
                            if (!staff.contains(member))
                                staff.append(member);
            }
            show(new ChangeStaffDialog(m_jobs, selected->id, selected->description, selected->staffSteps,
                staff, selected->selectedPhase, owner));
        });
}

} // namespace salon::ui
