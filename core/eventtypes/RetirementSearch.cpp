#include "RetirementSearch.h"

#include "calcom/CalcomClient.h"
#include "db/DatabaseWorker.h"

#include <QHash>

#include <algorithm>

namespace salon::eventtypes
{

namespace
{
// A replaced parent still in Cal.com, and what refers to it.
struct Found {
    ReplacedManagedParent parent;
    calcom::EventType eventType;
};
using Checked = Expected<QList<RetirementCandidate>, QString>;
} // namespace

RetirementSearch::RetirementSearch(
    DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_teamId(teamId)
{
}

RetirementSearch::~RetirementSearch()
{
    if (m_job)
        m_job->cancel();
}

QList<qint64> RetirementSearch::safeCandidateIds() const
{
    QList<qint64> ids;
    for (const RetirementCandidate& c : m_candidates)
        if (c.isSafe() && c.state != RetirementCandidate::State::Deleted)
            ids.append(c.eventTypeId);
    return ids;
}

void RetirementSearch::doStart()
{
    m_worker->post<Expected<QList<ReplacedManagedParent>, QString>>(
        [](QSqlDatabase& db) { return EventTypeRepository(db).replacedManagedParents(); }, this,
        [this](Expected<QList<ReplacedManagedParent>, QString> replaced) {
            if (isDone())
                return;
            if (!replaced)
                return finishWithError(replaced.error());
            if (replaced->isEmpty())
                return finishOk();
            if (!m_client || m_teamId <= 0)
                return finishWithError(tr("No Cal.com team to look the replaced event types up in."));
            lookUp(replaced.value());
        });
}

void RetirementSearch::lookUp(const QList<ReplacedManagedParent>& parents)
{
    auto* reply = m_client->teamEventTypes(m_teamId);
    m_job = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, parents] {
        if (isDone())
            return;
        if (reply->hasError())
            return finishWithError(
                tr("Cannot read the team's event types: %1").arg(reply->error().userMessage()));
        QHash<qint64, calcom::EventType> byId;
        for (const calcom::EventType& et : reply->result())
            byId.insert(et.id, et);
        QList<Found> found;
        for (const ReplacedManagedParent& parent : parents) {
            const auto it = byId.constFind(parent.eventTypeId);
            // Already gone (retired earlier, or by hand), or no longer a MANAGED parent: nothing to do.
            if (it != byId.cend() && it->isManagedParent())
                found.append({ parent, *it });
        }
        m_worker->post<Checked>(
            [found](QSqlDatabase& db) -> Checked {
                EventTypeRepository repository(db);
                QList<RetirementCandidate> candidates;
                for (const Found& f : found) {
                    RetirementCandidate candidate;
                    candidate.eventTypeId = f.parent.eventTypeId;
                    candidate.title = f.eventType.title;
                    candidate.slug = f.eventType.slug;
                    candidate.segments = f.parent.segments;
                    const auto blockers = repository.referencesTo(f.parent);
                    if (!blockers)
                        return Unexpected(blockers.error());
                    candidate.blockers = *blockers;
                    candidates.append(candidate);
                }
                return candidates;
            },
            this,
            [this](Checked candidates) {
                if (isDone())
                    return;
                if (!candidates)
                    return finishWithError(candidates.error());
                m_candidates = candidates.value();
                // Items finish in any order, so the audit log does too: list by id for a stable display.
                std::sort(m_candidates.begin(), m_candidates.end(),
                    [](const RetirementCandidate& a, const RetirementCandidate& b) {
                        return a.eventTypeId < b.eventTypeId;
                    });
                finishOk();
            });
    });
}

void RetirementSearch::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace salon::eventtypes
