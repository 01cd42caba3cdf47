#include "SandboxClock.h"

namespace salon::sandbox
{

QDateTime SandboxClock::now() const
{
    if (m_fixed)
        return QDateTime::fromMSecsSinceEpoch(m_fixedMs, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs, Qt::UTC);
}

void SandboxClock::setFixed(const QDateTime& instant)
{
    m_fixed = true;
    m_fixedMs = instant.toMSecsSinceEpoch();
}

void SandboxClock::advance(qint64 ms)
{
    if (m_fixed)
        m_fixedMs += ms;
    else
        m_offsetMs += ms;
}

void SandboxClock::useSystemTime()
{
    m_fixed = false;
    m_offsetMs = 0;
}

} // namespace salon::sandbox
