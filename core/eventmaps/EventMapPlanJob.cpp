#include "EventMapPlanJob.h"

#include "common/Logging.h"
#include "common/WaitForSignal.h"

#include <QTimer>

#include <algorithm>

namespace salon::eventmaps
{

EventMapPlanJob::EventMapPlanJob(const char* kind, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
{
}

void EventMapPlanJob::begin()
{
    m_plan = {};
    m_error.clear();
    m_finished = false;
    m_pending = 1;
}

void EventMapPlanJob::rowDone()
{
    if (!m_finished && --m_pending == 0)
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
    if (m_finished)
        return;
    m_finished = true;
    std::sort(m_plan.changes.begin(), m_plan.changes.end(),
        [](const EventMapChange& a, const EventMapChange& b) { return a.before.id < b.before.id; });
    qCDebug(lcEventMaps) << m_kind << "plan:" << m_plan.changes.size() << "changes," << m_plan.warnings.size()
                         << "warnings" << m_error;
    emit finished();
}

bool EventMapPlanJob::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    waitForSignal(this, &EventMapPlanJob::finished, timeoutMs);
    return m_finished;
}

} // namespace salon::eventmaps
