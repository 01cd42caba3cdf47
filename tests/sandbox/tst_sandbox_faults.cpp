// Fault injection over HTTP: every fault kind, latency that does not block the server, determinism
// under a seed, and "created but answered 500".
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace salon::sandbox;
using namespace salon::sandbox::test;

namespace
{

QJsonObject teamEventType(const QString& slug)
{
    return QJsonObject { { QStringLiteral("title"), slug }, { QStringLiteral("slug"), slug },
        { QStringLiteral("lengthInMinutes"), 30 },
        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
        { QStringLiteral("hosts"), QJsonArray { QJsonObject { { QStringLiteral("userId"), 2 } } } } };
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enveloped500ProcessesNothing();
    void bare500();
    void html502();
    void malformedJsonIsProcessed();
    void created500PersistsEventType();
    void created500PersistsBooking();
    void connectionReset();
    void latencyDoesNotBlockOtherRequests();
    void spikesAndFixedLatency();
    void specDrivesFaultsDeterministically();
    void routesFilterLimitsFaults();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxFixtures::smallTeam());
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->setApiKey(SandboxFixtures::kAdminKey);
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::enveloped500ProcessesNothing()
{
    m_server->faults().scriptNext(FaultKind::Error500);
    const HttpResult r
        = m_client->post(QStringLiteral("/teams/100/event-types"), teamEventType(QStringLiteral("a")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(r.errorCode(), QStringLiteral("INTERNAL_SERVER_ERROR"));
    QCOMPARE(r.errorMessage(), QStringLiteral("There was an error, please try again later."));
    QVERIFY(!r.header("x-request-id").isEmpty());
    QVERIFY(m_server->state().eventTypes.isEmpty());
    QCOMPARE(m_server->log().entries().last().fault, QStringLiteral("500"));
    QCOMPARE(m_server->log().entries().last().status, 500);
    // The next request is normal again.
    QCOMPARE(
        m_client->post(QStringLiteral("/teams/100/event-types"), teamEventType(QStringLiteral("a"))).status,
        201);
}

void TestSandboxFaults::bare500()
{
    m_server->faults().scriptNext(FaultKind::Bare500);
    const HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.body, QByteArray(R"({"statusCode":500,"message":"Internal server error"})"));
    QVERIFY(!r.header("x-request-id").isEmpty());
}

void TestSandboxFaults::html502()
{
    m_server->faults().scriptNext(FaultKind::Html502);
    const HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("content-type").startsWith("text/html"));
    QVERIFY(r.body.contains("<title>502 Bad Gateway</title>"));
}

void TestSandboxFaults::malformedJsonIsProcessed()
{
    m_server->faults().scriptNext(FaultKind::Malformed, 1, QStringLiteral("event-types"));
    const HttpResult r
        = m_client->post(QStringLiteral("/teams/100/event-types"), teamEventType(QStringLiteral("m")));
    QCOMPARE(r.status, 201);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(r.body.startsWith("{\"data\"") || r.body.startsWith("{\"status\""));
    QCOMPARE(m_server->state().eventTypes.size(), 1);
}

void TestSandboxFaults::created500PersistsEventType()
{
    m_server->faults().scriptNext(
        FaultKind::Created500, 1, QStringLiteral("/event-types"), QStringLiteral("POST"));
    HttpResult r
        = m_client->post(QStringLiteral("/teams/100/event-types"), teamEventType(QStringLiteral("ghost")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), QStringLiteral("INTERNAL_SERVER_ERROR"));
    QCOMPARE(m_server->state().eventTypes.size(), 1);
    // Like #19796: a retry then says the slug exists; the lookup finds the event type.
    r = m_client->post(QStringLiteral("/teams/100/event-types"), teamEventType(QStringLiteral("ghost")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(), QStringLiteral("Team event type with this slug already exists"));
    QCOMPARE(
        m_client->get(QStringLiteral("/teams/100/event-types?eventSlug=ghost")).data().toArray().size(), 1);
}

void TestSandboxFaults::created500PersistsBooking()
{
    QJsonObject et
        = m_client->post(QStringLiteral("/teams/100/event-types"), teamEventType(QStringLiteral("b")))
              .data()
              .toObject();
    m_server->faults().scriptNext(
        FaultKind::Created500, 1, QStringLiteral("/v2/bookings"), QStringLiteral("POST"));
    const QJsonObject body { { QStringLiteral("eventTypeId"), et.value(QStringLiteral("id")) },
        { QStringLiteral("start"), QStringLiteral("2099-01-01T09:00:00Z") },
        { QStringLiteral("attendee"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("A") },
                { QStringLiteral("timeZone"), QStringLiteral("UTC") } } } };
    HttpResult r = m_client->post(QStringLiteral("/bookings"), body, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 500);
    QCOMPARE(m_server->state().bookings.size(), 1);
    // A blind retry hits the slot the first attempt took.
    r = m_client->post(QStringLiteral("/bookings"), body, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(m_server->state().bookings.size(), 1);
}

void TestSandboxFaults::connectionReset()
{
    m_server->faults().scriptNext(FaultKind::Reset);
    // A raw socket shows the reset without any client-side retry logic in between.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v2/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer cal_test_admin\r\n\r\n");
    QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty() || socket.state() == QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(socket.readAll(), QByteArray());
    QVERIFY(!errors.isEmpty());
    QCOMPARE(
        errors.first().first().value<QAbstractSocket::SocketError>(), QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(m_server->log().entries().last().status, 0);
    QCOMPARE(m_server->log().entries().last().fault, QStringLiteral("reset"));
    // Through QNetworkAccessManager the request fails with a network error.
    m_server->faults().scriptNext(FaultKind::Reset, 5);
    SandboxTestClient fresh(m_server->baseUrl());
    const HttpResult r = fresh.get(QStringLiteral("/me"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.networkError != QNetworkReply::NoError);
}

void TestSandboxFaults::latencyDoesNotBlockOtherRequests()
{
    // Slow down only /me by 800 ms via a route-limited spike that always fires.
    auto plan = *FaultPlan::parse(QStringLiteral("spike=1:800,routes=/v2/me"));
    m_server->setFaults(plan);

    QNetworkAccessManager network;
    QNetworkRequest slowRequest(QUrl(m_server->baseUrl().toString() + QStringLiteral("/me")));
    slowRequest.setRawHeader("Authorization", "Bearer cal_test_admin");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* slow = network.get(slowRequest);
    // While /me waits, another route answers at once.
    const HttpResult fast = m_client->get(QStringLiteral("/teams"));
    QCOMPARE(fast.status, 200);
    QVERIFY2(fast.elapsedMs < 600, qPrintable(QString::number(fast.elapsedMs)));
    QVERIFY(!slow->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 5000);
    QVERIFY(timer.elapsed() >= 780);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete slow;
}

void TestSandboxFaults::spikesAndFixedLatency()
{
    m_server->options().latencyMs = 150;
    HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 140, qPrintable(QString::number(r.elapsedMs)));
    m_server->options().latencyMs = 0;
    m_server->setFaults(*FaultPlan::parse(QStringLiteral("latency=100,spike=1:200")));
    r = m_client->get(QStringLiteral("/me"));
    QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
}

void TestSandboxFaults::specDrivesFaultsDeterministically()
{
    const QString spec = QStringLiteral("seed=7,500=0.3,bare500=0.1,html502=0.1,created500=0.1");
    auto run = [&]() {
        SandboxServer server(SandboxFixtures::smallTeam());
        server.setFaults(*FaultPlan::parse(spec));
        [&] { QVERIFY(server.start()); }();
        SandboxTestClient client(server.baseUrl());
        client.setApiKey(SandboxFixtures::kAdminKey);
        QList<int> statuses;
        for (int i = 0; i < 30; ++i)
            statuses << client.get(QStringLiteral("/me")).status;
        return statuses;
    };
    const QList<int> first = run();
    const QList<int> second = run();
    QCOMPARE(first, second);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(500));
    QVERIFY(first.contains(502));
}

void TestSandboxFaults::routesFilterLimitsFaults()
{
    m_server->setFaults(*FaultPlan::parse(QStringLiteral("500=1,routes=bookings")));
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/bookings"), SandboxTestClient::bookingsVersion()).status, 500);
    QCOMPARE(m_client->get(QStringLiteral("/teams/100/bookings")).status, 500);
}

QTEST_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
