#include "CalcomError.h"

#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salon::calcom
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("salon::calcom::CalcomError", text);
}

constexpr int kBodyStartBytes = 200;

QString bodyStartOf(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(kBodyStartBytes)).simplified();
    if (body.size() > kBodyStartBytes)
        text += QStringLiteral("…");
    return redactSecrets(text);
}

QString messageText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) { // NestJS validation answers with a list of messages
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << messageText(item);
        return parts.join(QStringLiteral("; "));
    }
    if (value.isObject())
        return messageText(value.toObject().value(QLatin1String("message")));
    return {};
}

bool containsSlotTakenText(const QString& message)
{
    return message.contains(QLatin1String("already has booking at this time"), Qt::CaseInsensitive);
}

bool isSlotTakenCode(const QString& code)
{
    return code == QLatin1String("fixed_hosts_unavailable_for_booking")
        || code == QLatin1String("no_available_users_found_error")
        || code == QLatin1String("round_robin_host_unavailable_for_booking");
}

// What a transport error means, for when Qt's own text says nothing ("Unknown error" after a reset). The
// context is spelled out so lupdate files these where userMessage()'s strings are.
QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("salon::calcom::CalcomError", "the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate(
            "salon::calcom::CalcomError", "Cal.com closed the connection before it answered");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("salon::calcom::CalcomError", "the host name was not found (DNS)");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("salon::calcom::CalcomError", "no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate(
            "salon::calcom::CalcomError", "the secure connection (TLS) could not be set up");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("salon::calcom::CalcomError", "the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate(
            "salon::calcom::CalcomError", "the proxy refused or dropped the connection");
    default:
        return QCoreApplication::translate(
            "salon::calcom::CalcomError", "the connection was reset or broke off");
    }
}

} // namespace

CalcomError::Category CalcomError::categorize(int status, const QString& code, const QString& message)
{
    if (status == 401 || status == 403)
        return Category::Auth;
    if (status == 429)
        return Category::RateLimited;
    if (status >= 500)
        return Category::Server;
    if (message.contains(
            QLatin1String("parent managed event type that can't be booked"), Qt::CaseInsensitive))
        return Category::ManagedParent;
    if ((status == 400 || status == 409) && (containsSlotTakenText(message) || isSlotTakenCode(code)))
        return Category::SlotUnavailable;
    if (status == 404)
        return Category::NotFound;
    if (status >= 400)
        return Category::Validation;
    // 3xx that were not followed: nothing the client can act on.
    return Category::Server;
}

CalcomError CalcomError::fromHttpResponse(int httpStatus, const QByteArray& body, const QString& method,
    const QString& path, const QString& requestId)
{
    CalcomError error;
    error.httpStatus = httpStatus;
    error.method = method;
    error.path = redactSecrets(path);
    error.requestId = requestId;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue envelope = root.value(QLatin1String("error"));
        if (envelope.isObject()) {
            // Cal.com's envelope: {status:"error", error:{code, message, details?}}
            const QJsonObject e = envelope.toObject();
            error.code = e.value(QLatin1String("code")).toString();
            error.message = messageText(e.value(QLatin1String("message")));
        }
        if (error.message.isEmpty()) // bare NestJS body {"statusCode":500,"message":"..."} or ErrorWithCode
            error.message = messageText(root.value(QLatin1String("message")));
        if (error.code.isEmpty() && root.value(QLatin1String("code")).isString())
            error.code = root.value(QLatin1String("code")).toString();
        if (error.code.isEmpty() && envelope.isString()) // Nest: {"error":"Not Found"}
            error.code = envelope.toString();
    } else if (!body.isEmpty()) {
        error.bodyStart = bodyStartOf(body); // an HTML 502 page from a proxy, or garbage
    }
    error.message = redactSecrets(error.message);
    error.category = categorize(httpStatus, error.code, error.message);
    return error;
}

CalcomError CalcomError::unreadableResponse(int httpStatus, const QByteArray& body, const QString& reason,
    const QString& method, const QString& path, const QString& requestId)
{
    CalcomError error;
    error.category = Category::Server;
    error.httpStatus = httpStatus;
    error.method = method;
    error.path = redactSecrets(path);
    error.requestId = requestId;
    error.message = redactSecrets(reason);
    error.bodyStart = bodyStartOf(body);
    return error;
}

