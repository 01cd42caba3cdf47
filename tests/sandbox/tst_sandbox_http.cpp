// The sandbox over real HTTP: authentication, role checks, versioning, account routes, the error envelope,
// X-Request-Id, rate limiting and the request log.
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace salon::sandbox;
using namespace salon::sandbox::test;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsOnLoopbackWithFreePort();
    void missingCredentials();
    void unknownKey();
    void expiredKeyAndNonCalToken();
    void unprefixedAuthMessages();
    void meReturnsKeyUser();
    void teamsOfKeyUser();
    void membershipsNeedMembership();
    void teamEventTypeRoutesNeedAdmin();
    void versionRouting_data();
    void versionRouting();
    void unknownRouteIsNestNotFound();
    void errorEnvelopeShape();
    void requestIdIsFreshUuidOnEveryResponse();
    void rateLimitHeadersAndThrottling();
    void rateLimitBlockLastsAndWindowIsConfigurable();
    void unknownKeyIsOwnBucketWithHeaders();
    void requestLogRedactsKey();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxHttp::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxFixtures::smallTeam());
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestSandboxHttp::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxHttp::startsOnLoopbackWithFreePort()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/v2").arg(m_server->port()));
    SandboxServer second(SandboxFixtures::smallTeam());
    QVERIFY(second.start());
    QVERIFY(second.port() != m_server->port());
}

void TestSandboxHttp::missingCredentials()
{
    const HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("UnauthorizedException"));
    QCOMPARE(r.errorMessage(),
        QStringLiteral(
            "ApiAuthStrategy - No authentication method provided. Either pass an API key as 'Bearer' "
            "header or OAuth client credentials as 'x-cal-secret-key' and 'x-cal-client-id' headers"));
}

void TestSandboxHttp::unknownKey()
{
    m_client->setApiKey("cal_not_a_key");
    const HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorMessage(), QStringLiteral("ApiAuthStrategy - api key - Your api key is not valid"));
}

void TestSandboxHttp::expiredKeyAndNonCalToken()
{
    m_server->state().apiKeys.append(SandboxApiKey { QStringLiteral("cal_old"), SandboxFixtures::kOwner,
        QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC) });
    m_client->setApiKey("cal_old");
    HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorMessage(), QStringLiteral("ApiAuthStrategy - api key - Your api key is expired"));
    m_server->state().addApiKey(QStringLiteral("cal_orphan"), 999);
    m_client->setApiKey("cal_orphan");
    r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorMessage(), QStringLiteral("ApiAuthStrategy - api key - No user tied to this apiKey"));
    m_client->setApiKey("eyJhbGciOi.token");
    r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorMessage(), QStringLiteral("Invalid Access Token."));
}

void TestSandboxHttp::unprefixedAuthMessages()
{
    m_server->options().prefixedAuthMessages = false;
    m_client->setApiKey("cal_not_a_key");
    QCOMPARE(
        m_client->get(QStringLiteral("/me")).errorMessage(), QStringLiteral("Your api key is not valid"));
}

