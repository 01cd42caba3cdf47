#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace salon
{

// Time as the app reads it. Rate limiting, backoff and "waiting N s" read this, so tests can move it.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time in UTC.
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds; only differences are meaningful.
    virtual qint64 monotonicMs() const = 0;

    // The process-wide clock; the system clock unless a test installed another one.
    static Clock& instance();
    // Installs a clock for tests (nullptr restores the system clock). Not owned.
    static void setInstance(Clock* clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
};

// A clock that moves only when told; for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc = QDateTime::currentDateTimeUtc())
        : m_now(std::move(startUtc))
    {
    }
    QDateTime nowUtc() const override { return m_now.addMSecs(m_elapsedMs); }
    qint64 monotonicMs() const override { return m_elapsedMs; }
    void advanceMs(qint64 ms) { m_elapsedMs += ms; }

private:
    QDateTime m_now;
    qint64 m_elapsedMs = 0;
};

} // namespace salon
