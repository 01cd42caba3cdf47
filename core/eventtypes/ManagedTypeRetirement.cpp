#include "ManagedTypeRetirement.h"

#include "EventTypeRepository.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "common/WaitForSignal.h"
#include "history/RunId.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace salon::eventtypes
{

using State = RetirementCandidate::State;

ManagedTypeRetirement::ManagedTypeRetirement(
    QSqlDatabase db, calcom::CalcomClient* client, qint64 teamId, QString actor, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_teamId(teamId)
    , m_actor(std::move(actor))
{
}

ManagedTypeRetirement::~ManagedTypeRetirement()
{
    for (const auto& job : m_jobs)
        if (job)
            job->cancel();
}

void ManagedTypeRetirement::emitLater(void (ManagedTypeRetirement::*signal)())
{
    QTimer::singleShot(0, this, [this, signal] { emit(this->*signal)(); });
}

void ManagedTypeRetirement::findCandidates()
{
    if (m_busy)
        return;
    m_busy = true;
    m_error.clear();
    m_candidates.clear();
    m_candidatesKnown = false;
    auto done = [this] {
        m_busy = false;
        m_candidatesKnown = true;
        emitLater(&ManagedTypeRetirement::candidatesReady);
    };
    EventTypeRepository repository(m_db);
    const auto replaced = repository.replacedManagedParents();
    if (!replaced) {
        m_error = replaced.error();
        return done();
    }
    if (replaced->isEmpty())
        return done();
    if (!m_client || m_teamId <= 0) {
        m_error = tr("No Cal.com team to look the replaced event types up in.");
        return done();
    }
    auto* reply = m_client->teamEventTypes(m_teamId);
    m_jobs.append(reply);
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, parents = *replaced, done] {
        if (reply->hasError()) {
            m_error = tr("Cannot read the team's event types: %1").arg(reply->error().userMessage());
            return done();
        }
        QHash<qint64, calcom::EventType> byId;
        for (const calcom::EventType& et : reply->result())
            byId.insert(et.id, et);
        EventTypeRepository repository(m_db);
        for (const ReplacedManagedParent& parent : parents) {
            const auto it = byId.constFind(parent.eventTypeId);
            // Already gone (retired earlier, or by hand), or no longer a MANAGED parent: nothing to do.
            if (it == byId.cend() || !it->isManagedParent())
                continue;
            RetirementCandidate candidate;
            candidate.eventTypeId = parent.eventTypeId;
            candidate.title = it->title;
            candidate.slug = it->slug;
            candidate.segments = parent.segments;
            const auto blockers = repository.referencesTo(parent);
            if (!blockers) {
                m_error = blockers.error();
                m_candidates.clear();
                return done();
            }
            candidate.blockers = *blockers;
            m_candidates.append(candidate);
        }
        // Items finish in any order, so the audit log does too: list by id for a stable display.
        std::sort(m_candidates.begin(), m_candidates.end(),
            [](const RetirementCandidate& a, const RetirementCandidate& b) {
                return a.eventTypeId < b.eventTypeId;
            });
        done();
    });
}

QList<qint64> ManagedTypeRetirement::safeCandidateIds() const
{
    QList<qint64> ids;
    for (const RetirementCandidate& c : m_candidates)
        if (c.isSafe() && c.state != State::Deleted)
            ids.append(c.eventTypeId);
    return ids;
}

void ManagedTypeRetirement::retire(const QList<qint64>& eventTypeIds)
{
    if (m_busy)
        return;
    if (m_runId.isEmpty()) // one retire() is one run unless the wizard run handed its id over
        m_runId = history::RunId::create(history::RunId::kRetire);
    QList<int> toDelete;
    for (int i = 0; i < m_candidates.size(); ++i) {
        RetirementCandidate& c = m_candidates[i];
        if (!eventTypeIds.contains(c.eventTypeId) || c.state == State::Deleted)
            continue;
        if (!c.isSafe()) {
            c.state = State::Kept;
            c.message = tr("Still referred to; not deleted.");
            emit candidateChanged(i);
            continue;
        }
        toDelete.append(i);
    }
    if (toDelete.isEmpty()) {
        emitLater(&ManagedTypeRetirement::finished);
        return;
    }
    // Counted before the first one starts: one that settles at once must not end the whole batch.
    m_busy = true;
    m_pending = int(toDelete.size());
    for (int index : toDelete)
        deleteOne(index);
}

void ManagedTypeRetirement::deleteOne(int index)
{
    auto settle = [this] {
        if (--m_pending == 0) {
            m_busy = false;
            emitLater(&ManagedTypeRetirement::finished);
        }
    };
    RetirementCandidate& c = m_candidates[index];
    // The map or a phase may have changed since the list was shown.
    ReplacedManagedParent parent { c.eventTypeId, c.segments };
    const auto blockers = EventTypeRepository(m_db).referencesTo(parent);
    if (!blockers || !blockers->isEmpty() || !m_client) {
        c.blockers = blockers ? *blockers : QStringList { blockers.error() };
        c.state = State::Kept;
        c.message = !m_client ? tr("No Cal.com connection.") : tr("Still referred to; not deleted.");
        emit candidateChanged(index);
        return settle();
    }
    c.state = State::Deleting;
    emit candidateChanged(index);
    auto* reply = m_client->deleteTeamEventType(m_teamId, c.eventTypeId);
    m_jobs.append(reply);
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, index, settle] {
        RetirementCandidate& c = m_candidates[index];
        if (reply->hasError()) {
            c.state = reply->error().category == calcom::CalcomError::Category::Cancelled ? State::Kept
                                                                                          : State::Failed;
            c.message = reply->error().userMessage();
        } else {
            QJsonArray segments;
            for (const auto& [serviceId, key] : c.segments)
                segments.append(QJsonObject { { QStringLiteral("serviceId"), double(serviceId) },
                    { QStringLiteral("segmentKey"), key } });
            const auto audited = EventTypeRepository(m_db).auditRetired(c.eventTypeId,
                QJsonObject { { QStringLiteral("eventTypeId"), double(c.eventTypeId) },
                    { QStringLiteral("teamId"), double(m_teamId) }, { QStringLiteral("title"), c.title },
                    { QStringLiteral("slug"), c.slug },
                    { QStringLiteral("schedulingType"), QStringLiteral("managed") },
                    { QStringLiteral("segments"), segments } },
                m_actor, m_runId);
            c.state = State::Deleted;
            if (!audited) {
                c.message = tr("Deleted, but the audit entry failed: %1").arg(audited.error());
                qCWarning(lcEventMaps)
                    << "retired" << c.eventTypeId << "without audit entry:" << audited.error();
            }
            qCInfo(lcCalcom) << "retired MANAGED parent" << c.eventTypeId << c.slug;
        }
        emit candidateChanged(index);
        settle();
    });
}

void ManagedTypeRetirement::cancel()
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

bool ManagedTypeRetirement::waitForCandidates(int timeoutMs)
{
    if (m_candidatesKnown && !m_busy)
        return true;
    waitForSignal(this, &ManagedTypeRetirement::candidatesReady, timeoutMs);
    return m_candidatesKnown;
}

bool ManagedTypeRetirement::waitForFinished(int timeoutMs)
{
    if (!m_busy)
        return true;
    waitForSignal(this, &ManagedTypeRetirement::finished, timeoutMs);
    return !m_busy;
}

} // namespace salon::eventtypes
