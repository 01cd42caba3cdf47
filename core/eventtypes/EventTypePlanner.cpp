#include "EventTypePlanner.h"

#include "EventTypePlanBuilder.h"
#include "EventTypeRepository.h"

#include "calcom/CalcomClient.h"
#include "calcom/TeamResolver.h"
#include "common/Logging.h"
#include "common/WaitForSignal.h"

#include <QTimer>

namespace salon::eventtypes
{

EventTypePlanner::EventTypePlanner(QSqlDatabase db, calcom::CalcomClient* client, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
{
}

EventTypePlanner::~EventTypePlanner()
{
    if (m_job)
        m_job->cancel();
}

void EventTypePlanner::start(const PlanRequest& request)
{
    if (m_started)
        return;
    m_started = true;
    m_request = request;
    if (m_request.titleTemplate.trimmed().isEmpty())
        m_request.titleTemplate = EventTypePlanBuilder::defaultTitleTemplate();
    if (const QString problem = EventTypePlanBuilder::templateProblem(m_request.titleTemplate);
        !problem.isEmpty())
        return fail(problem);
    if (!m_client)
        return fail(tr("No Cal.com connection is configured."));

    auto data = EventTypeRepository(m_db).planningData(m_request.serviceIds, m_request.staffIds);
    if (!data)
        return fail(data.error());
    m_data = std::move(data).value();

    if (m_request.teamId && *m_request.teamId > 0)
        return fetchEventTypes(*m_request.teamId);
    auto* resolver = m_client->resolveTeam();
    m_job = resolver;
    connect(resolver, &calcom::CalcomJob::finished, this, [this, resolver] {
        m_job = nullptr;
        if (m_done)
            return;
        if (resolver->hasError())
            return fail(tr("Cannot find the Cal.com team: %1").arg(resolver->error().userMessage()),
                resolver->error());
        fetchEventTypes(resolver->teamId());
    });
}

void EventTypePlanner::fetchEventTypes(qint64 teamId)
{
    auto* reply = m_client->teamEventTypes(teamId);
    m_job = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, teamId] {
        m_job = nullptr;
        if (m_done)
            return;
        if (reply->hasError())
            return fail(tr("Cannot read the team's event types: %1").arg(reply->error().userMessage()),
                reply->error());
        m_plan = EventTypePlanBuilder::build(m_data, reply->result(), teamId, m_request.titleTemplate);
        qCInfo(lcCalcom) << "event-type plan:" << m_plan.items.size() << "items," << m_plan.createCount()
                         << "to create";
        finishLater();
    });
}

void EventTypePlanner::cancel()
{
    if (m_done)
        return;
    if (m_job)
        m_job->cancel();
    fail(tr("Planning was cancelled."));
}

void EventTypePlanner::fail(const QString& message, const std::optional<calcom::CalcomError>& calcomError)
{
    if (m_done)
        return;
    m_error = message;
    m_calcomError = calcomError;
    finishLater();
}

void EventTypePlanner::finishLater()
{
    if (m_done)
        return;
    m_done = true;
    // Always from the event loop, never inside start(): callers connect after start().
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        emit finished();
    });
}

bool EventTypePlanner::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    waitForSignal(this, &EventTypePlanner::finished, timeoutMs);
    return m_finished;
}

} // namespace salon::eventtypes
