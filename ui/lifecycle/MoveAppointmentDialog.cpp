#include "MoveAppointmentDialog.h"
#include "ui/DateTimeText.h"

#include "LifecycleJobBuilder.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QTimeEdit>

namespace salon::ui
{

using namespace salon::lifecycle;

MoveAppointmentDialog::MoveAppointmentDialog(LifecycleJobBuilder* jobs, qint64 appointmentId,
    const QString& description, const QDateTime& currentStart, QWidget* parent)
    : LifecycleActionDialog(jobs, parent)
    , m_appointmentId(appointmentId)
    , m_currentStart(currentStart.toTimeZone(jobs->timeZone()))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
{
    setWindowTitle(tr("Move appointment"));
    setIntro(tr("Moves %1 to a new start. Every step moves by the same time, processing times too; each "
                "step is checked in Cal.com at its new time before anything changes.")
                 .arg(description));
    m_date->setObjectName(QStringLiteral("newDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateTimeText::dateFormat());
    m_time->setObjectName(QStringLiteral("newTime"));
    m_time->setDisplayFormat(DateTimeText::timeFormat());
    m_date->setDate(m_currentStart.date());
    m_time->setTime(m_currentStart.time());
    auto* when = new QWidget(this);
    auto* row = new QHBoxLayout(when);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_date);
    row->addWidget(m_time);
    row->addStretch(1);
    form()->addRow(tr("&New start:"), when);
    setConfirmText(tr("Move appointment"));
    setCloseText(tr("Keep the time"));
    connect(m_date, &QDateEdit::dateChanged, this, &MoveAppointmentDialog::checkSoon);
    connect(m_time, &QTimeEdit::timeChanged, this, &MoveAppointmentDialog::checkSoon);
    checkNow();
}

QDateTime MoveAppointmentDialog::newStart() const
{
    return QDateTime(m_date->date(), m_time->time(), timeZone());
}

void MoveAppointmentDialog::setNewStart(const QDateTime& start)
{
    const QDateTime local = start.toTimeZone(timeZone());
    m_date->setDate(local.date());
    m_time->setTime(local.time());
}

LifecycleJob* MoveAppointmentDialog::makeJob(bool dryRun, QString* why)
{
    if (newStart() == m_currentStart) {
        *why = tr("Choose the new date and time: each step is then checked in Cal.com at its new time.");
        return nullptr;
    }
    return jobs()->move(m_appointmentId, newStart(), dryRun);
}

QString MoveAppointmentDialog::describePlans(const QList<ChangePlan>& plans, bool* canConfirm) const
{
    const QString base = LifecycleActionDialog::describePlans(plans, canConfirm);
    if (!*canConfirm || plans.isEmpty())
        return base;
    const ChangePlan& plan = plans.first();
    const int unverified = int(std::count_if(plan.steps.cbegin(), plan.steps.cend(),
        [](const PlannedStep& s) { return s.availability == Availability::Unverified; }));
    QString text = plan.calcomChanges() > 0
        ? tr("Every step is free at its new time. Confirming moves %n booking(s) in Cal.com to %1.", nullptr,
            plan.calcomChanges())
              .arg(whenText(plan.newStart))
        : tr("Every step is free at its new time. No step is booked yet: the appointment moves here, and the "
             "next sync books it at %1.")
              .arg(whenText(plan.newStart));
    if (unverified > 0)
        text += QLatin1Char(' ')
            + tr("%n step(s) overlap their own old time; Cal.com decides when they move (if it refuses, "
                 "everything is put back).",
                nullptr, unverified);
    return text;
}

} // namespace salon::ui
