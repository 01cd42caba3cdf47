#include "EventMapPlanJob.h"

#include "common/Logging.h"

#include <QTimer>

#include <algorithm>

namespace salon::eventmaps
{

EventMapPlanJob::EventMapPlanJob(const char* kind, QObject* parent)
    : Job(parent)
    , m_kind(kind)
{
}

void EventMapPlanJob::plan(const EventMapData& data)
{
    m_data = data;
    start();
}

void EventMapPlanJob::begin()
{
    m_plan = {};
    m_error.clear();
    m_pending = 1;
}

void EventMapPlanJob::rowDone()
{
    if (!isDone() && --m_pending == 0)
        finish();
}

void EventMapPlanJob::releaseFromEventLoop()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_error.isEmpty())
            finish();
        else
            rowDone();
    });
}

void EventMapPlanJob::fail(const QString& error)
{
    m_error = error;
    finish();
}

void EventMapPlanJob::finish()
{
    if (isDone())
        return;
    std::sort(m_plan.changes.begin(), m_plan.changes.end(),
        [](const EventMapChange& a, const EventMapChange& b) { return a.before.id < b.before.id; });
    qCDebug(lcEventMaps) << m_kind << "plan:" << m_plan.changes.size() << "changes," << m_plan.warnings.size()
                         << "warnings" << m_error;
    if (m_error.isEmpty())
        finishOk();
    else
        finishWithError(m_error);
}

} // namespace salon::eventmaps
