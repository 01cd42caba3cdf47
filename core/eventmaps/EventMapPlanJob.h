#pragma once

#include "EventMapChange.h"
#include "EventMapData.h"

#include "common/Job.h"

namespace salon::eventmaps
{

// What populate-event-maps and repair-event-maps share: an asynchronous plan of map changes that is
// finished once every row's resolve job has answered, or at the first error (a Cal.com failure makes the
// plan incomplete: it must then not be applied). finished() never comes from inside the call that starts
// the plan. Apply the result with EventMapRepository::apply().
class EventMapPlanJob : public Job
{
    Q_OBJECT
public:
    // Plans the changes for this data (starts the job). errorString() is set when Cal.com could not be asked.
    void plan(const EventMapData& data);
    const EventMapPlan& result() const { return m_plan; }

protected:
    // `kind` names the plan in the debug log ("populate", "repair").
    EventMapPlanJob(const char* kind, QObject* parent);

    // Starts a new plan; one row is held until releaseFromEventLoop() so an empty plan still finishes
    // asynchronously.
    void begin();
    void rowStarted() { ++m_pending; }
    void rowDone();
    // Releases begin()'s hold from the event loop (or finishes there when an error is already set).
    void releaseFromEventLoop();
    void fail(const QString& error);
    void finish();

    EventMapData m_data;
    EventMapPlan m_plan;
    QString m_error;

private:
    const char* m_kind;
    int m_pending = 0;
};

} // namespace salon::eventmaps
