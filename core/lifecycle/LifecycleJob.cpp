#include "LifecycleJob.h"

#include "AppointmentChangeRun.h"
#include "ChangePlanner.h"
#include "EventTypeLookup.h"
#include "OperationClaim.h"
#include "SlotCache.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "history/RunId.h"

namespace salon::lifecycle
{

LifecycleJob::LifecycleJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    const LifecycleOptions& options, QObject* parent)
    : Job(parent)
    , m_db(std::make_unique<LifecycleDb>(worker, options.actor))
    , m_client(client)
    , m_teamId(teamId)
    , m_options(options)
    , m_token(OperationClaim::newToken())
{
    m_report.dryRun = options.dryRun;
}

LifecycleJob::~LifecycleJob()
{
    // Runs are children; none may outlive the database access they write through.
    qDeleteAll(m_running);
}

QString LifecycleJob::nextStepForBlockers(const ChangePlan& plan) const
{
    for (const PlannedStep& s : plan.blockers())
        if (s.availability == Availability::NoEventType)
            return tr(
                "Let the event type wizard create the missing event type (Tools -> Event type wizard, or "
                "`salon-admin-cli create-event-types --service %1 --staff %2`), then try again.")
                .arg(m_snapshots.value(plan.appointmentId).appointment.serviceId)
                .arg(s.newStaffId);
    if (std::any_of(plan.steps.cbegin(), plan.steps.cend(),
            [](const PlannedStep& s) { return s.availability == Availability::CheckFailed; }))
        return tr("Try again when Cal.com answers.");
    return tr("Choose another time or another staff member.");
}

void LifecycleJob::doStart()
{
    if (!m_client) {
        finishWithError(tr("No Cal.com connection."));
        return;
    }
    if (m_options.runId.isEmpty())
        m_options.runId = history::RunId::create(runKind());
    m_db->setRunId(m_options.runId);
    if (m_options.finishOwedFirst && !m_options.dryRun)
        finishOwedWork();
    else if (plansChanges())
        readAndPlan();
    else
        done();
}

void LifecycleJob::doCancel()
{
    m_report.cancelled = true;
    while (!m_runQueue.empty()) {
        const ChangePlan plan = m_runQueue.front();
        m_runQueue.pop_front();
        AppointmentOutcome outcome;
        outcome.appointmentId = plan.appointmentId;
        outcome.plan = plan;
        outcome.result = AppointmentOutcome::Result::Refused;
        outcome.message = tr("Cancelled before it started; nothing changed.");
        m_report.appointments.append(outcome);
        emit appointmentFinished(outcome);
    }
    m_owedQueue.clear();
    const auto running = m_running;
    for (AppointmentChangeRun* run : running)
        run->stop();
    if (m_running.isEmpty() && !m_planning)
        done();
}

// --- 1. owed work -------------------------------------------------------------------------------------

void LifecycleJob::finishOwedWork()
{
    m_db->run<Expected<QList<qint64>, QString>>(
        [](LifecycleDb::Access& db) { return db.operations.unfinishedOperations(); }, this,
        [this](Expected<QList<qint64>, QString> ids) {
            if (!ids) {
                finishWithError(ids.error());
                return;
            }
            for (qint64 id : *ids)
                m_owedQueue.push_back(id);
            if (!m_owedQueue.empty())
                qCInfo(lcSync) << m_owedQueue.size() << "unfinished lifecycle changes are finished first";
            resumeNext();
        });
}

void LifecycleJob::resumeNext()
{
    while (!isCancelRequested() && !m_owedQueue.empty()
        && int(m_running.size()) < qMax(1, m_options.concurrency)) {
        const qint64 id = m_owedQueue.front();
        m_owedQueue.pop_front();
        StepRunner::Context context { m_db.get(), m_client, m_options, {}, {}, {} };
        auto* run = new AppointmentChangeRun(context, m_token, this);
        m_running.append(run);
        connect(run, &AppointmentChangeRun::progress, this, &LifecycleJob::stepProgress);
        connect(run, &AppointmentChangeRun::finished, this, [this, run] { onRunFinished(run, true); });
        run->resume(id);
    }
    if (!m_running.isEmpty())
        return;
    if (isCancelRequested())
        done();
    else if (plansChanges())
        readAndPlan();
    else
        done();
}

// --- 2./3. select, read, plan, check -------------------------------------------------------------------

