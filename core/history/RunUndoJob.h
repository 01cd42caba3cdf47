#pragma once

#include "RunUndoPlan.h"
#include "common/Job.h"

#include <QPointer>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
} // namespace salon::calcom

namespace salon::history
{

// Carries out a RunUndoPlan item by item, one at a time, under a fresh "undo-…" run id. For each planned
// item: the created event type's bookings are asked again (GET /v2/bookings?eventTypeId=), the map row is
// put back in its own transaction with its audit entry, then the event type is deleted
// (DELETE /v2/teams/{team}/event-types/{id}) and that is audit-logged. A failure ends only its item (a
// map row put back stays back; undo-run again finishes the delete). cancel() stops before the next item.
class RunUndoJob : public Job
{
    Q_OBJECT
public:
    RunUndoJob(DatabaseWorker* worker, calcom::CalcomClient* client, RunUndoPlan plan, QString actor,
        QObject* parent = nullptr);

    const RunUndoPlan& plan() const { return m_plan; }
    QString undoRunId() const { return m_undoRunId; }

signals:
    void itemChanged(int index);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void next();
    void checkBookings(int index);
    void revertMap(int index);
    void deleteEventType(int index);
    void finishItem(int index, UndoItem::State state, const QString& reason = {});

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    RunUndoPlan m_plan;
    QString m_actor;
    QString m_undoRunId;
    int m_index = -1;
    int m_total = 0;
    int m_finished = 0;
    QPointer<calcom::CalcomJob> m_current;
};

} // namespace salon::history
