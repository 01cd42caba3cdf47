#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace salon::sandbox
{

struct LoggedRequest {
    qint64 sequence = 0;
    QDateTime receivedAt;
    QString method;
    QString path; // without query
    QString query; // encoded query string, without '?'
    // Lower-case header names; the Authorization value is replaced by "<redacted>" (the key never lands
    // here).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; // 0 = connection reset, no answer
    QByteArray responseBody; // as sent (after fault injection)
    QString fault; // injected fault kind, empty if none
    QString requestId; // the X-Request-Id the answer carried
    std::optional<qint64> userId; // user behind a valid API key

    QByteArray header(const QByteArray& lowerName) const;
    // The body parsed as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

// Every request the sandbox received, in arrival order, so tests can assert what a client sent.
class RequestLog
{
public:
    void append(const LoggedRequest& entry);
    void setAnswer(qint64 sequence, int status, const QString& fault, const QString& requestId,
        const QByteArray& responseBody, std::optional<qint64> userId = std::nullopt);
    const QList<LoggedRequest>& entries() const { return m_entries; }
    // Requests with this method (empty = any) whose path matches the regular expression (anchored by caller).
    QList<LoggedRequest> matching(const QString& method, const QString& pathPattern) const;
    int count(const QString& method, const QString& pathPattern) const;
    void clear() { m_entries.clear(); }
    // Keeps at most this many entries, dropping the oldest (0 = unlimited, the default for tests; the CLI
    // limits it so a long benchmark does not grow without bound).
    void setCapacity(int capacity) { m_capacity = capacity; }
    qint64 nextSequence() { return ++m_sequence; }
    int size() const { return int(m_entries.size()); }

private:
    QList<LoggedRequest> m_entries;
    // Bodies above this size are not kept (a long benchmark would otherwise hold every answer).
    static constexpr qsizetype kMaxKeptBody = 256 * 1024;
    qint64 m_sequence = 0;
    int m_capacity = 0;
};

} // namespace salon::sandbox
