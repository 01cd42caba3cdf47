#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace salon::calcom
{

// The send log every process using one API key draws from (the desktop, cron's `sync`, a second admin's
// desktop): before a request goes out, its limiter reserves a send here, so together they never pass
// Cal.com's budget, and a restarted process sees what a dead one spent. Times are the budget's own
// clock (milliseconds since the epoch, the database server's on PostgreSQL); RateLimiter converts them.
// Answers come from the event loop of the thread the budget lives in (possibly inside reserve(), as an
// in-memory budget in tests does).
class SharedRateBudget : public QObject
{
    Q_OBJECT
public:
    struct Send {
        qint64 id = 0;
        qint64 atMs = 0;
        QString owner; // which limiter sent it (an opaque id per process)
    };
    struct Answer {
        bool granted = false;
        qint64 sendId = 0; // the reserved send, when granted
        qint64 nowMs = 0; // the budget's clock when it decided
        std::vector<Send> window; // every send in (now - spanMs, now], oldest first, the new one included
        qint64 blockedUntilMs = 0; // a 429 seen by any process holds everyone until then (0: none)
        QString error; // the budget could not be read: the limiter paces on its own
    };

    using QObject::QObject;

    // Reserves one send for `owner` if fewer than `limit` sends lie in the last spanMs and no block holds.
    virtual void reserve(int limit, qint64 spanMs, const QString& owner, std::function<void(Answer)> done)
        = 0;
    // A 429: every process waits until untilMs (the budget's clock).
    virtual void block(qint64 untilMs) = 0;
};

} // namespace salon::calcom
