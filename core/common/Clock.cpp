#include "Clock.h"

#include <QElapsedTimer>

namespace salon
{

namespace
{
Clock* g_installed = nullptr;
} // namespace

Clock& Clock::instance()
{
    static SystemClock systemClock;
    return g_installed ? *g_installed : systemClock;
}

void Clock::setInstance(Clock* clock)
{
    g_installed = clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace salon
