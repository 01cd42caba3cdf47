#include "RequestLog.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace salon::sandbox
{

QByteArray LoggedRequest::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

QJsonObject LoggedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void RequestLog::append(const LoggedRequest& entry)
{
    if (m_capacity > 0 && m_entries.size() >= m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity + 1);
    m_entries.append(entry);
}

void RequestLog::setAnswer(qint64 sequence, int status, const QString& fault, const QString& requestId,
    const QByteArray& responseBody, std::optional<qint64> userId)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        if (it->sequence == sequence) {
            it->status = status;
            it->fault = fault;
            it->requestId = requestId;
            it->userId = userId;
            it->responseBody = responseBody.size() <= kMaxKeptBody ? responseBody : QByteArray();
            return;
        }
}

QList<LoggedRequest> RequestLog::matching(const QString& method, const QString& pathPattern) const
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
    QList<LoggedRequest> result;
    for (const LoggedRequest& e : m_entries)
        if ((method.isEmpty() || e.method == method) && re.match(e.path).hasMatch())
            result.append(e);
    return result;
}

int RequestLog::count(const QString& method, const QString& pathPattern) const
{
    return int(matching(method, pathPattern).size());
}

} // namespace salon::sandbox
