#include "RateLimiter.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace salon::calcom
{

namespace
{
int ceilSeconds(qint64 ms)
{
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

// Answers may reach the server in a slightly different order than they were granted: Qt sends over up to
// six connections per host. Our count and the server's may differ by that much without anyone else
// using the key.
constexpr int kReorderSlack = 6;
// The cautious start waits this long at most for the first answer (a hung first request must not hold
// everything up to its transfer timeout).
constexpr qint64 kFirstAnswerWaitMs = 10000;
} // namespace

RateLimiter::RateLimiter(int limitPerWindow, QObject* parent)
    : QObject(parent)
    , m_limit(std::max(1, limitPerWindow))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::processQueue);
}

void RateLimiter::setLimit(int limitPerWindow)
{
    m_limit = std::max(1, limitPerWindow);
    emitBudget();
    m_timer.start(0);
}

void RateLimiter::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(1, windowMs);
    m_timer.start(0);
}

qint64 RateLimiter::now() const
{
    return Clock::instance().monotonicMs();
}

qint64 RateLimiter::marginMs() const
{
    return std::clamp<qint64>(m_windowMs / 100, 50, 1000);
}

qint64 RateLimiter::indexOfSend(Ticket ticket) const
{
    if (ticket == 0)
        return -1;
    // Newest first: answers come soon after their send. (With a shared budget other processes' sends,
    // ticket 0, lie in between, so the log is ordered by time, not by ticket.)
    for (auto i = qint64(m_sends.size()) - 1; i >= 0; --i) {
        if (m_sends[std::size_t(i)].ticket == ticket)
            return i;
    }
    return -1;
}

void RateLimiter::setSharedBudget(SharedRateBudget* budget)
{
    m_shared = budget;
    m_sharedFailed = false;
    m_sharedKnown = false;
    m_reserving = false;
    if (m_owner.isEmpty())
        m_owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_timer.start(0);
}

RateLimiter::Ticket RateLimiter::acquire(std::function<void()> grant)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ ticket, std::move(grant) });
    emit queueLengthChanged(int(m_queue.size()));
    // Granted from the event loop, never inside acquire(): the caller has stored its ticket by then.
    if (!m_processing)
        m_timer.start(0);
    return ticket;
}