void TestSandboxHttp::meReturnsKeyUser()
{
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    const HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QJsonObject me = r.data().toObject();
    QCOMPARE(me.value(QStringLiteral("id")).toInteger(), SandboxFixtures::kAlice);
    QCOMPARE(me.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(me.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(me.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
}

void TestSandboxHttp::teamsOfKeyUser()
{
    SandboxTeam other;
    other.id = 200;
    other.slug = QStringLiteral("other");
    other.name = QStringLiteral("Other");
    other.members = { SandboxMembership { 20, SandboxFixtures::kOutsider, QStringLiteral("OWNER") } };
    m_server->state().teams.append(other);

    m_client->setApiKey(SandboxFixtures::kMemberKey);
    HttpResult r = m_client->get(QStringLiteral("/teams"));
    QCOMPARE(r.status, 200);
    QJsonArray teams = r.data().toArray();
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams[0].toObject().value(QStringLiteral("id")).toInteger(), SandboxFixtures::kTeamId);
    QCOMPARE(teams[0].toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("salon"));
    QCOMPARE(teams[0].toObject().value(QStringLiteral("isOrganization")).toBool(true), false);

    m_client->setApiKey(SandboxFixtures::kOutsiderKey);
    teams = m_client->get(QStringLiteral("/teams")).data().toArray();
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams[0].toObject().value(QStringLiteral("id")).toInteger(), 200);
}

void TestSandboxHttp::membershipsNeedMembership()
{
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    HttpResult r = m_client->get(QStringLiteral("/teams/100/memberships"));
    QCOMPARE(r.status, 200);
    const QJsonArray members = r.data().toArray();
    QCOMPARE(members.size(), 3);
    const QJsonObject first = members[0].toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 10);
    QCOMPARE(first.value(QStringLiteral("userId")).toInteger(), SandboxFixtures::kOwner);
    QCOMPARE(first.value(QStringLiteral("teamId")).toInteger(), SandboxFixtures::kTeamId);
    QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("OWNER"));
    QCOMPARE(first.value(QStringLiteral("accepted")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
        QStringLiteral("owner"));
    QCOMPARE(
        m_client->get(QStringLiteral("/teams/100/memberships?take=1&skip=1")).data().toArray().size(), 1);

    m_client->setApiKey(SandboxFixtures::kOutsiderKey);
    r = m_client->get(QStringLiteral("/teams/100/memberships"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("ForbiddenException"));
    QCOMPARE(r.errorMessage(), QStringLiteral("RolesGuard - User is not a member of the team with id=100."));
}

void TestSandboxHttp::teamEventTypeRoutesNeedAdmin()
{
    const QJsonObject body { { QStringLiteral("title"), QStringLiteral("Cut") },
        { QStringLiteral("slug"), QStringLiteral("cut") }, { QStringLiteral("lengthInMinutes"), 30 },
        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") } };
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"), body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("RolesGuard - user with id=2 does not have the minimum required "
                       "role=TEAM_ADMIN within team with id=100."));
    m_client->setApiKey(SandboxFixtures::kOutsiderKey);
    r = m_client->post(QStringLiteral("/teams/100/event-types"), body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorMessage(), QStringLiteral("RolesGuard - User is not a member of the team with id=100."));
    QVERIFY(m_server->state().eventTypes.isEmpty());
    // ADMIN is enough.
    m_server->state().teams[0].members[1].role = QStringLiteral("ADMIN");
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    QCOMPARE(m_client->post(QStringLiteral("/teams/100/event-types"), body).status, 201);
    // The team list is public.
    m_client->setApiKey({});
    r = m_client->get(QStringLiteral("/teams/100/event-types"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toArray().size(), 1);
}

void TestSandboxHttp::versionRouting_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("bookings no header")
        << QByteArray("GET") << QStringLiteral("/bookings") << QByteArray() << 404;
    QTest::newRow("bookings wrong") << QByteArray("GET") << QStringLiteral("/bookings")
                                    << QByteArray("2024-06-14") << 404;
    QTest::newRow("bookings slots version")
        << QByteArray("GET") << QStringLiteral("/bookings") << QByteArray("2024-09-04") << 404;
    QTest::newRow("bookings right") << QByteArray("GET") << QStringLiteral("/bookings")
                                    << QByteArray("2024-08-13") << 200;
    QTest::newRow("create booking no header")
        << QByteArray("POST") << QStringLiteral("/bookings") << QByteArray() << 404;
    QTest::newRow("booking uid no header")
        << QByteArray("GET") << QStringLiteral("/bookings/abc") << QByteArray() << 404;
    QTest::newRow("cancel no header")
        << QByteArray("POST") << QStringLiteral("/bookings/abc/cancel") << QByteArray() << 404;
    QTest::newRow("event-types no header")
        << QByteArray("GET") << QStringLiteral("/event-types?username=alice") << QByteArray() << 404;
    QTest::newRow("event-types wrong") << QByteArray("GET") << QStringLiteral("/event-types?username=alice")
                                       << QByteArray("2024-08-13") << 404;
    QTest::newRow("event-types right") << QByteArray("GET") << QStringLiteral("/event-types?username=alice")
                                       << QByteArray("2024-06-14") << 200;
    QTest::newRow("team event types any")
        << QByteArray("GET") << QStringLiteral("/teams/100/event-types") << QByteArray("1999-01-01") << 200;
    QTest::newRow("team event types none")
        << QByteArray("GET") << QStringLiteral("/teams/100/event-types") << QByteArray() << 200;
    QTest::newRow("me none") << QByteArray("GET") << QStringLiteral("/me") << QByteArray() << 200;
}

void TestSandboxHttp::versionRouting()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    HeaderList headers;
    if (!version.isEmpty())
        headers.append({ "cal-api-version", version });
    const QByteArray body = method == "POST" ? QByteArray("{}") : QByteArray();
    const HttpResult r = m_client->send(method, path, body, headers);
    QCOMPARE(r.status, status);
    if (status == 404) {
        QCOMPARE(r.errorCode(), QStringLiteral("NotFoundException"));
        QCOMPARE(r.errorMessage(), QStringLiteral("Cannot %1 /v2%2").arg(QString::fromLatin1(method), path));
    }
}

