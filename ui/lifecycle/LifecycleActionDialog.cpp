#include "LifecycleActionDialog.h"
#include "ui/DateTimeText.h"

#include "LifecycleJobBuilder.h"
#include "StepProgressModel.h"
#include "core/lifecycle/LifecycleJob.h"
#include "ui/pages/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace salon::ui
{

using namespace salon::lifecycle;

LifecycleActionDialog::LifecycleActionDialog(LifecycleJobBuilder* jobs, QWidget* parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_steps(new StepProgressModel(this))
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_checkDelay(new QTimer(this))
    , m_closeText(tr("Close"))
{
    m_steps->setTimeZone(timeZone());
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_view->setObjectName(QStringLiteral("stepView"));
    m_view->setModel(m_steps);
    m_view->setAccessibleName(tr("Steps"));
    // A list to read, not to pick from: a selection would hide the rows' colours.
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false); // long details are elided; the tooltip has them whole
    m_view->verticalHeader()->hide();
    // Every column as wide as its text, the details take the rest (elided; the tooltip has them whole).
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto fitColumns = [this] {
        for (int c = 0; c < StepProgressModel::DetailsColumn; ++c)
            m_view->resizeColumnToContents(c);
    };
    connect(m_steps, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_steps, &QAbstractItemModel::modelReset, this, fitColumns);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, fitColumns);
    m_view->setColumnHidden(StepProgressModel::AppointmentColumn, true);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m appointments"));

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    m_close = buttons->addButton(m_closeText, QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_confirm, &QPushButton::clicked, this, &LifecycleActionDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &LifecycleActionDialog::reject);

    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(400);
    connect(m_checkDelay, &QTimer::timeout, this, &LifecycleActionDialog::checkNow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(980, 460);
}

LifecycleActionDialog::~LifecycleActionDialog()
{
    // A check still asking Cal.com is not needed any more; a run goes on to its end (it may put back).
    if (m_job && m_stage == Stage::Checking)
        m_job->cancel();
}

QTimeZone LifecycleActionDialog::timeZone() const
{
    return m_jobs->timeZone();
}

void LifecycleActionDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
}

void LifecycleActionDialog::setCloseText(const QString& text)
{
    m_closeText = text;
    if (m_stage != Stage::Running && m_stage != Stage::Finished)
        m_close->setText(text);
}

void LifecycleActionDialog::setColumnShown(int column, bool shown)
{
    m_view->setColumnHidden(column, !shown);
}

QString LifecycleActionDialog::whenText(const QDateTime& time) const
{
    return DateTimeText::dateTime(time, timeZone());
}

void LifecycleActionDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool editable = stage != Stage::Running && stage != Stage::Finished;
    for (int i = 0; i < m_form->count(); ++i)
        if (QWidget* w = m_form->itemAt(i)->widget())
            w->setEnabled(editable);
    m_confirm->setText(m_confirmText);
    m_confirm->setVisible(stage != Stage::Finished);
    if (stage != Stage::Checked)
        m_confirm->setEnabled(false);
    m_close->setText(stage == Stage::Running ? tr("Stop")
            : stage == Stage::Finished       ? tr("Close")
                                             : m_closeText);
}

void LifecycleActionDialog::checkSoon()
{
    if (m_stage == Stage::Running || m_stage == Stage::Finished)
        return;
    // What was checked no longer matches the form.
    m_confirm->setEnabled(false);
    m_checkDelay->start();
}

void LifecycleActionDialog::checkNow()
{
    if (m_stage == Stage::Running || m_stage == Stage::Finished)
        return;
    m_checkDelay->stop();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    m_plans.clear();
    m_steps->clear();
    if (!m_jobs->isReady()) {
        setStage(Stage::Editing);
        m_banner->showMessage(tr("Cal.com is not connected, so the change cannot be checked or made. Check "
                                 "the Cal.com settings and the API key (Settings)."),
            RowFinding::Severity::Error);
        return;
    }
    QString why;
    LifecycleJob* job = makeJob(true, &why);
    if (!job) {
        setStage(Stage::Editing);
        m_banner->showMessage(why, RowFinding::Severity::Info);
        return;
    }
    m_job = job;
    connect(job, &LifecycleJob::planned, this, [this](const ChangePlan& plan) {
        m_plans.append(plan);
        m_steps->setPlan(plan);
    });
    connect(job, &Job::finished, this, [this, job] { onCheckDone(job); });
    setStage(Stage::Checking);
    m_banner->showMessage(tr("Checking in Cal.com whether every step is free… nothing changes yet."),
        RowFinding::Severity::Info);
    job->start();
}

void LifecycleActionDialog::onCheckDone(LifecycleJob* job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    ++m_checksFinished;
    if (job->hasError()) {
        setStage(Stage::Editing);
        m_banner->showMessage(
            tr("The check failed: %1").arg(job->errorString()), RowFinding::Severity::Error);
        emit checkFinished(false);
        return;
    }
    m_report = job->report();
    bool canConfirm = false;
    const QString text = describePlans(m_plans, &canConfirm);
    setStage(Stage::Checked);
    m_confirm->setEnabled(canConfirm);
    const bool problems = !problemLines(m_plans).isEmpty();
    m_banner->showMessage(text,
        !canConfirm ? RowFinding::Severity::Error
                    : (problems ? RowFinding::Severity::Warning : RowFinding::Severity::Info));
    emit checkFinished(canConfirm);
}

