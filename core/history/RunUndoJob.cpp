#include "RunUndoJob.h"

#include "RunId.h"
#include "UndoRepository.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"

namespace salon::history
{

namespace
{
struct UndoJobText {
    Q_DECLARE_TR_FUNCTIONS(salon::history::RunUndoJob)
};
} // namespace

RunUndoJob::RunUndoJob(
    DatabaseWorker* worker, calcom::CalcomClient* client, RunUndoPlan plan, QString actor, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_actor(std::move(actor))
    , m_undoRunId(RunId::create(RunId::kUndo))
{
    m_total = m_plan.plannedCount();
}

void RunUndoJob::doStart()
{
    setProgress(0, m_total);
    next();
}

void RunUndoJob::next()
{
    if (isDone())
        return;
    if (isCancelRequested()) {
        finishWithError(UndoJobText::tr("Cancelled: %n item(s) not undone.", nullptr, m_plan.plannedCount()));
        return;
    }
    while (++m_index < m_plan.items.size()) {
        if (m_plan.items.at(m_index).state == UndoItem::State::Planned) {
            checkBookings(m_index);
            return;
        }
    }
    finishOk();
}

void RunUndoJob::checkBookings(int index)
{
    const UndoItem& item = m_plan.items.at(index);
    if (!item.deleteEventType || item.eventTypeDeleted) {
        revertMap(index);
        return;
    }
    if (!m_client) {
        finishItem(index, UndoItem::State::Failed, UndoJobText::tr("No connection to Cal.com."));
        return;
    }
    // Asked again right before the change: a booking may have come in since the plan.
    calcom::BookingQuery query;
    query.eventTypeId = item.runEventTypeId;
    auto* page = m_client->bookingsPage(query);
    m_current = page;
    connect(page, &calcom::CalcomJob::finished, this, [this, index, page] {
        if (isDone())
            return;
        if (page->hasError()) {
            finishItem(index, UndoItem::State::Failed,
                UndoJobText::tr("Cannot check the bookings of event type %1: %2")
                    .arg(m_plan.items.at(index).runEventTypeId)
                    .arg(page->error().userMessage()));
            return;
        }
        QStringList active;
        for (const calcom::Booking& b : page->result().bookings)
            if (!b.isCancelled())
                active.append(b.uid);
        if (!active.isEmpty()) {
            finishItem(index, UndoItem::State::Refused,
                UndoJobText::tr("Event type %1 has %n booking(s) that are not cancelled (%2); cancel or move "
                                "them first.",
                    nullptr, int(active.size()))
                    .arg(m_plan.items.at(index).runEventTypeId)
                    .arg(active.mid(0, 5).join(QStringLiteral(", "))));
            return;
        }
        revertMap(index);
    });
}

void RunUndoJob::revertMap(int index)
{
    const UndoItem item = m_plan.items.at(index);
    if (!item.revertMap || item.mapReverted) {
        deleteEventType(index);
        return;
    }
    using Result = Expected<Done, QString>;
    m_worker->post<Result>(
        [item, actor = m_actor, undoRunId = m_undoRunId, undone = m_plan.runId](
            QSqlDatabase& db) { return UndoRepository(db).revertMapRow(item, actor, undoRunId, undone); },
        this,
        [this, index](Result result) {
            if (isDone())
                return;
            if (!result) {
                finishItem(index, UndoItem::State::Failed, result.error());
                return;
            }
            m_plan.items[index].mapReverted = true;
            emit itemChanged(index);
            deleteEventType(index);
        });
}

void RunUndoJob::deleteEventType(int index)
{
    const UndoItem& item = m_plan.items.at(index);
    if (!item.deleteEventType || item.eventTypeDeleted) {
        finishItem(index, UndoItem::State::Done);
        return;
    }
    if (!m_client) {
        finishItem(index, UndoItem::State::Failed, UndoJobText::tr("No connection to Cal.com."));
        return;
    }
    auto* reply = m_client->deleteTeamEventType(m_plan.teamId, item.runEventTypeId);
    m_current = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, index, reply] {
        if (isDone())
            return;
        UndoItem& item = m_plan.items[index];
        if (reply->hasError()) {
            finishItem(index, UndoItem::State::Failed,
                UndoJobText::tr(
                    "Map row put back, but deleting event type %1 failed: %2 — run undo-run again "
                    "to finish.")
                    .arg(item.runEventTypeId)
                    .arg(reply->error().userMessage()));
            return;
        }
        item.eventTypeDeleted = true;
        qCInfo(lcCalcom) << "undo" << m_plan.runId << "deleted event type" << item.runEventTypeId;
        using Result = Expected<Done, QString>;
        m_worker->post<Result>(
            [item, teamId = m_plan.teamId, actor = m_actor, undoRunId = m_undoRunId, undone = m_plan.runId](
                QSqlDatabase& db) {
                return UndoRepository(db).auditEventTypeDeleted(item, teamId, actor, undoRunId, undone);
            },
            this,
            [this, index](Result audited) {
                if (isDone())
                    return;
                finishItem(index, UndoItem::State::Done,
                    audited
                        ? QString()
                        : UndoJobText::tr("Deleted, but the audit entry failed: %1").arg(audited.error()));
            });
    });
}

void RunUndoJob::finishItem(int index, UndoItem::State state, const QString& reason)
{
    UndoItem& item = m_plan.items[index];
    item.state = state;
    if (!reason.isEmpty())
        item.reason = reason;
    emit itemChanged(index);
    setProgress(++m_finished, m_total);
    next();
}

void RunUndoJob::doCancel()
{
    // The item in flight finishes (a DELETE on the wire cannot be called back); next() then stops.
}

} // namespace salon::history