void TestSandboxHttp::unknownRouteIsNestNotFound()
{
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    HttpResult r = m_client->get(QStringLiteral("/nothing/here?x=1"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Cannot GET /v2/nothing/here?x=1"));
    r = m_client->send("PUT", QStringLiteral("/me"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Cannot PUT /v2/me"));
    // Unmatched routes are answered before any guard: no rate-limit headers.
    QVERIFY(r.header("x-ratelimit-limit-default").isEmpty());
}

void TestSandboxHttp::errorEnvelopeShape()
{
    m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    HttpResult r = m_client->get(QStringLiteral("/teams/100/event-types/999?x=y"));
    QCOMPARE(r.status, 404);
    const QJsonObject envelope = r.json();
    QCOMPARE(envelope.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(
        envelope.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-25T10:00:00.000Z"));
    QCOMPARE(envelope.value(QStringLiteral("path")).toString(),
        QStringLiteral("/v2/teams/100/event-types/999?x=y"));
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("NotFoundException"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
        QStringLiteral("Event type with id 999 not found"));
    const QJsonObject details = error.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("statusCode")).toInt(), 404);
    QCOMPARE(details.value(QStringLiteral("error")).toString(), QStringLiteral("Not Found"));
    QVERIFY(r.header("content-type").startsWith("application/json"));

    m_server->options().errorDetails = false;
    r = m_client->get(QStringLiteral("/teams/100/event-types/999"));
    QVERIFY(!r.json().value(QStringLiteral("error")).toObject().contains(QStringLiteral("details")));
}

void TestSandboxHttp::requestIdIsFreshUuidOnEveryResponse()
{
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QSet<QByteArray> seen;
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    const QList<HttpResult> results { m_client->get(QStringLiteral("/me"), { { "X-Request-Id", "mine" } }),
        m_client->get(QStringLiteral("/me")), m_client->get(QStringLiteral("/nope")),
        m_client->get(QStringLiteral("/teams/100/event-types/1")) };
    for (const HttpResult& r : results) {
        const QByteArray id = r.header("x-request-id");
        QVERIFY2(uuid.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        QVERIFY(!seen.contains(id));
        seen.insert(id);
    }
    // The log records which id each answer carried.
    QCOMPARE(m_server->log().entries().first().requestId.toLatin1(), results.first().header("x-request-id"));
}

void TestSandboxHttp::rateLimitHeadersAndThrottling()
{
    m_server->options().rateLimit = 5;
    m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    for (int i = 1; i <= 5; ++i) {
        const HttpResult r = m_client->get(QStringLiteral("/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-ratelimit-limit-default"), QByteArray("5"));
        QCOMPARE(r.header("x-ratelimit-remaining-default"), QByteArray::number(5 - i));
        QCOMPARE(r.header("x-ratelimit-reset-default"), QByteArray("60"));
        QVERIFY(r.header("retry-after").isEmpty());
        QVERIFY(r.header("x-ratelimit-limit").isEmpty());
    }
    const HttpResult limited = m_client->get(QStringLiteral("/me"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("ThrottlerException"));
    QCOMPARE(limited.errorMessage(), QStringLiteral("Too many requests. Please try again later."));
    QCOMPARE(limited.header("x-ratelimit-remaining-default"), QByteArray("0"));
    QCOMPARE(limited.header("x-ratelimit-reset-default"), QByteArray("60"));
    // Another key is unaffected.
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
}

void TestSandboxHttp::rateLimitBlockLastsAndWindowIsConfigurable()
{
    // A benchmark-style scaled window: 3 per 6 s, block 60 s.
    m_server->options().rateLimit = 3;
    m_server->options().rateWindowMs = 6000;
    m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
    m_server->clock().advance(6000); // new window: the fixed window resets the count
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 429);
    m_server->clock().advance(30'000);
    HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("x-ratelimit-reset-default"), QByteArray("30"));
    m_server->clock().advance(30'000);
    r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-ratelimit-remaining-default"), QByteArray("2"));
    QCOMPARE(r.header("x-ratelimit-reset-default"), QByteArray("6"));
}

void TestSandboxHttp::unknownKeyIsOwnBucketWithHeaders()
{
    m_server->options().rateLimit = 2;
    m_client->setApiKey("cal_unknown");
    HttpResult r = m_client->get(QStringLiteral("/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("x-ratelimit-remaining-default"), QByteArray("1"));
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 429);
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
}

void TestSandboxHttp::requestLogRedactsKey()
{
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    m_client->post(QStringLiteral("/bookings?x=1"), QJsonObject { { QStringLiteral("eventTypeId"), 5 } },
        SandboxTestClient::bookingsVersion());
    m_client->get(QStringLiteral("/me"));
    const QList<LoggedRequest>& entries = m_server->log().entries();
    QCOMPARE(entries.size(), 2);
    const LoggedRequest& first = entries[0];
    QCOMPARE(first.method, QStringLiteral("POST"));
    QCOMPARE(first.path, QStringLiteral("/v2/bookings"));
    QCOMPARE(first.query, QStringLiteral("x=1"));
    QCOMPARE(first.json().value(QStringLiteral("eventTypeId")).toInt(), 5);
    QCOMPARE(first.header("cal-api-version"), QByteArray("2024-08-13"));
    QCOMPARE(first.header("authorization"), QByteArray("<redacted>"));
    QCOMPARE(first.status, 400);
    QCOMPARE(first.userId, std::optional<qint64>(SandboxFixtures::kOwner));
    for (const LoggedRequest& e : entries)
        for (const auto& [name, value] : e.headers)
            QVERIFY(!value.contains(SandboxFixtures::kAdminKey));
    QCOMPARE(entries[1].status, 200);
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), QStringLiteral("/v2/bookings")), 1);
    QCOMPARE(m_server->log().count(QString(), QStringLiteral("/v2/.*")), 2);
    QCOMPARE(m_server->log().count(QStringLiteral("GET"), QStringLiteral("/v2/bookings")), 0);
    m_server->log().clear();
    QCOMPARE(m_server->log().size(), 0);
}

QTEST_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
