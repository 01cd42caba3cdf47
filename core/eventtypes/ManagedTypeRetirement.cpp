#include "ManagedTypeRetirement.h"

#include "EventTypeRepository.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"
#include "history/RunId.h"

#include <QJsonArray>

#include <algorithm>

namespace salon::eventtypes
{

using State = RetirementCandidate::State;

ManagedTypeRetirement::ManagedTypeRetirement(DatabaseWorker* worker, calcom::CalcomClient* client,
    qint64 teamId, QString actor, QList<RetirementCandidate> candidates, QList<qint64> eventTypeIds,
    QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_teamId(teamId)
    , m_actor(std::move(actor))
    , m_candidates(std::move(candidates))
    , m_toRetire(std::move(eventTypeIds))
{
}

ManagedTypeRetirement::~ManagedTypeRetirement()
{
    for (const auto& job : m_jobs)
        if (job)
            job->cancel();
}

void ManagedTypeRetirement::doStart()
{
    if (m_runId.isEmpty()) // one retirement is one run unless the wizard run handed its id over
        m_runId = history::RunId::create(history::RunId::kRetire);
    QList<int> toDelete;
    for (int i = 0; i < m_candidates.size(); ++i) {
        RetirementCandidate& c = m_candidates[i];
        if (!m_toRetire.contains(c.eventTypeId) || c.state == State::Deleted)
            continue;
        if (!c.isSafe()) {
            c.state = State::Kept;
            c.message = tr("Still referred to; not deleted.");
            emit candidateChanged(i);
            continue;
        }
        toDelete.append(i);
    }
    if (toDelete.isEmpty())
        return finishOk();
    // Counted before the first one starts: one that settles at once must not end the whole batch.
    m_pending = int(toDelete.size());
    for (int index : toDelete)
        deleteOne(index);
}

void ManagedTypeRetirement::settle()
{
    if (--m_pending == 0)
        finishOk();
}

void ManagedTypeRetirement::deleteOne(int index)
{
    // The map or a phase may have changed since the list was shown.
    const RetirementCandidate& c = m_candidates.at(index);
    const ReplacedManagedParent parent { c.eventTypeId, c.segments };
    m_worker->post<Expected<QStringList, QString>>(
        [parent](QSqlDatabase& db) { return EventTypeRepository(db).referencesTo(parent); }, this,
        [this, index](Expected<QStringList, QString> blockers) {
            RetirementCandidate& c = m_candidates[index];
            if (!blockers || !blockers->isEmpty() || !m_client || isCancelRequested()) {
                c.blockers = blockers ? *blockers : QStringList { blockers.error() };
                c.state = State::Kept;
                c.message = !m_client ? tr("No Cal.com connection.") : tr("Still referred to; not deleted.");
                emit candidateChanged(index);
                return settle();
            }
            sendDelete(index);
        });
}

void ManagedTypeRetirement::sendDelete(int index)
{
    RetirementCandidate& c = m_candidates[index];
    c.state = State::Deleting;
    emit candidateChanged(index);
    auto* reply = m_client->deleteTeamEventType(m_teamId, c.eventTypeId);
    m_jobs.append(reply);
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, index] {
        RetirementCandidate& c = m_candidates[index];
        if (reply->hasError()) {
            c.state = reply->error().category == calcom::CalcomError::Category::Cancelled ? State::Kept
                                                                                          : State::Failed;
            c.message = reply->error().userMessage();
            emit candidateChanged(index);
            return settle();
        }
        QJsonArray segments;
        for (const auto& [serviceId, key] : c.segments)
            segments.append(QJsonObject {
                { QStringLiteral("serviceId"), double(serviceId) }, { QStringLiteral("segmentKey"), key } });
        const QJsonObject before { { QStringLiteral("eventTypeId"), double(c.eventTypeId) },
            { QStringLiteral("teamId"), double(m_teamId) }, { QStringLiteral("title"), c.title },
            { QStringLiteral("slug"), c.slug },
            { QStringLiteral("schedulingType"), QStringLiteral("managed") },
            { QStringLiteral("segments"), segments } };
        const qint64 eventTypeId = c.eventTypeId;
        const QString actor = m_actor;
        const QString runId = m_runId;
        m_worker->post<Expected<Done, QString>>(
            [eventTypeId, before, actor, runId](QSqlDatabase& db) {
                return EventTypeRepository(db).auditRetired(eventTypeId, before, actor, runId);
            },
            this,
            [this, index](Expected<Done, QString> audited) {
                RetirementCandidate& c = m_candidates[index];
                c.state = State::Deleted;
                if (!audited) {
                    c.message = tr("Deleted, but the audit entry failed: %1").arg(audited.error());
                    qCWarning(lcEventMaps)
                        << "retired" << c.eventTypeId << "without audit entry:" << audited.error();
                }
                qCInfo(lcCalcom) << "retired MANAGED parent" << c.eventTypeId << c.slug;
                emit candidateChanged(index);
                settle();
            });
    });
}

void ManagedTypeRetirement::doCancel()
{
    for (const auto& job : m_jobs)
        if (job)
            job->cancel();
}

int ManagedTypeRetirement::count(State state) const
{
    return int(std::count_if(m_candidates.cbegin(), m_candidates.cend(),
        [state](const RetirementCandidate& c) { return c.state == state; }));
}

} // namespace salon::eventtypes
