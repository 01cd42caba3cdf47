#include "RunUndoPlanner.h"

#include "RunUndoPlanBuilder.h"
#include "UndoActions.h"
#include "UndoRepository.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "db/DatabaseWorker.h"

namespace salon::history
{

namespace
{
struct PlannerText {
    Q_DECLARE_TR_FUNCTIONS(salon::history::RunUndoPlanner)
};
} // namespace

RunUndoPlanner::RunUndoPlanner(
    DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QString runId, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_teamId(teamId)
    , m_runId(std::move(runId))
{
}

void RunUndoPlanner::doStart()
{
    setProgress(0, 3);
    using Result = Expected<UndoFacts, QString>;
    m_worker->post<Result>(
        [runId = m_runId](QSqlDatabase& db) { return UndoRepository(db).loadFacts(runId); }, this,
        [this](Result facts) {
            if (isDone())
                return;
            if (!facts) {
                finishWithError(facts.error());
                return;
            }
            m_facts = std::move(*facts);
            setProgress(1, 3);
            const bool wizard
                = std::any_of(m_facts.entries.cbegin(), m_facts.entries.cend(), [](const AuditEntry& e) {
                      return e.action == UndoActions::kWizardCreate || e.action == UndoActions::kWizardAdopt;
                  });
            if (!wizard) {
                finishPlan();
                return;
            }
            askCalcom();
        });
}

void RunUndoPlanner::askCalcom()
{
    if (isCancelRequested() || !m_client) {
        finishWithError(PlannerText::tr("Cancelled."));
        return;
    }
    auto* reply = m_client->teamEventTypes(m_teamId);
    m_current = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply] {
        if (isDone())
            return;
        if (reply->hasError()) {
            finishWithError(
                PlannerText::tr("Cannot list the team's event types: %1").arg(reply->error().userMessage()));
            return;
        }
        for (const calcom::EventType& et : reply->result())
            m_facts.teamEventTypeIds.insert(et.id);
        setProgress(2, 3);
        fetchBookings();
    });
}

void RunUndoPlanner::fetchBookings()
{
    QList<qint64> created;
    for (qint64 id : m_facts.createdEventTypeIds())
        if (m_facts.teamEventTypeIds.contains(id))
            created.append(id);
    if (created.isEmpty()) {
        finishPlan();
        return;
    }
    calcom::BookingQuery query;
    query.eventTypeIds = created;
    auto* list = m_client->listBookings(query);
    m_current = list;
    connect(list, &calcom::CalcomJob::finished, this, [this, list] {
        if (isDone())
            return;
        if (list->hasError()) {
            finishWithError(PlannerText::tr("Cannot list the bookings of the run's event types: %1")
                                .arg(list->error().userMessage()));
            return;
        }
        for (const calcom::Booking& b : list->bookings())
            if (!b.isCancelled())
                m_facts.activeBookingUids[b.eventTypeId].append(b.uid);
        finishPlan();
    });
}

void RunUndoPlanner::finishPlan()
{
    m_plan = RunUndoPlanBuilder::build(m_runId, m_teamId, m_facts);
    setProgress(3, 3);
    finishOk();
}

void RunUndoPlanner::doCancel()
{
    if (m_current)
        m_current->cancel(); // its finished() then ends the job with the cancel error
    else
        finishWithError(PlannerText::tr("Cancelled."));
}

} // namespace salon::history
