#pragma once

#include "SharedRateBudget.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace salon::calcom
{

// Paces all requests that share one API key. Cal.com allows 120 requests per 60 s window per key and
// then blocks the key for 60 s, so the limiter never grants more than limit() sends in ANY window of
// windowMs() plus a small margin (a sliding log of send times), narrows that further with what the server
// reports (X-RateLimit-Remaining-Default / -Reset-Default), waits out a 429 block, and queues the rest in
// FIFO order.
//
// Cal.com counts in fixed windows and rounds the reset up to whole seconds, so trusting the header alone
// wastes half a second per window on average. When the server's count matches our own log, the log (which
// knows when the window's first request went out) decides; when it does not (another process used the key,
// or this one just started), the header's conservative reset does. Until the first answer arrives the
// limiter sends one request at a time (for 10 s at most): a restarted CLI cannot know what the server
// still counts.
//
// With a SharedRateBudget (setSharedBudget), every send is first reserved there, and the log holds the sends
// of every process on the key: together they stay within the budget, the log explains the server's count
// (so the cautious start is not needed), and a 429 one process meets holds them all. If the budget cannot
// be read, the limiter paces on its own again and says so once.
//
// Time is read from salon::Clock (tests move a ManualClock); QTimer only wakes the queue up.
// The GUI status bar / sync console shows budgetChanged() and waitingChanged().
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    explicit RateLimiter(int limitPerWindow = 120, QObject* parent = nullptr);

    int limit() const { return m_limit; }
    void setLimit(int limitPerWindow);
    qint64 windowMs() const { return m_windowMs; }
    // 60 000 for Cal.com; tests shrink it.
    void setWindowMs(qint64 windowMs);

    // Shares the budget with other processes on the same key (not owned; nullptr: pace alone).
    void setSharedBudget(SharedRateBudget* budget);
    bool usesSharedBudget() const { return m_shared && !m_sharedFailed; }

    // Queues `grant`, called (from the event loop or directly) once a send fits into the budget.
    // The caller sends exactly one request per grant. Returns a ticket for cancel().
    Ticket acquire(std::function<void()> grant);
    // Removes a ticket that has not been granted yet; false if it was granted already or unknown.
    bool cancel(Ticket ticket);

    // Reports the rate-limit headers of a response (values as sent, possibly empty) and its status.
    // Remaining/Reset narrow the budget until the reset; a 429 blocks all sends until the reset
    // (60 s — one window — when the header is missing).
    // `ticket` is the answered request's ticket (0: unknown, the header alone then decides).
    void noteResponse(int httpStatus, const QByteArray& remainingHeader, const QByteArray& resetHeader,
        const QByteArray& limitHeader = {}, Ticket ticket = 0);
    // A granted request ended without an HTTP answer (network error, cancel).
    void noteNoResponse();

    // Sends still allowed right now (the smaller of the local window and the server's count).
    int remaining() const;
    // Whole seconds until the next queued request may go; 0 when not waiting.
    int waitingSeconds() const { return m_waitingSeconds; }
    int queuedCount() const { return int(m_queue.size()); }
    // True while a 429 block (or a server-reported Remaining of 0) holds all sends back.
    bool isBlocked() const;

public slots:
    // Re-evaluates the queue against the clock; the internal timer calls it, tests may call it after
    // moving a ManualClock.
    void processQueue();

signals:
    void budgetChanged(int remaining, int limit);
    // seconds > 0: requests are waiting that long; 0: no longer waiting.
    void waitingChanged(int seconds);
    void queueLengthChanged(int queued);
    // A 429 arrived; sends resume after `seconds`.
    void blocked(int seconds);

private:
    struct Pending {
        Ticket ticket;
        std::function<void()> grant;
    };

    struct Send {
        Ticket ticket; // 0: another process's send (from the shared budget)
        qint64 atMs; // monotonic
        qint64 sharedId = 0; // its id in the shared budget
    };

    qint64 now() const;
    // Kept beyond the window so that scheduling jitter never lets a fixed server window see limit + 1.
    qint64 marginMs() const;
    // Index in m_sends of the send with `ticket`; -1 when it left the log or is unknown.
    qint64 indexOfSend(Ticket ticket) const;
    // When the server's current window ends, judged from the header's whole seconds and our own log.
    qint64 serverResetAt(
        qint64 nowMs, double resetSeconds, bool epoch, qint64 sendIndex, int serverUsed) const;
    void prune(qint64 nowMs);
    // Earliest time (monotonic ms) at which one more send is allowed; <= now when it is allowed now.
    qint64 nextSendAt(qint64 nowMs) const;
    void recordSend(Ticket ticket, qint64 nowMs, qint64 sharedId = 0);
    void reserveShared();
    void onReserved(const SharedRateBudget::Answer& answer);
    // Replaces the log with the shared budget's window (its clock converted to ours).
    void adoptSharedWindow(const SharedRateBudget::Answer& answer, qint64 offsetMs);
    int reorderSlack() const;
    qint64 resetAtFromHeader(const QByteArray& resetHeader, qint64 nowMs) const;
    bool waitingForFirstAnswer() const { return !m_heardFromServer && !m_sharedKnown && m_inFlight > 0; }
    void setWaiting(int seconds);
    void emitBudget();

    int m_limit;
    qint64 m_windowMs = 60000;
    std::deque<Send> m_sends; // sends of the last window (+ margin), in grant order
    std::deque<Pending> m_queue;
    Ticket m_nextTicket = 1;
    int m_inFlight = 0;
    bool m_heardFromServer = false;
    qint64 m_firstSendAt = 0; // the cautious start's request (monotonic ms)

    int m_serverRemaining = -1; // -1: no server hint in force
    qint64 m_serverResetAt = 0;
    qint64 m_blockedUntil = 0;
    int m_waitingSeconds = 0;
    int m_lastRemaining = -1;
    bool m_processing = false;
    QTimer m_timer;

    QPointer<SharedRateBudget> m_shared;
    QString m_owner; // this limiter's id in the shared budget
    bool m_reserving = false;
    bool m_sharedFailed = false;
    bool m_sharedKnown = false; // a shared answer arrived: the log holds every process's sends
    qint64 m_sharedOffsetMs = 0; // our monotonic ms minus the budget's clock
    qint64 m_sharedRetryAt = 0; // a refusal the window does not explain: ask again then
    int m_sharedOwners = 1; // processes with sends in the current window
};

} // namespace salon::calcom
