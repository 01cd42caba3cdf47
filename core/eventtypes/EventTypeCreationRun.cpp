#include "EventTypeCreationRun.h"

#include "EventTypePlanBuilder.h"
#include "EventTypeRepository.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"
#include "history/RunId.h"

#include <QTimer>

#include <algorithm>

namespace salon::eventtypes
{

using State = ItemProgress::State;

EventTypeCreationRun::EventTypeCreationRun(
    DatabaseWorker* worker, calcom::CalcomClient* client, EventTypePlan plan, QString actor, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_actor(std::move(actor))
    , m_runId(history::RunId::create(history::RunId::kWizard))
{
    using C = PlanItem::Classification;
    for (const PlanItem& item : m_plan.items) {
        ItemProgress p;
        if (item.classification == C::Keep) {
            p.state = State::Unchanged;
            p.eventTypeId = item.existingEventTypeId;
        } else if (item.classification == C::Conflict || item.classification == C::Blocked) {
            p.state = State::Skipped;
            p.message = item.reason;
        }
        m_progress.append(p);
        m_lookUpFirst.append(false);
    }
}

EventTypeCreationRun::~EventTypeCreationRun()
{
    // Requests still queued in the limiter must not outlive their item; sent ones end on their own.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        if (it.value() && !m_sent.value(it.key()))
            it.value()->cancel();
}

EventTypeCreationRun* EventTypeCreationRun::retryOf(const EventTypeCreationRun& finished, QObject* parent)
{
    if (finished.isRunning())
        return nullptr;
    auto* retry = new EventTypeCreationRun(
        finished.m_worker, finished.m_client, finished.m_plan, finished.m_actor, parent);
    retry->m_maxConcurrent = finished.m_maxConcurrent;
    retry->m_progress = finished.m_progress;
    retry->m_lookUpFirst = finished.m_lookUpFirst;
    bool any = false;
    for (int i = 0; i < retry->m_progress.size(); ++i) {
        const State s = retry->m_progress.at(i).state;
        if (s != State::Failed && s != State::Cancelled)
            continue;
        // Whatever happened before, Cal.com may hold the event type now: look before posting.
        retry->m_lookUpFirst[i] = true;
        retry->m_progress[i].state = State::Waiting;
        retry->m_progress[i].message.clear();
        any = true;
    }
    if (!any) {
        delete retry;
        return nullptr;
    }
    return retry;
}

void EventTypeCreationRun::doStart()
{
    for (int i = 0; i < m_plan.items.size(); ++i)
        if (m_plan.items.at(i).changesMap() && m_progress.at(i).state == State::Waiting)
            m_queue.push_back(i);
    emit progressChanged(finishedWorkCount(), workCount());
    pump();
    finishIfIdle();
}

void EventTypeCreationRun::doCancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    // Every item still waiting — queued, or not even queued when the cancel came before the start ran.
    for (int i = 0; i < m_plan.items.size(); ++i) {
        if (!m_plan.items.at(i).changesMap() || m_progress.at(i).state != State::Waiting
            || m_activeItems.contains(i))
            continue;
        setState(i, State::Cancelled, tr("Cancelled before it was sent."));
        itemFinished(i);
    }
    // Drop what is still waiting for the rate limiter; a POST on the wire may already have created the
    // event type, so it is allowed to finish and be recorded.
    const auto inFlight = m_inFlight;
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it)
        if (it.value() && !m_sent.value(it.key()))
            it.value()->cancel();
    finishIfIdle();
}

void EventTypeCreationRun::pump()
{
    while (!m_cancelled && m_activeItems.size() < m_maxConcurrent && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        m_activeItems.insert(index);
        runItem(index);
    }
}

void EventTypeCreationRun::runItem(int index)
{
    const PlanItem& item = m_plan.items.at(index);
    setState(index, State::Running);
    if (item.classification == PlanItem::Classification::Adopt && !m_lookUpFirst.at(index)) {
        // Queued, so the map write happens from the event loop like every other outcome.
        QTimer::singleShot(0, this, [this, index] {
            const PlanItem& adopted = m_plan.items.at(index);
            apply(index, *adopted.existingEventTypeId, adopted.slug, true,
                tr("Adopted the existing event type."));
        });
        return;
    }
    if (!m_client) {
        setState(index, State::Failed, tr("No Cal.com connection."));
        itemFinished(index);
        return;
    }
    if (m_lookUpFirst.at(index))
        lookUp(index, std::nullopt);
    else
        post(index);
}

void EventTypeCreationRun::track(int index, calcom::CalcomRequest* request, bool isPost)
{
    m_inFlight.insert(index, request);
    m_sent.insert(index, false);
    connect(request, &calcom::CalcomRequest::sent, this, [this, index, isPost](int) {
        m_sent.insert(index, true);
        if (isPost)
            ++m_progress[index].createRequests;
    });
}

void EventTypeCreationRun::post(int index)
{
    const PlanItem& item = m_plan.items.at(index);
    auto* reply = m_client->createTeamEventType(m_plan.teamId, item.input());
    track(index, reply, true);
    connect(reply, &calcom::CalcomJob::finished, this, [this, index, reply] {
        m_inFlight.remove(index);
        if (reply->hasError()) {
            if (reply->error().category == calcom::CalcomError::Category::Cancelled && !m_sent.value(index)) {
                setState(index, State::Cancelled, tr("Cancelled before it was sent."));
                itemFinished(index);
                return;
            }
            qCWarning(lcCalcom) << "creating" << m_plan.items.at(index).slug
                                << "failed:" << reply->error().details();
            lookUp(index, reply->error());
            return;
        }
        const calcom::EventType& created = reply->result().eventType;
        QString note;
        if (created.slug != m_plan.items.at(index).slug)
            note = tr("Cal.com stored the slug as \"%1\".").arg(created.slug);
        apply(index, created.id, created.slug.isEmpty() ? m_plan.items.at(index).slug : created.slug, false,
            note);
    });
}

