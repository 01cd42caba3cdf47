#include "CancelAppointmentDialog.h"

#include "LifecycleJobBuilder.h"
#include "StepProgressModel.h"
#include "core/lifecycle/CancelAppointmentsJob.h"

#include <QFormLayout>
#include <QLineEdit>

namespace salon::ui
{

using namespace salon::lifecycle;

CancelAppointmentDialog::CancelAppointmentDialog(
    LifecycleJobBuilder* jobs, qint64 appointmentId, const QString& description, QWidget* parent)
    : LifecycleActionDialog(jobs, parent)
    , m_appointmentId(appointmentId)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Cancel appointment"));
    setIntro(tr("Cancels %1 and every booking of its steps in Cal.com. The customer gets the reason with the "
                "cancellation.")
                 .arg(description));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(CancelAppointmentsJob::defaultReason());
    m_reason->setClearButtonEnabled(true);
    form()->addRow(tr("&Reason:"), m_reason);
    setConfirmText(tr("Cancel appointment"));
    setCloseText(tr("Keep appointment"));
    setColumnShown(StepProgressModel::AvailabilityColumn, false); // a cancel needs no free time
    // The reason does not change what is cancelled: one check when the dialog opens.
    checkNow();
}

LifecycleJob* CancelAppointmentDialog::makeJob(bool dryRun, QString*)
{
    return jobs()->cancel({ m_appointmentId }, m_reason->text().trimmed(), dryRun);
}

QString CancelAppointmentDialog::describePlans(const QList<ChangePlan>& plans, bool* canConfirm) const
{
    *canConfirm = false;
    if (plans.isEmpty())
        return tr("Appointment %1 was not found.").arg(m_appointmentId);
    const ChangePlan& plan = plans.first();
    if (plan.nothingToDo)
        return tr("Appointment %1 is already cancelled; no booking is live in Cal.com.").arg(m_appointmentId);
    if (!plan.refusal.isEmpty())
        return problemLines(plans).join(QLatin1Char('\n'));
    *canConfirm = true;
    const int bookings = plan.calcomChanges();
    const int local = int(plan.steps.size()) - bookings;
    QString text = bookings > 0 ? tr("Confirming cancels %n booking(s) in Cal.com.", nullptr, bookings)
                                : tr("No step is booked in Cal.com: nothing is sent there.");
    if (local > 0)
        text += QLatin1Char(' ')
            + tr("%n step(s) without a booking are marked cancelled here only.", nullptr, local);
    return text;
}

} // namespace salon::ui
