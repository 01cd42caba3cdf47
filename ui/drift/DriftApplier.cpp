#include "DriftApplier.h"

#include "core/calcom/CalcomClient.h"
#include "core/db/DatabaseWorker.h"
#include "core/drift/DriftApplyJob.h"
#include "core/drift/DriftItemStore.h"

namespace salon::ui
{

DriftApplier::DriftApplier(DatabaseWorker* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
{
}

void DriftApplier::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    m_client = client;
    m_teamId = teamId;
}

bool DriftApplier::isReady() const
{
    return m_client && m_teamId > 0;
}

bool DriftApplier::apply(const drift::DriftDecision& decision)
{
    if (!isReady() || isApplying())
        return false;
    lifecycle::LifecycleOptions options;
    options.actor = m_actor;
    options.timeZone = QString::fromLatin1(m_zone.id());
    auto* job = new drift::DriftApplyJob(m_worker, m_client, m_teamId, { decision }, options, this);
    m_job = job;
    connect(job, &Job::progress, this, &DriftApplier::progress);
    connect(job, &Job::finished, this, [this, job, decision] {
        m_job = nullptr;
        if (job->outcomes().isEmpty()) {
            emit finished(decision, false, job->hasError() ? job->errorString() : QString());
            return;
        }
        const drift::DriftOutcome& o = job->outcomes().first();
        emit finished(decision, o.isOk(), o.message);
    });
    emit started();
    job->start();
    return true;
}

void DriftApplier::keep(const drift::DriftItem& item)
{
    drift::DriftItemStore::keepIn(m_worker, item, this, [this](Expected<Done, QString> kept) {
        if (!kept)
            emit keepFailed(kept.error());
    });
}

void DriftApplier::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace salon::ui
