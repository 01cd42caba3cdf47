#pragma once

#include "EventTypePlan.h"
#include "ItemProgress.h"

#include "calcom/CalcomError.h"
#include "common/Job.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <deque>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
class CalcomRequest;
} // namespace salon::calcom

namespace salon::eventtypes
{

// Executes a confirmed EventTypePlan: for each create/replace item one POST of a hidden single-host
// ROUND_ROBIN team event type, for each adopt item only the map change. Items run concurrently (at most
// maxConcurrent() at a time; the client's shared RateLimiter paces the requests further), each with its own
// status. Every success re-points its map row at once in its own transaction with an audit entry, so a crash
// or a cancel loses nothing and a re-run (a new plan) resumes: what was created is found by its slug and kept
// or adopted.
//
// POSTs are never re-sent blindly: after ANY error the slug is looked up first (Cal.com has created event
// types while answering 500 or "slug exists"); a matching one is adopted. A retry (retryOf) looks the slug
// up before posting again.
//
// A job (core/common/Job.h): finished() once every item is final; the map writes run in the application's
// database worker. cancel(): no new items start; requests still waiting in the rate limiter are dropped
// (their items become Cancelled); a POST already on the wire is allowed to finish, and its result is
// recorded.
class EventTypeCreationRun : public Job
{
    Q_OBJECT
public:
    EventTypeCreationRun(DatabaseWorker* worker, calcom::CalcomClient* client, EventTypePlan plan,
        QString actor, QObject* parent = nullptr);
    ~EventTypeCreationRun() override;

    // A new run of a finished run's failed and cancelled items (looking each slug up first); the others keep
    // their outcome. nullptr when there is nothing to retry.
    static EventTypeCreationRun* retryOf(const EventTypeCreationRun& finished, QObject* parent = nullptr);

    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }

    // The wizard run id every audit entry of this run carries (history, undo-run); set it before start()
    // to put later steps (retiring MANAGED parents) under the same run.
    QString runId() const { return m_runId; }
    void setRunId(const QString& runId) { m_runId = runId; }

    const EventTypePlan& plan() const { return m_plan; }
    const QList<ItemProgress>& items() const { return m_progress; }
    const ItemProgress& item(int index) const { return m_progress.at(index); }

    bool isRunning() const { return isStarted() && !isDone(); }
    bool wasCancelled() const { return m_cancelled; }
    // Items that change the map (create + replace + adopt), and how many of them reached a final state.
    int workCount() const;
    int finishedWorkCount() const;
    int count(ItemProgress::State state) const;

signals:
    void itemChanged(int index);
    void progressChanged(int finished, int total);

protected:
    // Starts every item that changes the map. finished() follows from the event loop (also when there is
    // nothing to do).
    void doStart() override;
    void doCancel() override;

private:
    void pump();
    void runItem(int index);
    void post(int index);
    // Looks the slug up; `cause` is the error that made us look (none: the look-before-post of a retry).
    void lookUp(int index, const std::optional<calcom::CalcomError>& cause);
    void apply(int index, qint64 eventTypeId, const QString& slug, bool adopted, const QString& note);
    void setState(int index, ItemProgress::State state, const QString& message = {});
    void itemFinished(int index);
    void track(int index, calcom::CalcomRequest* request, bool isPost);
    void finishIfIdle();

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    EventTypePlan m_plan;
    QString m_actor;
    QString m_runId;
    QList<ItemProgress> m_progress;
    QList<bool> m_lookUpFirst;
    std::deque<int> m_queue;
    // In-flight request per item, and whether it has gone out on the wire.
    QHash<int, QPointer<calcom::CalcomRequest>> m_inFlight;
    QHash<int, bool> m_sent;
    int m_maxConcurrent = 4;
    QSet<int> m_activeItems; // items holding one of the maxConcurrent slots
    bool m_cancelled = false;
};

} // namespace salon::eventtypes