void LifecycleJob::readAndPlan()
{
    m_planning = true;
    using Read = Expected<QList<AppointmentSnapshot>, QString>;
    m_db->run<Read>(
        [this](LifecycleDb::Access& db) -> Read {
            auto selection = select(db);
            if (!selection)
                return Unexpected(selection.error());
            return db.snapshots.read(selection->appointments, selection->extraStaffIds);
        },
        this,
        [this](Read snapshots) {
            if (!snapshots) {
                finishWithError(snapshots.error());
                return;
            }
            QList<ChangePlan> drafts;
            for (const AppointmentSnapshot& s : *snapshots) {
                m_snapshots.insert(s.appointment.id, s);
                ChangePlan plan = draft(s);
                plan.reason = reason();
                drafts.append(plan);
            }
            m_total = int(drafts.size());
            setProgress(0, m_total);
            m_eventTypes = new EventTypeLookup(m_client, m_teamId, this);
            m_slots = new SlotCache(m_client, m_options.timeZone, this);
            m_planner = new ChangePlanner(m_eventTypes, m_slots, this);
            connect(m_planner, &ChangePlanner::finished, this, &LifecycleJob::onChecked);
            m_planner->check(drafts, *snapshots);
        });
}

void LifecycleJob::onChecked(const QList<ChangePlan>& plans)
{
    m_planning = false;
    m_plans = plans;
    for (const ChangePlan& plan : plans) {
        emit planned(plan);
        AppointmentOutcome outcome;
        outcome.appointmentId = plan.appointmentId;
        outcome.plan = plan;
        if (!plan.refusal.isEmpty()) {
            outcome.result = AppointmentOutcome::Result::Refused;
            outcome.message = plan.refusal;
            outcome.nextStep = plan.nextStep;
        } else if (plan.nothingToDo) {
            outcome.result = AppointmentOutcome::Result::NothingToDo;
            outcome.message
                = tr("Nothing to do: appointment %1 is already as asked.").arg(plan.appointmentId);
        } else if (!plan.canRun()) {
            outcome.result = AppointmentOutcome::Result::Refused;
            outcome.message = tr("Nothing changed for appointment %1: %2")
                                  .arg(plan.appointmentId)
                                  .arg(plan.blockerLines(m_options.timeZone).join(QStringLiteral("; ")));
            outcome.nextStep = nextStepForBlockers(plan);
        } else if (m_options.dryRun || isCancelRequested()) {
            outcome.result = m_options.dryRun ? AppointmentOutcome::Result::Planned
                                              : AppointmentOutcome::Result::Refused;
            outcome.message = m_options.dryRun
                ? tr("Would change %n booking(s) in Cal.com.", nullptr, plan.calcomChanges())
                : tr("Cancelled before it started; nothing changed.");
        } else {
            m_runQueue.push_back(plan);
            continue;
        }
        m_report.appointments.append(outcome);
        emit appointmentFinished(outcome);
    }
    setProgress(int(m_report.appointments.size()), m_total);
    runNext();
}

// --- 4. run ---------------------------------------------------------------------------------------------

void LifecycleJob::runNext()
{
    while (!isCancelRequested() && !m_runQueue.empty()
        && int(m_running.size()) < qMax(1, m_options.concurrency)) {
        const ChangePlan plan = m_runQueue.front();
        m_runQueue.pop_front();
        const AppointmentSnapshot& snapshot = m_snapshots[plan.appointmentId];
        StepRunner::Context context { m_db.get(), m_client, m_options, reason(),
            snapshot.appointment.customerName, snapshot.appointment.customerEmail };
        auto* run = new AppointmentChangeRun(context, m_token, this);
        m_running.append(run);
        connect(run, &AppointmentChangeRun::progress, this, &LifecycleJob::stepProgress);
        connect(run, &AppointmentChangeRun::finished, this, [this, run] { onRunFinished(run, false); });
        run->startNew(plan);
    }
    if (m_running.isEmpty() && m_runQueue.empty())
        done();
}

void LifecycleJob::onRunFinished(AppointmentChangeRun* run, bool resumed)
{
    m_running.removeOne(run);
    const AppointmentOutcome outcome = run->outcome();
    run->deleteLater();
    if (resumed) {
        m_report.resumed.append(outcome);
        emit appointmentFinished(outcome);
        resumeNext();
        return;
    }
    m_report.appointments.append(outcome);
    emit appointmentFinished(outcome);
    setProgress(int(m_report.appointments.size()), m_total);
    runNext();
}

void LifecycleJob::done()
{
    if (isDone())
        return;
    qCInfo(lcSync) << "lifecycle job done:" << m_report.summary();
    finishOk();
}

} // namespace salon::lifecycle
