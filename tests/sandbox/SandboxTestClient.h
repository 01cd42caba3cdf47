#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <memory>

namespace salon::sandbox::test
{

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue data() const { return json().value(QStringLiteral("data")); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

// A blocking HTTP client for tests: real requests through QNetworkAccessManager against the sandbox.
class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl& baseUrl);
    void setApiKey(const QByteArray& key) { m_apiKey = key; }

    // `path` is relative to the base URL ("/teams/12345/event-types?eventSlug=x").
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const HeaderList& headers = {});
    HttpResult get(const QString& path, const HeaderList& headers = {})
    {
        return send("GET", path, {}, headers);
    }
    HttpResult post(const QString& path, const QJsonObject& body, const HeaderList& headers = {});
    HttpResult patch(const QString& path, const QJsonObject& body, const HeaderList& headers = {});
    HttpResult del(const QString& path, const HeaderList& headers = {})
    {
        return send("DELETE", path, {}, headers);
    }

    // Bookings routes need cal-api-version 2024-08-13, user event types 2024-06-14.
    static HeaderList bookingsVersion() { return { { "cal-api-version", "2024-08-13" } }; }
    static HeaderList eventTypesVersion() { return { { "cal-api-version", "2024-06-14" } }; }

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace salon::sandbox::test
