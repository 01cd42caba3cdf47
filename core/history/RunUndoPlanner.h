#pragma once

#include "RunUndoPlan.h"
#include "UndoFacts.h"
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

// Plans the undo of one run (nothing is changed): reads the run's audit entries and the map rows it touched
// through the DatabaseWorker, then asks Cal.com — GET /v2/teams/{team}/event-types (does each type still
// exist) and GET /v2/bookings?eventTypeIds=… (bookings on the types the run created) — and applies
// RunUndoPlanBuilder's rules. A run without wizard entries asks Cal.com nothing.
//
//   auto* planner = new RunUndoPlanner(worker, client, teamId, runId, this);
//   connect(planner, &Job::finished, this, [planner] { show(planner->plan()); });
//   planner->start();
class RunUndoPlanner : public Job
{
    Q_OBJECT
public:
    RunUndoPlanner(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QString runId,
        QObject* parent = nullptr);

    const RunUndoPlan& plan() const { return m_plan; }
    const UndoFacts& facts() const { return m_facts; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void askCalcom();
    void fetchBookings();
    void finishPlan();

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QString m_runId;
    UndoFacts m_facts;
    RunUndoPlan m_plan;
    QPointer<calcom::CalcomJob> m_current;
};

} // namespace salon::history
