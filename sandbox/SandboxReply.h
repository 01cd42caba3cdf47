#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace salon::sandbox
{

// An answer a route handler produced. Error answers keep code and message apart; the server wraps them in
// Cal.com's envelope {status:"error", timestamp, path, error:{code, message, details?}} when it writes them,
// because only it knows the request path and the clock.
class SandboxReply
{
public:
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers;

    bool isError = false;
    QString errorCode;
    QString errorMessage;
    QJsonValue errorDetails; // undefined = Nest's getResponse() is synthesised

    // {status:"success", data, ...extra}
    static SandboxReply success(int status, const QJsonValue& data, const QJsonObject& extra = {});
    static SandboxReply error(int status, const QString& code, const QString& message,
        const QJsonValue& details = QJsonValue(QJsonValue::Undefined));
    // NestJS's own 500 body without Cal.com's envelope (issues #23529, #21327).
    static SandboxReply bareInternalError();
    static SandboxReply raw(int status, const QByteArray& body, const QByteArray& contentType);

    // Serialises an error reply into the envelope; no-op for other replies.
    void renderEnvelope(const QString& pathAndQuery, const QDateTime& now, bool withDetails);
    // "Bad Request", "Not Found", ... as Nest names them.
    static QString statusText(int status);
};

} // namespace salon::sandbox