CalcomError CalcomError::fromNetwork(QNetworkReply::NetworkError networkError, const QString& errorText,
    bool timedOut, const QString& method, const QString& path)
{
    CalcomError error;
    error.category = Category::Network;
    error.networkError = networkError;
    error.timedOut = timedOut;
    const QString said = errorText.trimmed();
    error.message = said.isEmpty() || said == QLatin1String("Unknown error") ? networkProblem(networkError)
                                                                             : redactSecrets(said);
    error.method = method;
    error.path = redactSecrets(path);
    return error;
}

CalcomError CalcomError::cancelled(const QString& method, const QString& path)
{
    CalcomError error;
    error.category = Category::Cancelled;
    error.networkError = QNetworkReply::OperationCanceledError;
    error.method = method;
    error.path = redactSecrets(path);
    return error;
}

CalcomError CalcomError::invalidSettings(const QString& message)
{
    CalcomError error;
    error.category = Category::Validation;
    error.message = redactSecrets(message);
    return error;
}

QString CalcomError::categoryName(Category category)
{
    switch (category) {
    case Category::Auth:
        return QStringLiteral("auth");
    case Category::NotFound:
        return QStringLiteral("notFound");
    case Category::ManagedParent:
        return QStringLiteral("managedParent");
    case Category::SlotUnavailable:
        return QStringLiteral("slotUnavailable");
    case Category::Validation:
        return QStringLiteral("validation");
    case Category::RateLimited:
        return QStringLiteral("rateLimited");
    case Category::Server:
        return QStringLiteral("server");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("server");
}

QString CalcomError::userMessage() const
{
    const QString said = message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message);
    switch (category) {
    case Category::Auth:
        if (httpStatus == 403)
            return tr("Cal.com refused this action: the API key's user lacks the rights for it%1.").arg(said);
        return tr("Cal.com did not accept the API key%1. Check the key in the settings or in CALCOM_API_KEY.")
            .arg(said);
    case Category::NotFound:
        return tr("Cal.com could not find what was asked for%1.").arg(said);
    case Category::ManagedParent:
        return tr("This event type is a managed template and cannot be booked; book the staff member's own "
                  "event type instead.");
    case Category::SlotUnavailable:
        return tr("This time is no longer free in Cal.com%1.").arg(said);
    case Category::Validation:
        if (httpStatus == 0)
            return message;
        return tr("Cal.com rejected the request%1.").arg(said);
    case Category::RateLimited:
        return tr(
            "Too many requests to Cal.com in a short time; Cal.com asks us to wait before trying again.");
    case Category::Server:
        if (!bodyStart.isEmpty())
            return tr("Cal.com sent an answer that could not be read (HTTP %1): %2")
                .arg(httpStatus)
                .arg(bodyStart);
        return tr("Cal.com has a problem on its side (HTTP %1)%2. Try again later.")
            .arg(httpStatus)
            .arg(said);
    case Category::Network:
        if (timedOut)
            return tr("Cal.com did not answer in time. Check the internet connection and try again.");
        return tr("Could not reach Cal.com%1. Check the internet connection and try again.").arg(said);
    case Category::Cancelled:
        return tr("The request to Cal.com was cancelled.");
    }
    return message;
}

QString CalcomError::details() const
{
    QStringList parts;
    parts << categoryName(category);
    if (!method.isEmpty() || !path.isEmpty())
        parts << QStringLiteral("%1 %2").arg(method, path);
    if (httpStatus)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    else if (networkError != QNetworkReply::NoError)
        parts << QStringLiteral("network error %1%2")
                     .arg(int(networkError))
                     .arg(timedOut ? QStringLiteral(" (timeout)") : QString());
    if (!code.isEmpty())
        parts << code;
    if (!message.isEmpty())
        parts << QStringLiteral("\"%1\"").arg(message);
    if (!bodyStart.isEmpty())
        parts << QStringLiteral("body: %1").arg(bodyStart);
    if (!requestId.isEmpty())
        parts << QStringLiteral("X-Request-Id %1").arg(requestId);
    return redactSecrets(parts.join(QStringLiteral(" | ")));
}

} // namespace salon::calcom