void EventTypeCreationRun::lookUp(int index, const std::optional<calcom::CalcomError>& cause)
{
    const PlanItem& item = m_plan.items.at(index);
    // A retry after this must look again before it posts.
    m_lookUpFirst[index] = true;
    if (m_cancelled && !cause) {
        setState(index, State::Cancelled, tr("Cancelled before it was sent."));
        itemFinished(index);
        return;
    }
    auto* reply = m_client->teamEventTypes(m_plan.teamId, item.slug);
    track(index, reply, false);
    connect(reply, &calcom::CalcomJob::finished, this, [this, index, reply, cause] {
        m_inFlight.remove(index);
        const PlanItem& item = m_plan.items.at(index);
        const QString causeText = cause ? cause->userMessage() : QString();
        if (reply->hasError()) {
            if (reply->error().category == calcom::CalcomError::Category::Cancelled && !cause) {
                setState(index, State::Cancelled, tr("Cancelled before it was sent."));
            } else {
                // We do not know whether Cal.com created it: leave it failed; a retry looks again first.
                setState(index, State::Failed,
                    cause ? tr("%1 Looking the slug up afterwards failed too: %2")
                                .arg(causeText, reply->error().userMessage())
                          : tr("Cannot look the slug up: %1").arg(reply->error().userMessage()));
            }
            itemFinished(index);
            return;
        }
        const QList<calcom::EventType>& found = reply->result();
        const calcom::EventType* match = nullptr;
        for (const calcom::EventType& et : found)
            if (et.slug == item.slug)
                match = &et;
        if (!match) {
            if (cause) {
                // Not created: the error stands, and the item may be retried.
                setState(index, State::Failed, causeText);
                itemFinished(index);
            } else {
                post(index);
            }
            return;
        }
        const QString mismatch = EventTypePlanBuilder::mismatch(
            *match, item.calcomUserId.value_or(0), item.durationMinutes, true);
        if (!mismatch.isEmpty()) {
            setState(index, State::Failed,
                tr("Event type %1 has the slug \"%2\" but %3. It is left untouched.")
                    .arg(match->id)
                    .arg(item.slug, mismatch));
            itemFinished(index);
            return;
        }
        if (cause) {
            qCWarning(lcCalcom) << "Cal.com answered an error but created" << item.slug << "as" << match->id
                                << "- adopting it";
            m_progress[index].adoptedAfterError = true;
            apply(index, match->id, match->slug, true,
                tr("Cal.com answered \"%1\" but had created the event type; it was adopted, not duplicated.")
                    .arg(causeText));
        } else {
            apply(index, match->id, match->slug, true, tr("Found by its slug; adopted."));
        }
    });
}

void EventTypeCreationRun::apply(
    int index, qint64 eventTypeId, const QString& slug, bool adopted, const QString& note)
{
    ItemProgress& p = m_progress[index];
    p.eventTypeId = eventTypeId;
    p.slug = slug;
    const PlanItem item = m_plan.items.at(index);
    const qint64 teamId = m_plan.teamId;
    const QString action = adopted ? EventTypeRepository::kActionAdopt : EventTypeRepository::kActionCreate;
    const QString actor = m_actor;
    const QString runId = m_runId;
    m_worker->post<Expected<qint64, QString>>(
        [item, teamId, eventTypeId, slug, action, actor, runId](QSqlDatabase& db) {
            return EventTypeRepository(db).applyEventType(
                item, teamId, eventTypeId, slug, action, actor, runId);
        },
        this,
        [this, index, eventTypeId, note](Expected<qint64, QString> row) {
            if (!row) {
                // Cal.com has the event type; a re-run adopts it by its slug once the database is writable
                // again.
                setState(index, State::Failed,
                    tr("Event type %1 exists in Cal.com, but the map could not be updated: %2")
                        .arg(eventTypeId)
                        .arg(row.error()));
                m_lookUpFirst[index] = true;
            } else {
                setState(index, State::Done, note);
            }
            itemFinished(index);
        });
}

void EventTypeCreationRun::setState(int index, State state, const QString& message)
{
    ItemProgress& p = m_progress[index];
    p.state = state;
    p.message = message;
    emit itemChanged(index);
}

void EventTypeCreationRun::itemFinished(int index)
{
    // Items cancelled straight from the queue never held a slot.
    m_activeItems.remove(index);
    emit progressChanged(finishedWorkCount(), workCount());
    pump();
    finishIfIdle();
}

void EventTypeCreationRun::finishIfIdle()
{
    if (!isStarted() || isDone() || !m_activeItems.isEmpty() || !m_queue.empty())
        return;
    qCInfo(lcCalcom) << "event-type run finished:" << count(State::Done) << "done," << count(State::Failed)
                     << "failed," << count(State::Cancelled) << "cancelled";
    // finished() follows from the event loop (Job).
    finishOk();
}

int EventTypeCreationRun::workCount() const
{
    return m_plan.changeCount();
}

int EventTypeCreationRun::finishedWorkCount() const
{
    int n = 0;
    for (int i = 0; i < m_plan.items.size(); ++i)
        if (m_plan.items.at(i).changesMap() && m_progress.at(i).isFinal())
            ++n;
    return n;
}

int EventTypeCreationRun::count(State state) const
{
    return int(std::count_if(
        m_progress.cbegin(), m_progress.cend(), [state](const ItemProgress& p) { return p.state == state; }));
}

} // namespace salon::eventtypes
