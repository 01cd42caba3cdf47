#include "DriftPoller.h"

#include "core/calcom/CalcomClient.h"
#include "core/common/Clock.h"
#include "core/drift/ChangeWatch.h"

#include <QTimer>

namespace salon::ui
{

DriftPoller::DriftPoller(DatabaseWorker* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &DriftPoller::pollNow);
}

DriftPoller::~DriftPoller()
{
    if (m_watch)
        m_watch->cancel();
}

void DriftPoller::setCalcom(calcom::CalcomClient* client)
{
    m_client = client;
    setIntervalMinutes(m_minutes);
    if (m_client && m_minutes > 0)
        QTimer::singleShot(0, this, &DriftPoller::pollNow);
}

void DriftPoller::setIntervalMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    if (m_minutes == 0 || !m_client) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_minutes * 60 * 1000);
}

QString DriftPoller::whyNot() const
{
    if (!m_client)
        return tr("Cal.com is not connected.");
    if (m_watch)
        return tr("The last look is still running.");
    if (m_busy)
        if (QString busy = m_busy(); !busy.isEmpty())
            return busy;
    if (calcom::RateLimiter* limiter = m_client->rateLimiter()) {
        if (limiter->isBlocked() || limiter->queuedCount() > 0 || limiter->remaining() < kMinimumBudget)
            return tr("Few Cal.com requests are left right now (%1 of %2); the look waits for its next turn.")
                .arg(limiter->remaining())
                .arg(limiter->limit());
    }
    return {};
}

bool DriftPoller::pollNow()
{
    if (const QString reason = whyNot(); !reason.isEmpty()) {
        emit skipped(reason);
        return false;
    }
    auto* watch = new drift::ChangeWatch(m_worker, m_client, this);
    m_watch = watch;
    connect(watch, &Job::finished, this, [this, watch] {
        m_watch = nullptr;
        m_lastLook = Clock::instance().nowUtc();
        emit pollingChanged(false);
        if (watch->hasError()) {
            m_lastError = watch->errorString();
            emit pollFailed(m_lastError, m_lastLook);
            return;
        }
        m_lastError.clear();
        emit polled(watch->items(), m_lastLook);
    });
    emit pollingChanged(true);
    watch->start();
    return true;
}

} // namespace salon::ui
