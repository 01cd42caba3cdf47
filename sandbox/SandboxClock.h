#pragma once

#include <QDateTime>

namespace salon::sandbox
{

// The sandbox's notion of "now". Real time by default; tests freeze or advance it so that rate-limit
// windows, "start in the past" checks and booking timestamps are fast and deterministic.
class SandboxClock
{
public:
    QDateTime now() const;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // Freezes the clock at the given instant.
    void setFixed(const QDateTime& instant);
    // Moves the clock forward (frozen clocks stay frozen, real clocks get an offset).
    void advance(qint64 ms);
    // Back to the system clock without offset.
    void useSystemTime();
    bool isFixed() const { return m_fixed; }

private:
    bool m_fixed = false;
    qint64 m_fixedMs = 0;
    qint64 m_offsetMs = 0;
};

} // namespace salon::sandbox
