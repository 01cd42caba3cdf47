#include "SandboxReply.h"

#include <QJsonDocument>

namespace salon::sandbox
{

SandboxReply SandboxReply::success(int status, const QJsonValue& data, const QJsonObject& extra)
{
    QJsonObject envelope { { QStringLiteral("status"), QStringLiteral("success") },
        { QStringLiteral("data"), data } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        envelope.insert(it.key(), it.value());
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::error(
    int status, const QString& code, const QString& message, const QJsonValue& details)
{
    SandboxReply reply;
    reply.status = status;
    reply.isError = true;
    reply.errorCode = code;
    reply.errorMessage = message;
    reply.errorDetails = details;
    return reply;
}

SandboxReply SandboxReply::bareInternalError()
{
    return raw(500, QByteArrayLiteral(R"({"statusCode":500,"message":"Internal server error"})"),
        QByteArrayLiteral("application/json; charset=utf-8"));
}

SandboxReply SandboxReply::raw(int status, const QByteArray& body, const QByteArray& contentType)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

void SandboxReply::renderEnvelope(const QString& pathAndQuery, const QDateTime& now, bool withDetails)
{
    if (!isError)
        return;
    QJsonObject error { { QStringLiteral("code"), errorCode }, { QStringLiteral("message"), errorMessage } };
    if (withDetails) {
        if (errorDetails.isUndefined())
            error.insert(QStringLiteral("details"),
                QJsonObject { { QStringLiteral("message"), errorMessage },
                    { QStringLiteral("error"), statusText(status) },
                    { QStringLiteral("statusCode"), status } });
        else
            error.insert(QStringLiteral("details"), errorDetails);
    }
    const QJsonObject envelope { { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("timestamp"), now.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("path"), pathAndQuery }, { QStringLiteral("error"), error } };
    body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    isError = false; // rendered once
}

QString SandboxReply::statusText(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    default:
        return QStringLiteral("Unknown");
    }
}

} // namespace salon::sandbox
