#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace salon::calcom
{

// Why a Cal.com request failed, as a value the rest of the app acts on (category) and shows (userMessage()).
// Never contains the API key: every text is passed through redactSecrets() before it is stored.
struct CalcomError {
    enum class Category {
        Auth, // 401/403: key invalid/expired or the key's user lacks the rights
        NotFound, // 404
        ManagedParent, // booking a MANAGED parent ("parent managed event type that can't be booked")
        SlotUnavailable, // 400/409 "already has booking at this time", fixed_hosts_unavailable_for_booking,
                         // ...
        Validation, // other 4xx (400, 409, 422, ...): Cal.com rejected the input
        RateLimited, // 429
        Server, // 5xx, bare {"statusCode":500}, non-JSON bodies, unreadable or unexpected JSON
        Network, // refused, reset, DNS, TLS, timeout, closed mid-response
        Cancelled, // the caller cancelled the request
    };

    Category category = Category::Server;
    int httpStatus = 0; // 0 when no HTTP status arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    QString code; // Cal.com error.code, e.g. "BadRequestException", "no_available_users_found_error"
    QString message; // Cal.com's message (or the transport's text); English, as Cal.com sent it
    QString method; // "GET", "POST", ...
    QString path; // "/v2/bookings?eventTypeId=5"; never the key
    QString requestId; // the response's X-Request-Id; Cal.com support asks for it
    QString bodyStart; // the first bytes of an unreadable body, for diagnosis

    // A sentence for salon admins (translated), including Cal.com's own message when it helps.
    QString userMessage() const;
    // One line for logs and the sync console: method, path, status, code, message, request id.
    QString details() const;
    // Stable lower-camel name of the category ("auth", "notFound", ...), for logs and persisted attempts.
    static QString categoryName(Category category);

    // Builds the error for an HTTP answer that is not a success (status >= 300).
    static CalcomError fromHttpResponse(int httpStatus, const QByteArray& body, const QString& method,
        const QString& path, const QString& requestId);
    // A success status whose body could not be read as the expected JSON.
    static CalcomError unreadableResponse(int httpStatus, const QByteArray& body, const QString& reason,
        const QString& method, const QString& path, const QString& requestId);
    static CalcomError fromNetwork(QNetworkReply::NetworkError error, const QString& errorText, bool timedOut,
        const QString& method, const QString& path);
    static CalcomError cancelled(const QString& method, const QString& path);
    // A request that was never sent because the settings are unusable (e.g. plain http to a remote host).
    static CalcomError invalidSettings(const QString& message);
    // Finds the category for a status plus Cal.com's code and message (exposed for tests and the sandbox).
    static Category categorize(int httpStatus, const QString& code, const QString& message);
};

} // namespace salon::calcom

Q_DECLARE_METATYPE(salon::calcom::CalcomError)