bool RateLimiter::cancel(Ticket ticket)
{
    const auto it = std::find_if(
        m_queue.begin(), m_queue.end(), [ticket](const Pending& p) { return p.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    emit queueLengthChanged(int(m_queue.size()));
    if (m_queue.empty())
        setWaiting(0);
    return true;
}

void RateLimiter::prune(qint64 nowMs)
{
    while (!m_sends.empty() && m_sends.front().atMs <= nowMs - m_windowMs - marginMs())
        m_sends.pop_front();
    if (m_serverRemaining >= 0 && nowMs >= m_serverResetAt)
        m_serverRemaining = -1; // the server's window has rolled over
}

qint64 RateLimiter::nextSendAt(qint64 nowMs) const
{
    qint64 at = std::max(nowMs, m_blockedUntil);
    if (waitingForFirstAnswer())
        at = std::max(at, m_firstSendAt + kFirstAnswerWaitMs); // or noteResponse() wakes the queue sooner
    if (m_serverRemaining == 0 && m_serverResetAt > nowMs)
        at = std::max(at, m_serverResetAt);
    if (usesSharedBudget())
        at = std::max(at, m_sharedRetryAt);
    const auto sent = qint64(m_sends.size());
    if (sent >= m_limit) {
        // The send `limit` places back must leave the window before one more may go.
        at = std::max(at, m_sends[std::size_t(sent - m_limit)].atMs + m_windowMs + marginMs());
    }
    return at;
}

void RateLimiter::recordSend(Ticket ticket, qint64 nowMs, qint64 sharedId)
{
    m_sends.push_back({ ticket, nowMs, sharedId });
    if (!m_heardFromServer && m_inFlight == 0)
        m_firstSendAt = nowMs;
    if (m_serverRemaining > 0)
        --m_serverRemaining;
    ++m_inFlight;
}

void RateLimiter::processQueue()
{
    if (m_processing)
        return;
    m_processing = true;
    qint64 t = now();
    prune(t);
    while (!m_queue.empty() && nextSendAt(t) <= t) {
        if (usesSharedBudget()) {
            if (m_reserving)
                break;
            reserveShared(); // may answer (and grant) at once, or later: onReserved() wakes the queue
            if (m_reserving)
                break;
        } else {
            Pending next = std::move(m_queue.front());
            m_queue.pop_front();
            recordSend(next.ticket, t);
            next.grant(); // may acquire() or cancel() again; the loop re-reads the queue
        }
        t = now();
        prune(t);
    }
    m_processing = false;

    if (m_queue.empty()) {
        setWaiting(0);
    } else if (!m_reserving) {
        const qint64 wait = nextSendAt(t) - t;
        // Waiting for the first answer is not the rate limit: nothing to count down for the user.
        setWaiting(waitingForFirstAnswer() ? 0 : ceilSeconds(wait));
        // Wake at least once a second, so "waiting N s" counts down and a moved test clock is seen.
        m_timer.start(int(std::clamp<qint64>(wait, 0, 1000)));
    }
    emit queueLengthChanged(int(m_queue.size()));
    emitBudget();
}

void RateLimiter::reserveShared()
{
    m_reserving = true;
    QPointer<RateLimiter> self(this);
    m_shared->reserve(m_limit, m_windowMs + marginMs(), m_owner, [self](SharedRateBudget::Answer answer) {
        if (self)
            self->onReserved(answer);
    });
}

void RateLimiter::onReserved(const SharedRateBudget::Answer& answer)
{
    m_reserving = false;
    const qint64 t = now();
    if (!answer.error.isEmpty()) {
        qCWarning(lcCalcom).noquote() << answer.error << "- this process paces its requests on its own now";
        m_sharedFailed = true;
    } else {
        // The answer may have waited in the event loop: that only makes the converted times later (safer).
        m_sharedOffsetMs = t - answer.nowMs;
        m_sharedKnown = true;
        adoptSharedWindow(answer, m_sharedOffsetMs);
        if (answer.blockedUntilMs > 0)
            m_blockedUntil = std::max(m_blockedUntil, answer.blockedUntilMs + m_sharedOffsetMs);
        m_sharedRetryAt = 0;
        if (answer.granted && !m_queue.empty()) {
            Pending next = std::move(m_queue.front());
            m_queue.pop_front();
            for (auto it = m_sends.rbegin(); it != m_sends.rend(); ++it) {
                if (it->sharedId == answer.sendId) {
                    it->ticket = next.ticket;
                    break;
                }
            }
            if (m_serverRemaining > 0)
                --m_serverRemaining;
            ++m_inFlight;
            next.grant();
        } else if (!answer.granted && nextSendAt(t) <= t) {
            // Refused although the window looks open from here (clocks of two processes disagree a little).
            m_sharedRetryAt = t + 50;
        }
        // Granted with nothing queued: the request was withdrawn meanwhile; its place in the window is lost.
    }
    if (!m_processing)
        processQueue();
}

void RateLimiter::adoptSharedWindow(const SharedRateBudget::Answer& answer, qint64 offsetMs)
{
    QHash<qint64, Ticket> ownTickets;
    for (const Send& send : m_sends) {
        if (send.sharedId > 0 && send.ticket > 0)
            ownTickets.insert(send.sharedId, send.ticket);
    }
    m_sends.clear();
    QSet<QString> owners;
    for (const SharedRateBudget::Send& send : answer.window) {
        m_sends.push_back({ ownTickets.value(send.id, 0), send.atMs + offsetMs, send.id });
        owners.insert(send.owner);
    }
    m_sharedOwners = std::max(1, int(owners.size()));
}

int RateLimiter::reorderSlack() const
{
    // Each process sends over up to six connections; their answers may overtake each other.
    return kReorderSlack * (usesSharedBudget() ? m_sharedOwners : 1);
}

qint64 RateLimiter::resetAtFromHeader(const QByteArray& resetHeader, qint64 nowMs) const
{
    bool ok = false;
    const double value = resetHeader.trimmed().toDouble(&ok);
    if (!ok || value < 0 || !std::isfinite(value))
        return -1;
    if (value > 1e9) { // an epoch in seconds, as some documentation claims
        const qint64 untilMs = qint64(value * 1000.0) - Clock::instance().nowUtc().toMSecsSinceEpoch();
        return nowMs + std::clamp<qint64>(untilMs, 0, 10 * m_windowMs);
    }
    return nowMs + qint64(value * 1000.0);
}

qint64 RateLimiter::serverResetAt(
    qint64 nowMs, double resetSeconds, bool epoch, qint64 sendIndex, int serverUsed) const
{
    // The header is whole seconds rounded up: the window ends within the last second before `latest`.
    qint64 latest = nowMs + qint64(resetSeconds * 1000.0);
    if (epoch) {
        const qint64 untilMs = qint64(resetSeconds * 1000.0) - Clock::instance().nowUtc().toMSecsSinceEpoch();
        latest = nowMs + std::clamp<qint64>(untilMs, 0, 10 * m_windowMs);
    }
    if (sendIndex < 0)
        return latest;
    // The server computed the header after the request was sent, so its window cannot end before this.
    const qint64 earliest = latest - 1000 - (nowMs - m_sends[std::size_t(sendIndex)].atMs);
    const qint64 first = sendIndex - (serverUsed - 1);
    if (first < 0)
        return latest;
    // The server's window began with its first counted request: the one serverUsed - 1 sends back.
    const qint64 estimate = m_sends[std::size_t(first)].atMs + m_windowMs + marginMs();
    return estimate > earliest && estimate <= latest ? estimate : latest;
}

void RateLimiter::noteResponse(int httpStatus, const QByteArray& remainingHeader,
    const QByteArray& resetHeader, const QByteArray& limitHeader, Ticket ticket)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    m_heardFromServer = true;
    const qint64 t = now();
    prune(t);
    const qint64 resetAt = resetAtFromHeader(resetHeader, t);

    bool limitOk = false;
    const int serverLimit = limitHeader.trimmed().toInt(&limitOk);
    if (limitOk && serverLimit > 0 && serverLimit < m_limit) {
        qCInfo(lcCalcom) << "Cal.com reports a request limit of" << serverLimit << "per window; using it";
        m_limit = serverLimit;
    }

    if (httpStatus == 429) {
        const qint64 until = resetAt > t ? resetAt : t + m_windowMs;
        m_blockedUntil = std::max(m_blockedUntil, until);
        qCWarning(lcCalcom) << "Cal.com rate limit hit (429); pausing requests for" << ceilSeconds(until - t)
                            << "s";
        emit blocked(ceilSeconds(until - t));
        if (usesSharedBudget())
            m_shared->block(until - m_sharedOffsetMs);
    } else {
        bool remainingOk = false;
        const int serverRemaining = remainingHeader.trimmed().toInt(&remainingOk);
        if (remainingOk && resetAt >= 0) {
            const int serverUsed = (limitOk && serverLimit > 0 ? serverLimit : m_limit) - serverRemaining;
            const qint64 index = indexOfSend(ticket);
            qint64 ownRecent = 0; // our sends up to this one that the server's window can hold
            for (qint64 i = 0; i <= index; ++i)
                ownRecent += m_sends[std::size_t(i)].atMs > t - m_windowMs ? 1 : 0;
            const bool ownLogExplainsIt = index >= 0 && ownRecent + reorderSlack() >= serverUsed;
            if (serverRemaining <= 0) {
                const double seconds = resetHeader.trimmed().toDouble();
                m_serverRemaining = 0;
                m_serverResetAt
                    = serverResetAt(t, seconds, seconds > 1e9, ownLogExplainsIt ? index : -1, serverUsed);
            } else if (ownLogExplainsIt) {
                m_serverRemaining = -1; // every request the server counted is in our log, which governs
            } else {
                // Requests still in flight were sent after this one and are not in the server's count yet.
                m_serverRemaining = std::max(0, serverRemaining - m_inFlight);
                m_serverResetAt = resetAt;
            }
        }
    }
    emitBudget();
    if (!m_queue.empty() && !m_processing)
        m_timer.start(0);
}

void RateLimiter::noteNoResponse()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!m_queue.empty() && !m_processing)
        m_timer.start(0);
}

int RateLimiter::remaining() const
{
    const qint64 t = now();
    if (m_blockedUntil > t)
        return 0;
    const auto inWindow = std::count_if(m_sends.begin(), m_sends.end(),
        [&](const Send& sent) { return sent.atMs > t - m_windowMs - marginMs(); });
    int left = std::max(0, m_limit - int(inWindow));
    if (m_serverRemaining >= 0 && t < m_serverResetAt)
        left = std::min(left, m_serverRemaining);
    return left;
}

bool RateLimiter::isBlocked() const
{
    const qint64 t = now();
    return m_blockedUntil > t || (m_serverRemaining == 0 && m_serverResetAt > t);
}

void RateLimiter::setWaiting(int seconds)
{
    if (seconds == m_waitingSeconds)
        return;
    m_waitingSeconds = seconds;
    emit waitingChanged(seconds);
}

void RateLimiter::emitBudget()
{
    const int left = remaining();
    if (left == m_lastRemaining)
        return;
    m_lastRemaining = left;
    emit budgetChanged(left, m_limit);
}

} // namespace salon::calcom
