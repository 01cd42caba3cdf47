#include "TeamEventTypeCache.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace salon::eventmaps
{

using calcom::CalcomError;
using calcom::EventType;

TeamEventTypeCache::TeamEventTypeCache(calcom::CalcomClient* client, qint64 teamId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_teamId(teamId)
{
}

TeamEventTypeCache::~TeamEventTypeCache() = default;

void TeamEventTypeCache::withTeamEventTypes(QObject* context, ListCallback done)
{
    if (!m_team.loaded && !m_team.inFlight) {
        if (!m_client) {
            complete(m_team,
                Unexpected(CalcomError::invalidSettings(QCoreApplication::translate(
                    "salon::eventmaps::TeamEventTypeCache", "No Cal.com connection."))));
        } else {
            m_team.inFlight = true;
            ++m_requestCount;
            auto* reply = m_client->teamEventTypes(m_teamId);
            connect(reply, &calcom::CalcomJob::finished, this, [this, reply] {
                if (reply->hasError()) {
                    qCWarning(lcEventMaps) << "team event types:" << reply->error().details();
                    complete(m_team, Unexpected(reply->error()));
                    return;
                }
                m_teamById.clear();
                for (const EventType& et : reply->result())
                    m_teamById.insert(et.id, et);
                qCDebug(lcEventMaps) << "team" << m_teamId << "has" << m_teamById.size() << "event types";
                complete(m_team, reply->result());
            });
        }
    }
    deliver(m_team, context, std::move(done));
}

void TeamEventTypeCache::withUserEventTypes(const QString& username, QObject* context, ListCallback done)
{
    Pending& pending = m_users[username.trimmed().toLower()];
    if (!pending.loaded && !pending.inFlight) {
        if (!m_client) {
            complete(pending,
                Unexpected(CalcomError::invalidSettings(QCoreApplication::translate(
                    "salon::eventmaps::TeamEventTypeCache", "No Cal.com connection."))));
        } else {
            pending.inFlight = true;
            ++m_requestCount;
            // One list per user (all of their visible event types) instead of one lookup per parent slug:
            // a run over many maps asks once per staff member.
            auto* reply = m_client->userEventTypes(username.trimmed());
            connect(reply, &calcom::CalcomJob::finished, this, [this, reply, &pending] {
                if (reply->hasError()) {
                    qCWarning(lcEventMaps) << "user event types:" << reply->error().details();
                    complete(pending, Unexpected(reply->error()));
                    return;
                }
                complete(pending, reply->result());
            });
        }
    }
    deliver(pending, context, std::move(done));
}

void TeamEventTypeCache::deliver(Pending& pending, QObject* context, ListCallback done)
{
    Waiter waiter { QPointer<QObject>(context), context != nullptr, std::move(done) };
    if (!pending.loaded) {
        pending.waiters.append(std::move(waiter));
        return;
    }
    // Already known: still answer from the event loop, as a request would.
    queueAnswer(std::move(waiter), *pending.result);
}

void TeamEventTypeCache::complete(Pending& pending, ListResult result)
{
    pending.inFlight = false;
    pending.loaded = true;
    pending.result = std::move(result);
    for (Waiter& waiter : std::exchange(pending.waiters, {}))
        queueAnswer(std::move(waiter), *pending.result);
}

void TeamEventTypeCache::queueAnswer(Waiter waiter, const ListResult& result)
{
    m_answers.push_back({ std::move(waiter), result });
    postAnswers();
}

void TeamEventTypeCache::postAnswers()
{
    if (m_answersPosted || m_answers.empty())
        return;
    m_answersPosted = true;
    QMetaObject::invokeMethod(this, &TeamEventTypeCache::answerSome, Qt::QueuedConnection);
}

void TeamEventTypeCache::answerSome()
{
    // A run over hundreds of appointments asks for the list once per step; each answer starts work (a
    // slot question), so they go a few per event-loop pass and the window keeps painting. What is posted
    // while the event loop delivers waits for its next pass.
    constexpr int kPerPass = 16;
    m_answersPosted = false;
    const QPointer<TeamEventTypeCache> self(this);
    for (int i = 0; i < kPerPass && !m_answers.empty(); ++i) {
        auto [waiter, result] = std::move(m_answers.front());
        m_answers.pop_front();
        if (waiter.hadContext && !waiter.context)
            continue; // the asker is gone
        waiter.callback(result);
        if (!self)
            return;
    }
    postAnswers();
}

std::optional<EventType> TeamEventTypeCache::teamEventType(qint64 id) const
{
    const auto it = m_teamById.constFind(id);
    if (it == m_teamById.constEnd())
        return std::nullopt;
    return *it;
}

void TeamEventTypeCache::remember(const calcom::SavedEventType& saved)
{
    if (saved.eventType.id > 0 && saved.eventType.teamId && m_team.loaded && m_team.result
        && m_team.result->has_value())
        m_teamById.insert(saved.eventType.id, saved.eventType);
    for (const EventType& child : saved.children) {
        const qint64 parentId = child.parentEventTypeId.value_or(saved.eventType.id);
        if (child.ownerId)
            m_savedChildren[parentId].insert(*child.ownerId, child);
    }
}

std::optional<EventType> TeamEventTypeCache::rememberedChild(qint64 parentId, qint64 userId) const
{
    const auto parent = m_savedChildren.constFind(parentId);
    if (parent == m_savedChildren.constEnd())
        return std::nullopt;
    const auto child = parent->constFind(userId);
    if (child == parent->constEnd())
        return std::nullopt;
    return *child;
}

std::optional<EventType> TeamEventTypeCache::childIn(
    const QList<EventType>& userEventTypes, qint64 parentId, qint64 userId)
{
    for (const EventType& et : userEventTypes) {
        if (et.parentEventTypeId != parentId)
            continue;
        // The list is the user's own; ownerId, when Cal.com sends it, must agree.
        if (et.ownerId && *et.ownerId != userId)
            continue;
        return et;
    }
    return std::nullopt;
}

} // namespace salon::eventmaps
