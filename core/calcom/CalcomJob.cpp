#include "CalcomJob.h"

#include "common/Logging.h"
#include "common/WaitForSignal.h"

#include <QTimer>

namespace salon::calcom
{

CalcomJob::CalcomJob(QObject* parent)
    : QObject(parent)
{
}

CalcomJob::~CalcomJob() = default;

bool CalcomJob::waitForFinished(int timeoutMs)
{
    m_autoDelete = false;
    if (m_emitted)
        return true;
    waitForSignal(this, &CalcomJob::finished, timeoutMs);
    return m_emitted;
}

void CalcomJob::finishOk()
{
    if (m_done)
        return;
    m_done = true;
    emitFinishedLater();
}

void CalcomJob::finishWithError(const CalcomError& error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (error.category != CalcomError::Category::Cancelled)
        qCWarning(lcCalcom).noquote() << "Cal.com request failed:" << error.details();
    emitFinishedLater();
}

void CalcomJob::emitFinishedLater()
{
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

} // namespace salon::calcom
