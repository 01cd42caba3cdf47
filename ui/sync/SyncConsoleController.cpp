#include "SyncConsoleController.h"

#include "SyncQueueModel.h"
#include "core/calcom/CalcomClient.h"
#include "core/common/Clock.h"
#include "core/db/DatabaseSession.h"
#include "core/sync/BookingReconciler.h"
#include "core/sync/SyncBatch.h"
#include "core/sync/SyncErrorAdvice.h"

namespace salon::ui
{

using sync::PhaseResult;
using sync::PhaseStage;
using sync::SyncErrorAdvice;

namespace
{
QString joinIds(const QList<qint64>& ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(QStringLiteral(", "));
}
} // namespace

SyncConsoleController::SyncConsoleController(DatabaseSession* session, SyncQueueModel* model, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{
}

SyncConsoleController::~SyncConsoleController()
{
    // Their answers from the worker are dropped with them.
    delete m_batch.data();
    delete m_reconciler.data();
}

void SyncConsoleController::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    m_client = client;
    m_teamId = teamId;
    if (client)
        m_options.attendeeTimeZone = client->settings().timeZone;
    emit stateChanged();
}

void SyncConsoleController::retryAllFailed()
{
    if (!canSync() || m_batch)
        return;
    // The list can be long: read it in the worker, then start.
    const QDateTime staleBefore
        = Clock::instance().nowUtc().addSecs(-qMax(0, m_options.staleClaimAfterSeconds));
    m_model->access().failedPhaseIds(staleBefore, this, [this](Expected<QList<qint64>, QString> ids) {
        if (!ids)
            return emit said(ids.error());
        if (ids->isEmpty())
            return emit said(tr("No failed phases to retry."));
        retryPhases(ids.value(), false);
    });
}

void SyncConsoleController::retryPhases(const QList<qint64>& phaseIds, bool includeArchived)
{
    if (phaseIds.isEmpty() || !canSync() || m_batch)
        return;
    sync::SyncOptions options = m_options;
    options.includeArchived = includeArchived;
    auto* batch = new sync::SyncBatch(m_session->worker(), m_client, m_teamId, options, this);
    batch->addPhases(phaseIds);
    m_batch = batch;
    m_lastRunFailed = 0;
    m_model->clearLiveStages();
    for (qint64 id : phaseIds)
        m_model->setLiveStage(id, PhaseStage::Queued);
    connect(batch, &sync::SyncBatch::phaseStageChanged, this,
        [this](qint64 id, PhaseStage stage, const QString& message) {
            m_model->setLiveStage(id, stage, message);
            if (!isFinalStage(stage))
                emit logged(tr("phase %1: %2 %3").arg(id).arg(sync::stageLabel(stage), message).trimmed());
        });
    connect(batch, &sync::SyncBatch::phaseFinished, this, [this](const PhaseResult& r) {
        QString line = tr("phase %1 (appointment %2, %3): %4 - %5")
                           .arg(r.phaseId)
                           .arg(r.appointmentId)
                           .arg(r.segmentKey, sync::stageLabel(r.stage), r.message);
        if (r.advice) {
            line += QStringLiteral(" (%1)").arg(r.advice->code);
            if (r.advice->tool != SyncErrorAdvice::Tool::None)
                line += QStringLiteral(" [%1]").arg(SyncErrorAdvice::toolLabel(r.advice->tool));
        }
        emit logged(line);
    });
    connect(batch, &sync::SyncBatch::progress, this, &SyncConsoleController::syncProgress);
    connect(batch, &sync::SyncBatch::finished, this, [this, batch] {
        const sync::SyncReport report = batch->report();
        m_batch = nullptr;
        batch->deleteLater();
        m_lastRunFailed = report.count(PhaseStage::Failed);
        emit logged(tr("Sync finished: %1").arg(report.summary()));
        if (m_lastRunFailed > 0)
            emit said(tr("Sync finished with failures: %1. See the failed view.").arg(report.summary()));
        else if (report.cancelled)
            emit said(tr("Sync cancelled: %1").arg(report.summary()));
        else
            emit said(tr("Sync finished: %1").arg(report.summary()));
        // Resolved rows leave the failed view; the live overlay has done its job.
        m_model->clearLiveStages();
        m_model->reload();
        emit syncFinished(report);
        emit stateChanged();
    });
    emit logged(tr("Sync of %n phase(s) started.", nullptr, int(phaseIds.size())));
    emit said(tr("Syncing %n phase(s) with Cal.com...", nullptr, int(phaseIds.size())));
    emit syncStarted(int(phaseIds.size()));
    batch->start();
    emit stateChanged();
}

void SyncConsoleController::cancelSync()
{
    if (!m_batch)
        return;
    emit logged(tr("Cancelling: queued phases stop now, a booking already sent is waited for."));
    m_batch->cancel();
}

void SyncConsoleController::archive(const QList<qint64>& failedPhaseIds, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return emit said(tr("Archiving needs a reason."));
    if (failedPhaseIds.isEmpty())
        return;
    m_model->access().archive(
        failedPhaseIds, reason, actor(), this, [this, reason](QList<qint64> archived, QStringList errors) {
            for (const QString& error : std::as_const(errors))
                emit said(error);
            if (archived.isEmpty())
                return;
            emit logged(tr("Archived phase(s) %1: %2").arg(joinIds(archived), reason));
            emit said(tr("%n failure(s) archived.", nullptr, int(archived.size())));
        });
}

void SyncConsoleController::reconcile(const QDateTime& from, const QDateTime& to)
{
    if (!m_client || m_reconciler)
        return;
    auto* reconciler = new sync::BookingReconciler(m_session->worker(), m_client, this);
    m_reconciler = reconciler;
    connect(reconciler, &sync::BookingReconciler::finished, this, [this, reconciler] {
        m_reconciler = nullptr;
        reconciler->deleteLater();
        for (const sync::BookingDrift& d : reconciler->drift())
            emit logged(tr("drift: %1").arg(d.message));
        // The console says what was checked and found (it knows the period); a failure is said here.
        if (!reconciler->error().isEmpty())
            emit said(tr("Reconcile failed: %1").arg(reconciler->error()));
        emit reconcileFinished(reconciler->drift(), reconciler->error(), reconciler->checkedPhases());
        emit stateChanged();
    });
    emit said(tr("Comparing synced phases with Cal.com..."));
    reconciler->start(from, to);
    emit stateChanged();
}

void SyncConsoleController::markForResync(const QList<qint64>& phaseIds)
{
    if (phaseIds.isEmpty())
        return;
    m_model->access().markForResync(phaseIds, tr("Drift found by reconcile; confirmed by %1").arg(actor()),
        actor(), this, [this](QList<qint64> marked, QStringList errors) {
            for (const QString& error : std::as_const(errors))
                emit said(error);
            for (qint64 id : std::as_const(marked))
                emit logged(tr("phase %1 marked to be booked again").arg(id));
        });
}

} // namespace salon::ui
