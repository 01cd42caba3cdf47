#include "SickDayDialog.h"
#include "ui/DateTimeText.h"

#include "LifecycleJobBuilder.h"
#include "StepProgressModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace salon::ui
{

using namespace salon::lifecycle;

SickDayDialog::SickDayDialog(LifecycleJobBuilder* jobs, const QList<StaffChoice>& staff,
    const QString& fromStaffId, const QDate& day, QWidget* parent)
    : LifecycleActionDialog(jobs, parent)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_day(new QDateEdit(this))
{
    setWindowTitle(tr("Off on a day"));
    setIntro(tr("A staff member is off (ill, on leave): every one of their steps on that day goes to another "
                "staff member. Each appointment changes as a whole or not at all; the check shows which can "
                "go before anything changes."));
    m_from->setObjectName(QStringLiteral("fromStaff"));
    m_to->setObjectName(QStringLiteral("toStaff"));
    m_to->addItem(tr("Choose a staff member…"), QString());
    for (const StaffChoice& s : staff) {
        m_from->addItem(s.second, s.first);
        m_to->addItem(s.second, s.first);
    }
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(DateTimeText::dateFormat());
    form()->addRow(tr("&Staff member who is off:"), m_from);
    form()->addRow(tr("&Day:"), m_day);
    form()->addRow(tr("&Steps go to:"), m_to);
    setConfirmText(tr("Hand over the day"));
    setColumnShown(StepProgressModel::AppointmentColumn, true);
    select(fromStaffId, QString(), day);
    connect(m_from, &QComboBox::currentIndexChanged, this, &SickDayDialog::checkSoon);
    connect(m_to, &QComboBox::currentIndexChanged, this, &SickDayDialog::checkSoon);
    connect(m_day, &QDateEdit::dateChanged, this, &SickDayDialog::checkSoon);
    checkNow();
}

void SickDayDialog::select(const QString& fromStaffId, const QString& toStaffId, const QDate& day)
{
    if (!fromStaffId.isEmpty())
        m_from->setCurrentIndex(qMax(0, m_from->findData(fromStaffId)));
    m_to->setCurrentIndex(qMax(0, m_to->findData(toStaffId)));
    if (day.isValid())
        m_day->setDate(day);
}

LifecycleJob* SickDayDialog::makeJob(bool dryRun, QString* why)
{
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    if (to.isEmpty()) {
        *why = tr("Choose who takes over the steps: their availability is then checked in Cal.com.");
        return nullptr;
    }
    if (from == to) {
        *why = tr("The steps must go to someone else than %1.").arg(m_from->currentText());
        return nullptr;
    }
    return jobs()->sickDay(from, to, m_day->date(), dryRun);
}

QString SickDayDialog::describePlans(const QList<ChangePlan>& plans, bool* canConfirm) const
{
    const QString day = DateTimeText::date(m_day->date());
    int runnable = 0;
    for (const ChangePlan& plan : plans)
        runnable += plan.canRun() ? 1 : 0;
    *canConfirm = runnable > 0;
    if (plans.isEmpty())
        return tr("%1 has no steps on %2: nothing to hand over.").arg(m_from->currentText(), day);
    const QStringList problems = problemLines(plans);
    QString text
        = tr("%1 has %n appointment(s) on %2.", nullptr, int(plans.size())).arg(m_from->currentText(), day);
    text += QLatin1Char(' ') + tr("%n can go to %1.", nullptr, runnable).arg(m_to->currentText());
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + tr("%n cannot (they stay as they are):", nullptr, int(problems.size()))
            + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    return text;
}

QString SickDayDialog::describeReport(const LifecycleReport& report) const
{
    const int done = report.count(AppointmentOutcome::Result::Done);
    QStringList lines;
    lines.append(tr("%n appointment(s) handed over to %1.", nullptr, done).arg(m_to->currentText()));
    QStringList notMoved;
    for (const AppointmentOutcome& o : report.appointments) {
        if (o.isOk())
            continue;
        QString line = tr("Appointment %1: %2").arg(o.appointmentId).arg(o.message);
        if (!o.nextStep.isEmpty())
            line += QLatin1Char('\n') + tr("Next step: %1").arg(o.nextStep);
        notMoved.append(line);
    }
    if (!notMoved.isEmpty()) {
        lines.append(tr("Not moved — still with %1:").arg(m_from->currentText()));
        lines.append(notMoved);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace salon::ui
