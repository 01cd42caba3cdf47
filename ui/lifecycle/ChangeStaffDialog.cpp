#include "ChangeStaffDialog.h"

#include "LifecycleJobBuilder.h"

#include <QComboBox>
#include <QFormLayout>

namespace salon::ui
{

using namespace salon::lifecycle;

ChangeStaffDialog::ChangeStaffDialog(LifecycleJobBuilder* jobs, qint64 appointmentId,
    const QString& description, const QList<StepChoice>& steps, const QList<StaffChoice>& staff,
    qint64 preselectedPhase, QWidget* parent)
    : LifecycleActionDialog(jobs, parent)
    , m_appointmentId(appointmentId)
    , m_step(new QComboBox(this))
    , m_staff(new QComboBox(this))
{
    setWindowTitle(tr("Change staff"));
    setIntro(tr("Hands steps of %1 to another staff member: each is booked in Cal.com for the new staff "
                "member first, then the old booking is cancelled, so the customer always has a booking.")
                 .arg(description));
    m_step->setObjectName(QStringLiteral("stepChoice"));
    m_step->addItem(tr("Every staff step"), qint64(0));
    for (const StepChoice& s : steps)
        m_step->addItem(tr("Step %1").arg(s.label), s.phaseId);
    m_staff->setObjectName(QStringLiteral("staffChoice"));
    m_staff->addItem(tr("Choose a staff member…"), QString());
    for (const StaffChoice& s : staff)
        m_staff->addItem(s.second, s.first);
    form()->addRow(tr("&Steps:"), m_step);
    form()->addRow(tr("&To staff member:"), m_staff);
    setConfirmText(tr("Change staff"));
    setCloseText(tr("Keep the staff"));
    select(preselectedPhase, QString());
    connect(m_step, &QComboBox::currentIndexChanged, this, &ChangeStaffDialog::checkSoon);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &ChangeStaffDialog::checkSoon);
    checkNow();
}

qint64 ChangeStaffDialog::selectedPhase() const
{
    return m_step->currentData().toLongLong();
}

QString ChangeStaffDialog::selectedStaff() const
{
    return m_staff->currentData().toString();
}

void ChangeStaffDialog::select(qint64 phaseId, const QString& staffId)
{
    const int step = m_step->findData(phaseId);
    m_step->setCurrentIndex(step < 0 ? 0 : step);
    if (!staffId.isEmpty())
        m_staff->setCurrentIndex(qMax(0, m_staff->findData(staffId)));
}

LifecycleJob* ChangeStaffDialog::makeJob(bool dryRun, QString* why)
{
    if (selectedStaff().isEmpty()) {
        *why = tr("Choose who takes the steps: their availability is then checked in Cal.com.");
        return nullptr;
    }
    const qint64 phase = selectedPhase();
    return jobs()->restaff(
        m_appointmentId, phase > 0 ? QList<qint64> { phase } : QList<qint64> {}, selectedStaff(), dryRun);
}

QString ChangeStaffDialog::describePlans(const QList<ChangePlan>& plans, bool* canConfirm) const
{
    const QString base = LifecycleActionDialog::describePlans(plans, canConfirm);
    if (!*canConfirm || plans.isEmpty())
        return base;
    const int bookings = plans.first().calcomChanges();
    return bookings > 0
        ? tr(
            "%1 is free for every step. Confirming books %n step(s) for them in Cal.com and then cancels the "
            "old booking(s).",
            nullptr, bookings)
              .arg(m_staff->currentText())
        : tr("%1 is free for every step. No step is booked yet: the steps change here, and the next sync "
             "books them.")
              .arg(m_staff->currentText());
}

} // namespace salon::ui
