#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace salon::sandbox::test
{

SandboxTestClient::SandboxTestClient(const QUrl& baseUrl)
    : m_baseUrl(baseUrl)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

HttpResult SandboxTestClient::send(
    const QByteArray& method, const QString& path, const QByteArray& body, const HeaderList& headers)
{
    QUrl url(m_baseUrl.toString() + path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.networkError = reply->error();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestClient::post(const QString& path, const QJsonObject& body, const HeaderList& headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxTestClient::patch(const QString& path, const QJsonObject& body, const HeaderList& headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace salon::sandbox::test
