#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace salon
{

// CLI AND TESTS ONLY, never on the GUI thread: runs a local event loop until `sender` emits `signal` or
// timeoutMs have passed (< 0: no limit). The caller then looks at its own "finished" state.
template <typename Sender, typename Signal>
void waitForSignal(const Sender* sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace salon
