#include "EventTypePlanner.h"

#include "EventTypePlanBuilder.h"
#include "EventTypeRepository.h"

#include "calcom/CalcomClient.h"
#include "calcom/TeamResolver.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"

namespace salon::eventtypes
{

EventTypePlanner::EventTypePlanner(DatabaseWorker* worker, calcom::CalcomClient* client, QObject* parent)
    : Job(parent)
    , m_worker(worker)
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
    m_request = request;
    Job::start();
}

void EventTypePlanner::doStart()
{
    if (m_request.titleTemplate.trimmed().isEmpty())
        m_request.titleTemplate = EventTypePlanBuilder::defaultTitleTemplate();
    if (const QString problem = EventTypePlanBuilder::templateProblem(m_request.titleTemplate);
        !problem.isEmpty())
        return fail(problem);
    if (!m_client)
        return fail(tr("No Cal.com connection is configured."));
    const QList<qint64> serviceIds = m_request.serviceIds;
    const QStringList staffIds = m_request.staffIds;
    m_worker->post<Expected<PlanningData, QString>>(
        [serviceIds, staffIds](
            QSqlDatabase& db) { return EventTypeRepository(db).planningData(serviceIds, staffIds); },
        this,
        [this](Expected<PlanningData, QString> data) {
            if (isDone())
                return;
            if (!data)
                return fail(data.error());
            m_data = std::move(data).value();
            resolveTeam();
        });
}

void EventTypePlanner::resolveTeam()
{
    if (!m_client)
        return fail(tr("No Cal.com connection is configured."));
    if (m_request.teamId && *m_request.teamId > 0)
        return fetchEventTypes(*m_request.teamId);
    auto* resolver = m_client->resolveTeam();
    m_job = resolver;
    connect(resolver, &calcom::CalcomJob::finished, this, [this, resolver] {
        m_job = nullptr;
        if (isDone())
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
        if (isDone())
            return;
        if (reply->hasError())
            return fail(tr("Cannot read the team's event types: %1").arg(reply->error().userMessage()),
                reply->error());
        m_plan = EventTypePlanBuilder::build(m_data, reply->result(), teamId, m_request.titleTemplate);
        qCInfo(lcCalcom) << "event-type plan:" << m_plan.items.size() << "items," << m_plan.createCount()
                         << "to create";
        finishOk();
    });
}

void EventTypePlanner::doCancel()
{
    if (m_job)
        m_job->cancel();
    fail(tr("Planning was cancelled."));
}

void EventTypePlanner::fail(const QString& message, const std::optional<calcom::CalcomError>& calcomError)
{
    if (isDone())
        return;
    m_calcomError = calcomError;
    finishWithError(message);
}

} // namespace salon::eventtypes
