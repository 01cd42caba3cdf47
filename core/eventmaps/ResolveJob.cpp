#include "ResolveJob.h"

#include "common/WaitForSignal.h"

#include <QMetaObject>
#include <QTimer>

namespace salon::eventmaps
{

ResolveJob::ResolveJob(QObject* parent)
    : QObject(parent)
{
}

ResolveJob::~ResolveJob() = default;

void ResolveJob::finish(Result result)
{
    if (m_result)
        return;
    m_result = std::move(result);
    // Always from the event loop, so a caller connecting right after resolve() never misses it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_emitted = true;
            emit finished();
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

bool ResolveJob::waitForFinished(int timeoutMs)
{
    m_autoDelete = false;
    if (m_emitted)
        return true;
    waitForSignal(this, &ResolveJob::finished, timeoutMs);
    return m_emitted;
}

} // namespace salon::eventmaps
