#pragma once

#include <QEventLoop>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace salon::cli
{

// SIGINT and SIGTERM for the commands that must stop cleanly, the way Qt's documentation describes
// ("Calling Qt Functions From Unix Signal Handlers"): the handler only writes a byte to a socket pair, a
// QSocketNotifier turns it into requested() on the event loop.
//
// While the object exists:
//  - before setGraceful(true) a signal ends the process at once with 128 + signal (nothing has started
//    that needs finishing: connecting, reading the file, planning);
//  - after it, the first signal only emits requested(): the command stops taking new work, waits for
//    requests already sent, gives its claims back, prints its summary and returns exitCode();
//  - a second signal ends the process at once, whatever it is doing.
// Only one instance at a time; the destructor restores the default actions.
//
//   TerminationSignals termination;
//   ... connect, plan ...
//   QObject::connect(&termination, &TerminationSignals::requested, &batch, &SyncBatch::cancel);
//   termination.setGraceful(true);
//   batch.start(); batch.waitForFinished();
//   if (termination.received()) return termination.exitCode();
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    void setGraceful(bool graceful);
    // The first signal received (SIGINT or SIGTERM), 0 while none came.
    int received() const;
    // Async-signal-safe flag for loops that do not return to the event loop (the import's transaction).
    static bool isRequested();
    // 130 after SIGINT, 143 after SIGTERM.
    int exitCode() const { return 128 + received(); }
    // "SIGINT" or "SIGTERM".
    static QString signalName(int signalNumber);

    // Runs the event loop until `job` emits `finished` (true) or a signal is requested (false), for jobs
    // that only read and have nothing to wait for when stopped. `isFinished` covers a job done already.
    template <typename Job, typename Signal>
    bool waitUnlessStopped(Job* job, Signal finished, bool isFinished)
    {
        if (isFinished)
            return true;
        QEventLoop loop;
        QObject::connect(job, finished, &loop, &QEventLoop::quit);
        QObject::connect(this, &TerminationSignals::requested, &loop, &QEventLoop::quit);
        if (!received())
            loop.exec();
        return received() == 0;
    }

signals:
    void requested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace salon::cli
