#include "SyncBatch.h"

#include "AppointmentBookingCheck.h"
#include "BookingCompensation.h"
#include "PhaseSyncJob.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "eventmaps/EventTypeResolver.h"
#include "history/RunId.h"

namespace salon::sync
{

SyncBatch::SyncBatch(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    const SyncOptions& options, QObject* parent)
    : Job(parent)
    , m_options(options)
    , m_db(worker, options.actor)
    , m_client(client)
    , m_resolver(new eventmaps::EventTypeResolver(client, teamId, nullptr, this))
    , m_compensation(new BookingCompensation(worker, client, teamId, options, this))
{
    setAutoDelete(false);
    m_report.dryRun = options.dryRun;
    m_db.setRunId(options.runId.isEmpty() ? history::RunId::create(history::RunId::kSync) : options.runId);
    m_compensation->setRunId(m_db.runId());
    connect(m_compensation, &BookingCompensation::phaseCompensated, this, &SyncBatch::onCompensated);
    connect(m_compensation, &BookingCompensation::idle, this, &SyncBatch::finishIfDone);
}

SyncBatch::~SyncBatch()
{
    // Jobs are children; make sure none outlives the SyncDb it posts through.
    qDeleteAll(m_running);
    m_running.clear();
}

void SyncBatch::addPhases(const QList<qint64>& phaseIds)
{
    if (isStarted())
        return;
    for (qint64 id : phaseIds) {
        if (m_stages.contains(id)) // every phase added has a stage: a lookup, not a scan of thousands
            continue;
        m_phaseIds.append(id);
        m_queue.push_back(id);
        m_stages.insert(id, PhaseStage::Queued);
    }
}

Expected<int, QString> SyncBatch::addAppointments(const QList<qint64>& appointmentIds)
{
    auto ids = m_db.runBlocking<Expected<QList<qint64>, QString>>(
        [appointmentIds](PhaseRepository& r) { return r.phaseIdsOfAppointments(appointmentIds); });
    if (!ids)
        return Unexpected(ids.error());
    const int before = total();
    addPhases(*ids);
    return total() - before;
}

Expected<int, QString> SyncBatch::addOutstanding(bool includePending, bool includeFailed)
{
    const QDateTime staleBefore
        = Clock::instance().nowUtc().addSecs(-qMax(0, m_options.staleClaimAfterSeconds));
    using Ids = Expected<QList<qint64>, QString>;
    auto [ids, held] = m_db.runBlocking<std::pair<Ids, Ids>>([=](PhaseRepository& r) {
        return std::pair<Ids, Ids>(
            r.phaseIdsToSync(includePending, includeFailed, staleBefore), r.heldPhaseIds(staleBefore));
    });
    if (!ids)
        return Unexpected(ids.error());
    if (!held)
        return Unexpected(held.error());
    const int before = total();
    addPhases(*ids);
    addPhases(*held);
    return total() - before;
}

void SyncBatch::doStart()
{
    if (isCancelRequested()) { // cancel() before start(): nothing runs
        doCancel();
        return;
    }
    m_begun = true;
    qCInfo(lcSync) << "sync batch of" << total() << "phases" << (m_options.dryRun ? "(dry run)" : "");
    updateProgress();
    checkAppointments();
}

void SyncBatch::checkAppointments()
{
    m_check = new AppointmentBookingCheck(&m_db, m_client, m_resolver, m_options, this);
    connect(m_check, &AppointmentBookingCheck::finished, this, [this] {
        const QHash<qint64, PhaseResult> excluded = m_check->excluded();
        m_compensation->setGroups(m_check->firstBookings());
        m_check->deleteLater();
        m_check = nullptr;
        std::deque<qint64> keep;
        for (qint64 id : m_queue) {
            if (!excluded.contains(id)) {
                keep.push_back(id);
                continue;
            }
            const PhaseResult& r = excluded.value(id);
            m_stages.insert(id, r.stage);
            emit phaseStageChanged(id, r.stage, r.message);
            m_report.phases.append(r);
            emit phaseFinished(r);
        }
        m_queue = std::move(keep);
        updateProgress();
        startNext();
        finishIfDone();
    });
    m_check->check(m_phaseIds);
}

void SyncBatch::onCompensated(const PhaseResult& result)
{
    for (PhaseResult& r : m_report.phases)
        if (r.phaseId == result.phaseId)
            r = result;
    m_stages.insert(result.phaseId, result.stage);
    emit phaseStageChanged(result.phaseId, result.stage, result.message);
    emit phaseFinished(result);
}

void SyncBatch::startNext()
{
    const int limit = qMax(1, m_options.concurrency);
    while (!m_report.cancelled && int(m_running.size()) < limit && !m_queue.empty()) {
        const qint64 id = m_queue.front();
        m_queue.pop_front();
        auto* job = new PhaseSyncJob(id, &m_db, m_client, m_resolver, m_options, this);
        m_running.append(job);
        connect(job, &PhaseSyncJob::stageChanged, this,
            [this](qint64 phaseId, PhaseStage stage, const QString& message) {
                m_stages.insert(phaseId, stage);
                emit phaseStageChanged(phaseId, stage, message);
            });
        connect(job, &PhaseSyncJob::finished, this, [this, job] { onJobFinished(job); });
        job->start();
    }
}

void SyncBatch::onJobFinished(PhaseSyncJob* job)
{
    m_running.removeOne(job);
    const PhaseResult result = job->result();
    job->deleteLater();
    m_report.phases.append(result);
    emit phaseFinished(result);
    m_compensation->phaseFinished(result);
    updateProgress();
    if (result.advice && result.advice->stopsRun && m_report.runError.isEmpty()) {
        // Every other phase would fail the same way (and be marked failed for nothing): stop here.
        m_report.runError = result.advice->text();
        qCWarning(lcSync) << "sync run stopped:" << m_report.runError;
        m_report.cancelled = true;
        cancelQueued(tr("Not started: the run stopped (%1).").arg(result.advice->message));
        const auto running = m_running;
        for (PhaseSyncJob* other : running)
            other->cancel();
    }
    startNext();
    finishIfDone();
}

void SyncBatch::doCancel()
{
    if (m_report.cancelled)
        return;
    m_report.cancelled = true;
    qCInfo(lcSync) << "sync batch cancelled;" << m_queue.size() << "phases were still queued";
    if (m_check) { // its questions to Cal.com are withdrawn with it; nothing was booked yet
        m_check->disconnect(this);
        m_check->deleteLater();
        m_check = nullptr;
    }
    cancelQueued(tr("Cancelled before it started."));
    const auto running = m_running;
    for (PhaseSyncJob* job : running)
        job->cancel();
    m_begun = true; // also before doStart() ran: the queued phases end cancelled, and the batch finishes
    finishIfDone();
}

void SyncBatch::cancelQueued(const QString& message)
{
    while (!m_queue.empty()) {
        const qint64 id = m_queue.front();
        m_queue.pop_front();
        PhaseResult result;
        result.phaseId = id;
        result.stage = PhaseStage::Cancelled;
        result.message = message;
        m_stages.insert(id, PhaseStage::Cancelled);
        emit phaseStageChanged(id, PhaseStage::Cancelled, result.message);
        m_report.phases.append(result);
        emit phaseFinished(result);
    }
    updateProgress();
}

void SyncBatch::finishIfDone()
{
    if (isDone() || !m_begun || !m_running.isEmpty() || !m_queue.empty() || m_check
        || !m_compensation->isIdle())
        return;
    qCInfo(lcSync) << "sync batch done:" << m_report.summary();
    finishOk();
}

} // namespace salon::sync
