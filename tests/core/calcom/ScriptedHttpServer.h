#pragma once

// A tiny HTTP/1.1 server for the Cal.com client tests. It records every request and answers from a script:
// queued responses first, then the handler, then 404. Responses can also misbehave on purpose: close the
// connection mid-body, never answer, or send any raw bytes (an HTML 502, malformed JSON).

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>

class QTcpSocket;

class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path; // without the query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedMs = 0; // since the server started

        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
        bool hasHeader(const QByteArray& name) const { return headers.contains(name.toLower()); }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    struct Response {
        enum class Kind { Normal, CloseMidBody, NoAnswer };
        Kind kind = Kind::Normal;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray contentType = "application/json";

        Response& withHeader(const QByteArray& name, const QByteArray& value)
        {
            headers.append({ name, value });
            return *this;
        }

        static Response json(int status, const QJsonValue& value);
        static Response success(const QJsonValue& data, int status = 200);
        // Cal.com's error envelope.
        static Response calcomError(int status, const QString& code, const QString& message);
        static Response raw(int status, const QByteArray& body, const QByteArray& contentType);
        static Response closeMidBody();
        static Response noAnswer();
    };

    using Handler = std::function<Response(const Request&)>;

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port>/v2
    QUrl baseUrl() const;

    void enqueue(const Response& response) { m_script.push_back(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    const Request& lastRequest() const { return m_requests.constLast(); }

signals:
    void requestReceived();

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Response& response);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    std::deque<Response> m_script;
    Handler m_handler;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
};
