#include "ScriptedHttpServer.h"

#include <QJsonArray>
#include <QTcpSocket>

namespace
{
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QJsonValue& value)
{
    Response r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::success(const QJsonValue& data, int status)
{
    return json(status,
        QJsonObject {
            { QStringLiteral("status"), QStringLiteral("success") }, { QStringLiteral("data"), data } });
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::calcomError(
    int status, const QString& code, const QString& message)
{
    return json(status,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("timestamp"), QStringLiteral("2026-11-25T10:00:00.000Z") },
            { QStringLiteral("path"), QStringLiteral("/v2/x") },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } });
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::raw(
    int status, const QByteArray& body, const QByteArray& contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::closeMidBody()
{
    Response r;
    r.kind = Kind::CloseMidBody;
    r.body = R"({"status":"success","data":{"id":1,"username":"tr)";
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::noAnswer()
{
    Response r;
    r.kind = Kind::NoAnswer;
    return r;
}

ScriptedHttpServer::ScriptedHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port()));
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one keep-alive connection.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedMs = m_clock.elapsed();
        m_requests.append(request);

        Response response;
        if (!m_script.empty()) {
            response = m_script.front();
            m_script.pop_front();
        } else if (m_handler) {
            response = m_handler(request);
        } else {
            response = Response::calcomError(404, QStringLiteral("NotFoundException"),
                QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), request.path));
        }
        emit requestReceived();
        answer(socket, response);
        if (response.kind != Response::Kind::Normal)
            return; // this connection is done (closed or left hanging)
    }
}

void ScriptedHttpServer::answer(QTcpSocket* socket, const Response& response)
{
    if (response.kind == Response::Kind::NoAnswer)
        return;
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.kind == Response::Kind::CloseMidBody) {
        // Promise more than is sent, then hang up.
        head += "Content-Length: " + QByteArray::number(response.body.size() + 500) + "\r\n\r\n";
        socket->write(head + response.body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + response.body);
}
