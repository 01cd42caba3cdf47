#include "Job.h"

#include "WaitForSignal.h"

namespace salon
{

Job::Job(QObject* parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    // From the event loop, so a job that finishes at once still emits after the caller connected.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_done)
                doStart();
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    if (m_done || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_started)
        doCancel();
}

bool Job::waitForFinished(int timeoutMs)
{
    m_autoDelete = false;
    if (m_emitted)
        return true;
    if (!m_started)
        start();
    waitForSignal(this, &Job::finished, timeoutMs);
    return m_emitted;
}

void Job::finishOk()
{
    if (m_done)
        return;
    m_done = true;
    emitFinishedLater();
}

void Job::finishWithError(const QString& errorString)
{
    if (m_done)
        return;
    m_done = true;
    m_failed = true;
    m_errorString = errorString;
    emitFinishedLater();
}

void Job::setProgress(int done, int total)
{
    if (done == m_progressDone && total == m_progressTotal)
        return;
    m_progressDone = done;
    m_progressTotal = total;
    emit progress(done, total);
}

void Job::emitFinishedLater()
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

} // namespace salon