void LifecycleActionDialog::run()
{
    if (m_stage != Stage::Checked || !m_confirm->isEnabled())
        return;
    QString why;
    LifecycleJob* job = m_jobs->isReady() ? makeJob(false, &why) : nullptr;
    if (!job) {
        m_banner->showMessage(why, RowFinding::Severity::Error);
        return;
    }
    m_job = job;
    m_report = {};
    connect(job, &LifecycleJob::planned, m_steps, &StepProgressModel::setPlan);
    connect(job, &LifecycleJob::stepProgress, m_steps, &StepProgressModel::applyProgress);
    connect(job, &LifecycleJob::appointmentFinished, m_steps, &StepProgressModel::applyOutcome);
    connect(job, &Job::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(job, &Job::finished, this, [this, job] { onRunDone(job); });
    setStage(Stage::Running);
    m_progress->setValue(0);
    m_progress->setVisible(m_plans.size() > 1);
    m_banner->showMessage(tr("Changing the bookings in Cal.com… each step shows its progress below."),
        RowFinding::Severity::Info);
    job->start();
}

void LifecycleActionDialog::onRunDone(LifecycleJob* job)
{
    m_job = nullptr;
    m_report = job->report();
    setStage(Stage::Finished);
    bool ok = false;
    if (job->hasError()) {
        m_banner->showMessage(
            tr("The change could not run: %1").arg(job->errorString()), RowFinding::Severity::Error);
    } else {
        ok = m_report.allOk() && !m_report.cancelled;
        m_banner->showMessage(
            describeReport(m_report), ok ? RowFinding::Severity::Info : RowFinding::Severity::Error);
    }
    emit changeFinished(ok);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void LifecycleActionDialog::reject()
{
    if (m_stage == Stage::Running) {
        // Stop sending; the job puts back what it must and finishes, then the dialog closes.
        m_closeWhenStopped = true;
        m_close->setEnabled(false);
        m_banner->showMessage(tr("Stopping… steps already done are put back where the change needs it."),
            RowFinding::Severity::Warning);
        if (m_job)
            m_job->cancel();
        return;
    }
    QDialog::reject();
}

QStringList LifecycleActionDialog::problemLines(const QList<ChangePlan>& plans) const
{
    QHash<qint64, QString> nextSteps;
    for (const AppointmentOutcome& o : m_report.appointments)
        if (!o.nextStep.isEmpty())
            nextSteps.insert(o.appointmentId, o.nextStep);
    QStringList lines;
    for (const ChangePlan& plan : plans) {
        if (plan.nothingToDo)
            continue;
        const QString who = plan.customerName.isEmpty()
            ? tr("Appointment %1").arg(plan.appointmentId)
            : tr("Appointment %1 (%2)").arg(plan.appointmentId).arg(plan.customerName);
        QString line;
        if (!plan.refusal.isEmpty()) {
            line = tr("%1: %2").arg(who, plan.refusal);
            if (!plan.nextStep.isEmpty())
                nextSteps.insert(plan.appointmentId, plan.nextStep);
        } else {
            QStringList blocked;
            const QList<PlannedStep> blockers = plan.blockers();
            for (const PlannedStep& s : blockers)
                // One blocker says why here; for several the table's details do (the banner stays short).
                blocked.append(
                    tr("step %1 (%2, %3): %4")
                        .arg(s.segmentKey, s.newStaffName.isEmpty() ? s.oldStaffName : s.newStaffName,
                            whenText(s.newStart), StepProgressModel::availabilityText(s.availability))
                    + (s.note.isEmpty() || blockers.size() > 1 ? QString() : QStringLiteral(": ") + s.note));
            if (blocked.isEmpty())
                continue;
            line = tr("%1: %2").arg(who, blocked.join(QStringLiteral("; ")));
        }
        if (nextSteps.contains(plan.appointmentId))
            line += QLatin1Char('\n') + tr("Next step: %1").arg(nextSteps.value(plan.appointmentId));
        lines.append(line);
    }
    return lines;
}

QString LifecycleActionDialog::describePlans(const QList<ChangePlan>& plans, bool* canConfirm) const
{
    int runnable = 0;
    int changes = 0;
    for (const ChangePlan& plan : plans)
        if (plan.canRun()) {
            ++runnable;
            changes += plan.calcomChanges();
        }
    *canConfirm = runnable > 0;
    if (plans.isEmpty() || (runnable == 0 && problemLines(plans).isEmpty()))
        return tr("Nothing to change: the appointment is already as asked.");
    if (runnable == 0)
        return tr("This cannot be done now; nothing has changed:") + QLatin1Char('\n')
            + problemLines(plans).join(QLatin1Char('\n'));
    return tr("Every step is free. Confirming changes %n booking(s) in Cal.com.", nullptr, changes);
}

QString LifecycleActionDialog::describeReport(const LifecycleReport& report) const
{
    QStringList lines;
    lines.append(report.allOk() && !report.cancelled ? tr("Done.") : tr("Finished with problems."));
    for (const AppointmentOutcome& o : report.appointments) {
        if (o.isOk())
            continue;
        QString line = tr("Appointment %1: %2").arg(o.appointmentId).arg(o.message);
        if (!o.nextStep.isEmpty())
            line += QLatin1Char('\n') + tr("Next step: %1").arg(o.nextStep);
        lines.append(line);
    }
    if (!report.resumed.isEmpty())
        lines.append(tr("%n unfinished change(s) of an earlier run were finished first.", nullptr,
            int(report.resumed.size())));
    if (report.appointments.size() > 1)
        lines.append(report.summary());
    return lines.join(QLatin1Char('\n'));
}

} // namespace salon::ui
