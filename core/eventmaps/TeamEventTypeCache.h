#pragma once

#include "calcom/CalcomError.h"
#include "calcom/EventType.h"
#include "calcom/SavedEventType.h"
#include "common/Expected.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>

namespace salon::calcom
{
class CalcomClient;
}

namespace salon::eventmaps
{

// What Cal.com said during one run (a verify, a populate, a sync pass), so that a run over many map rows
// asks once instead of once per row:
//  - the team's event types: one GET /v2/teams/{teamId}/event-types (not paginated; hidden ones included,
//    MANAGED parents with hosts = users that have a child);
//  - each staff user's event types: one GET /v2/event-types?username= per user (where children show up);
//  - children seen in create/PATCH answers ([parent, ...children]), which are authoritative.
// Concurrent askers share one request. Failures are cached too (a run does not hammer a failing Cal.com).
class TeamEventTypeCache : public QObject
{
    Q_OBJECT
public:
    using ListResult = Expected<QList<calcom::EventType>, calcom::CalcomError>;
    using ListCallback = std::function<void(const ListResult&)>;

    TeamEventTypeCache(calcom::CalcomClient* client, qint64 teamId, QObject* parent = nullptr);
    ~TeamEventTypeCache() override;

    qint64 teamId() const { return m_teamId; }

    // Calls `done` (from the event loop, while `context` lives) with the team's event types.
    void withTeamEventTypes(QObject* context, ListCallback done);
    // Calls `done` with the event types of `username` as visible to our key.
    void withUserEventTypes(const QString& username, QObject* context, ListCallback done);

    // After withTeamEventTypes() succeeded: the team event type with this id, if it exists.
    std::optional<calcom::EventType> teamEventType(qint64 id) const;
    bool hasTeamEventTypes() const { return m_team.loaded && m_team.result && m_team.result->has_value(); }

    // Records the children of a create/PATCH answer; they win over lookups.
    void remember(const calcom::SavedEventType& saved);
    std::optional<calcom::EventType> rememberedChild(qint64 parentId, qint64 userId) const;

    // The child of parentId owned by userId in that user's event types. A personal event type with the
    // parent's slug is NOT a child (no parentEventTypeId) — the incident's users had exactly those.
    static std::optional<calcom::EventType> childIn(
        const QList<calcom::EventType>& userEventTypes, qint64 parentId, qint64 userId);

    // Requests this cache has sent (for tests and the CLI's summary).
    int requestCount() const { return m_requestCount; }

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        ListCallback callback;
    };
    struct Pending {
        bool loaded = false;
        bool inFlight = false;
        std::optional<ListResult> result;
        QList<Waiter> waiters;
    };

    void deliver(Pending& pending, QObject* context, ListCallback done);
    void complete(Pending& pending, ListResult result);
    // Answers go out in arrival order, a few per event-loop pass (answerSome()).
    void queueAnswer(Waiter waiter, const ListResult& result);
    void answerSome();
    void postAnswers();

    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    Pending m_team;
    QHash<qint64, calcom::EventType> m_teamById;
    std::map<QString, Pending> m_users; // by lower-case username; std::map keeps references stable
    QHash<qint64, QHash<qint64, calcom::EventType>> m_savedChildren; // parent -> user -> child
    int m_requestCount = 0;
    std::deque<std::pair<Waiter, ListResult>> m_answers;
    bool m_answersPosted = false;
};

} // namespace salon::eventmaps
