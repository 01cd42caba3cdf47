// CalcomClient against a scripted local HTTP server: every endpoint's request (method, path, headers, body)
// and typed result, every error category, broken connections, timeouts, cancel, retries, rate limits and
// that the API key never reaches a log line.
#include "ScriptedHttpServer.h"

#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "calcom/TeamResolver.h"
#include "common/Logging.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace salon::calcom;
using Response = ScriptedHttpServer::Response;
using Category = CalcomError::Category;

namespace
{

const QString kKey = QStringLiteral("cal_live_0123456789abcdefSECRETKEY");

QJsonObject roundRobinType(qint64 id = 11, const QString& slug = QStringLiteral("haircut"))
{
    return QJsonObject { { "id", id }, { "title", "Haircut" }, { "slug", slug }, { "lengthInMinutes", 30 },
        { "hidden", true }, { "schedulingType", "roundRobin" }, { "teamId", 7 },
        { "ownerId", QJsonValue::Null }, { "parentEventTypeId", QJsonValue::Null },
        { "assignAllTeamMembers", false },
        { "hosts",
            QJsonArray { QJsonObject { { "userId", 101 }, { "name", "Anna" }, { "username", "anna" },
                { "mandatory", true }, { "priority", "high" }, { "avatarUrl", QJsonValue::Null } } } } };
}

QJsonObject managedParent()
{
    return QJsonObject { { "id", 20 }, { "title", "Colour" }, { "slug", "colour" }, { "lengthInMinutes", 90 },
        { "hidden", false }, { "schedulingType", "managed" }, { "teamId", 7 },
        { "ownerId", QJsonValue::Null }, { "parentEventTypeId", QJsonValue::Null },
        { "hosts",
            QJsonArray { QJsonObject { { "userId", 101 }, { "name", "Anna" }, { "username", "anna" } },
                QJsonObject { { "userId", 102 }, { "name", "Ben" }, { "username", "ben" } } } } };
}

QJsonObject managedChild(qint64 id, qint64 owner)
{
    return QJsonObject { { "id", id }, { "title", "Colour" }, { "slug", "colour" }, { "lengthInMinutes", 90 },
        { "hidden", false }, { "ownerId", owner }, { "parentEventTypeId", 20 },
        { "teamId", QJsonValue::Null }, { "users", QJsonArray {} },
        { "bookingUrl", "https://cal.com/x/colour" } };
}

QJsonObject bookingJson(
    const QString& uid = QStringLiteral("bk_abc"), const QString& status = QStringLiteral("accepted"))
{
    return QJsonObject { { "id", 501 }, { "uid", uid }, { "title", "Haircut between Anna and Kim" },
        { "status", status }, { "start", "2026-12-01T09:00:00.000Z" }, { "end", "2026-12-01T09:30:00.000Z" },
        { "duration", 30 }, { "eventTypeId", 11 },
        { "eventType", QJsonObject { { "id", 11 }, { "slug", "haircut" } } },
        { "hosts",
            QJsonArray { QJsonObject { { "id", 101 }, { "name", "Anna" }, { "email", "anna@salon.test" },
                { "displayEmail", "anna@salon.test" }, { "username", "anna" },
                { "timeZone", "Europe/Berlin" } } } },
        { "attendees",
            QJsonArray { QJsonObject { { "name", "Kim" }, { "email", "kim@example.test" },
                { "displayEmail", "kim@example.test" }, { "timeZone", "Europe/Berlin" }, { "language", "de" },
                { "absent", false } } } },
        { "metadata", QJsonObject { { "salonPhaseId", "p-1" } } }, { "location", "" },
        { "absentHost", false }, { "createdAt", "2026-11-25T10:00:00.000Z" },
        { "updatedAt", "2026-11-25T10:00:00.000Z" }, { "bookingFieldsResponses", QJsonObject {} } };
}

QJsonObject bookingsPageJson(int from, int count, int total, bool modernKey)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data.append(bookingJson(QStringLiteral("bk_%1").arg(from + i)));
    QJsonObject pagination { { "totalItems", total }, { "remainingItems", std::max(0, total - from - count) },
        { "itemsPerPage", count }, { "currentPage", 1 }, { "totalPages", 3 },
        { "hasNextPage", from + count < total }, { "hasPreviousPage", from > 0 } };
    pagination.insert(modernKey ? QStringLiteral("returnedItems") : QStringLiteral("itemsReturned"), count);
    return QJsonObject { { "status", "success" }, { "data", data }, { "pagination", pagination } };
}

QStringList g_logLines;
void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_logLines << QStringLiteral("%1: %2").arg(
        QString::fromLatin1(context.category ? context.category : ""), message);
}

} // namespace

class TestCalcomClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CalcomClient> makeClient(const ScriptedHttpServer& server, int timeoutMs = 5000)
    {
        CalcomSettings settings;
        settings.baseUrl = server.baseUrl();
        settings.timeoutMs = timeoutMs;
        auto client = std::make_unique<CalcomClient>(settings);
        client->setApiKey(kKey);
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 40;
        client->setRetryPolicy(fast);
        return client;
    }

    template <typename Job> static std::unique_ptr<Job> finish(Job* job, int timeoutMs = 15000)
    {
        std::unique_ptr<Job> owned(job);
        if (!owned->waitForFinished(timeoutMs))
            qWarning("job did not finish in time");
        return owned;
    }

private slots:
    // ---- happy paths, one per endpoint -------------------------------------------------------------

    void me()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            Response::success(QJsonObject { { "id", 42 }, { "username", "salon-admin" },
                                  { "email", "a@b.test" }, { "name", "Admin" },
                                  { "timeZone", "Europe/Berlin" }, { "organizationId", QJsonValue::Null } })
                .withHeader("X-Request-Id", "req-1"));
        auto client = makeClient(server);
        auto job = finish(client->me());
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));
        QCOMPARE(job->result().id, 42);
        QCOMPARE(job->result().username, QStringLiteral("salon-admin"));
        QVERIFY(!job->result().organizationId);
        QCOMPARE(job->requestId(), QStringLiteral("req-1"));

        const auto& r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/v2/me"));
        QCOMPARE(r.header("Authorization"), "Bearer " + kKey.toUtf8());
        QVERIFY(!r.hasHeader("cal-api-version"));
        QVERIFY(r.body.isEmpty());
    }

    void teams()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            Response::success(QJsonArray { QJsonObject { { "id", 7 }, { "name", "Salon Rosa" },
                                               { "slug", "salon-rosa" }, { "isOrganization", false } },
                QJsonObject { { "id", 3 }, { "name", "Org" }, { "isOrganization", true } } }));
        auto client = makeClient(server);
        auto job = finish(client->teams());
        QVERIFY(!job->hasError());
        QCOMPARE(job->result().size(), 2);
        QCOMPARE(job->result().at(0).slug, QStringLiteral("salon-rosa"));
        QCOMPARE(server.lastRequest().path, QStringLiteral("/v2/teams"));
        QCOMPARE(server.lastRequest().header("Authorization"), "Bearer " + kKey.toUtf8());
    }

    void teamResolverPicksTheOnlyTeam()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(
            QJsonArray { QJsonObject { { "id", 7 }, { "name", "Salon Rosa" }, { "isOrganization", false } },
                QJsonObject { { "id", 3 }, { "name", "Org" }, { "isOrganization", true } } }));
        auto client = makeClient(server);
        auto job = finish(client->resolveTeam());
        QVERIFY(!job->hasError());
        QCOMPARE(job->teamId(), 7);
        QVERIFY(job->team().has_value());
    }

    void teamResolverListsSeveralTeams()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(QJsonArray { QJsonObject { { "id", 7 }, { "name", "Salon Rosa" } },
            QJsonObject { { "id", 8 }, { "name", "Salon Mitte" } } }));
        auto client = makeClient(server);
        auto job = finish(client->resolveTeam());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Validation);
        const QString text = job->error().userMessage();
        QVERIFY2(text.contains(QStringLiteral("7 – Salon Rosa"))
                && text.contains(QStringLiteral("8 – Salon Mitte")),
            qPrintable(text));
        QCOMPARE(job->candidates().size(), 2);

        server.enqueue(Response::success(QJsonArray {}));
        auto none = finish(client->resolveTeam());
        QVERIFY(none->hasError());
        QVERIFY(none->error().userMessage().contains(QLatin1String("no team")));
    }

    void teamResolverUsesConfiguredTeam()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        CalcomSettings settings = client->settings();
        settings.teamId = 99;
        client->setSettings(settings);
        auto job = finish(client->resolveTeam());
        QVERIFY(!job->hasError());
        QCOMPARE(job->teamId(), 99);
        QCOMPARE(server.requestCount(), 0);
    }

    void listTeamEventTypesBySlug()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        QJsonObject upper = roundRobinType(12, QStringLiteral("beard"));
        upper.insert("schedulingType", "ROUND_ROBIN");
        server.enqueue(Response::success(QJsonArray { roundRobinType(), upper, managedParent() }));
        auto client = makeClient(server);
        auto job = finish(client->teamEventTypes(7, QStringLiteral("haircut")));
        QVERIFY(!job->hasError());
        const auto& r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/v2/teams/7/event-types"));
        QCOMPARE(r.query.queryItemValue("eventSlug"), QStringLiteral("haircut"));
        QVERIFY(!r.hasHeader("cal-api-version"));

        const QList<EventType>& list = job->result();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].schedulingType, SchedulingType::RoundRobin);
        QCOMPARE(list[0].hosts.size(), 1);
        QCOMPARE(list[0].hosts[0].userId, 101);
        QCOMPARE(list[0].hosts[0].mandatory, std::optional<bool>(true));
        QCOMPARE(list[0].hosts[0].priority, QStringLiteral("high"));
        QVERIFY(list[0].hidden);
        QCOMPARE(list[1].schedulingType, SchedulingType::RoundRobin);
        QCOMPARE(list[2].schedulingType, SchedulingType::Managed);
        QVERIFY(list[2].isManagedParent());
        QVERIFY(list[2].hasHost(102));
        QVERIFY(!list[2].hosts[0].mandatory.has_value());
    }

    void getTeamEventType()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(roundRobinType()));
        auto client = makeClient(server);
        auto job = finish(client->teamEventType(7, 11));
        QVERIFY(!job->hasError());
        QCOMPARE(job->result().id, 11);
        QCOMPARE(job->result().teamId, std::optional<qint64>(7));
        QCOMPARE(server.lastRequest().path, QStringLiteral("/v2/teams/7/event-types/11"));
    }

    void createManagedEventType()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(
            QJsonArray { managedParent(), managedChild(21, 101), managedChild(22, 102) }, 201));
        auto client = makeClient(server);

        TeamEventTypeInput input;
        input.title = QStringLiteral("Colour");
        input.slug = QStringLiteral("colour");
        input.lengthInMinutes = 90;
        input.schedulingType = SchedulingType::Managed;
        input.hosts
            = { Host { 101, {}, {}, {}, {}, {} }, Host { 102, true, QStringLiteral("high"), {}, {}, {} } };
        input.hidden = false;
        auto job = finish(client->createTeamEventType(7, input));
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));

        const auto& r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v2/teams/7/event-types"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = r.json();
        QCOMPARE(body.value("title").toString(), QStringLiteral("Colour"));
        QCOMPARE(body.value("slug").toString(), QStringLiteral("colour"));
        QCOMPARE(body.value("lengthInMinutes").toInt(), 90);
        QCOMPARE(body.value("schedulingType").toString(), QStringLiteral("managed"));
        QCOMPARE(body.value("hidden").toBool(true), false);
        QCOMPARE(body.value("hosts").toArray().at(0).toObject(), (QJsonObject { { "userId", 101 } }));
        QCOMPARE(body.value("hosts").toArray().at(1).toObject(),
            (QJsonObject { { "userId", 102 }, { "mandatory", true }, { "priority", "high" } }));
        QVERIFY(!body.contains("assignAllTeamMembers"));

        const SavedEventType& saved = job->result();
        QCOMPARE(saved.eventType.id, 20);
        QCOMPARE(saved.children.size(), 2);
        QCOMPARE(saved.childFor(102)->id, 22);
        QVERIFY(saved.childFor(103) == std::nullopt);
        QVERIFY(saved.children[0].isManagedChild());
    }

    void createRoundRobinEventTypeReturnsObject()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(roundRobinType(), 201));
        auto client = makeClient(server);
        TeamEventTypeInput input { QStringLiteral("Haircut"), QStringLiteral("haircut"), 30,
            SchedulingType::RoundRobin, { Host { 101, true, QStringLiteral("high"), {}, {}, {} } },
            std::nullopt, true, {}, {} };
        auto job = finish(client->createTeamEventType(7, input));
        QVERIFY(!job->hasError());
        QCOMPARE(job->result().eventType.id, 11);
        QVERIFY(job->result().children.isEmpty());
        QCOMPARE(
            server.lastRequest().json().value("schedulingType").toString(), QStringLiteral("roundRobin"));
    }

    void incompleteInputIsRejectedWithoutARequest()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        TeamEventTypeInput input; // no title, slug, length
        auto job = finish(client->createTeamEventType(7, input));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Validation);

        BookingInput booking; // no event type, start, attendee
        auto bookingJob = finish(client->createBooking(booking));
        QVERIFY(bookingJob->hasError());
        QCOMPARE(bookingJob->error().category, Category::Validation);
        QCOMPARE(server.requestCount(), 0);
    }

    void updateDropsUnchangedSlugAndSendsHosts()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(QJsonArray { managedParent(), managedChild(21, 101) }));
        auto client = makeClient(server);

        auto current = EventType::fromJson(managedParent());
        QVERIFY(current);
        TeamEventTypePatch patch;
        patch.slug = QStringLiteral("colour"); // unchanged: must not be sent
        patch.title = QStringLiteral("Colour & Cut");
        patch.hosts = QList<Host> { Host { 101, {}, {}, {}, {}, {} } };
        auto job = finish(client->updateTeamEventType(7, 20, patch, *current));
        QVERIFY(!job->hasError());

        const auto& r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.path, QStringLiteral("/v2/teams/7/event-types/20"));
        const QJsonObject body = r.json();
        QVERIFY2(!body.contains("slug"), r.body.constData());
        QCOMPARE(body.value("title").toString(), QStringLiteral("Colour & Cut"));
        QCOMPARE(body.value("hosts").toArray().size(), 1);
        QCOMPARE(job->result().children.size(), 1);
        QCOMPARE(job->result().childFor(101)->id, 21);
    }

    void patchToManagedIsRefused()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        TeamEventTypePatch patch;
        patch.schedulingType = SchedulingType::Managed;
        patch.hosts = QList<Host> {};
        auto job = finish(client->updateTeamEventType(7, 11, patch));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Validation);
        QCOMPARE(server.requestCount(), 0);
    }

    void deleteEventType()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(QJsonObject { { "id", 11 }, { "title", "Haircut" } }));
        auto client = makeClient(server);
        auto job = finish(client->deleteTeamEventType(7, 11));
        QVERIFY(!job->hasError());
        QCOMPARE(job->result(), 11);
        QCOMPARE(server.lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(server.lastRequest().path, QStringLiteral("/v2/teams/7/event-types/11"));
    }

    void deleteRetriedAfterLostAnswerCountsNotFoundAsDone()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::closeMidBody()); // Cal.com deleted it, but the answer was lost
        server.enqueue(
            Response::calcomError(404, "NotFoundException", "Event type with ID=11 does not exist."));
        auto client = makeClient(server);
        auto job = finish(client->deleteTeamEventType(7, 11));
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));
        QCOMPARE(job->result(), 11);
        QCOMPARE(server.requestCount(), 2);

        // A first-attempt 404 stays an error.
        server.enqueue(
            Response::calcomError(404, "NotFoundException", "Event type with ID=12 does not exist."));
        auto missing = finish(client->deleteTeamEventType(7, 12));
        QVERIFY(missing->hasError());
        QCOMPARE(missing->error().category, Category::NotFound);
    }

    void userEventTypesFindsChildren()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(QJsonArray { managedChild(21, 101) }));
        auto client = makeClient(server);
        auto job = finish(client->userEventTypes(QStringLiteral("anna"), QStringLiteral("colour")));
        QVERIFY(!job->hasError());
        const auto& r = server.lastRequest();
        QCOMPARE(r.path, QStringLiteral("/v2/event-types"));
        QCOMPARE(r.header("cal-api-version"), QByteArray("2024-06-14"));
        QCOMPARE(r.query.queryItemValue("username"), QStringLiteral("anna"));
        QCOMPARE(r.query.queryItemValue("eventSlug"), QStringLiteral("colour"));
        QCOMPARE(job->result().size(), 1);
        QCOMPARE(job->result()[0].parentEventTypeId, std::optional<qint64>(20));
        QCOMPARE(job->result()[0].ownerId, std::optional<qint64>(101));
    }

    void userEventTypesNoMatchIsEmpty_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("newer build: 200 []") << 200 << QByteArray(R"({"status":"success","data":[]})");
        QTest::newRow("older build: 404")
            << 404
            << QByteArray(
                   R"({"status":"error","timestamp":"2025-08-06T14:19:55.025Z","path":"/v2/event-types","error":{"code":"NotFoundException","message":"Event types not found","details":{"message":"Event types not found","error":"Not Found","statusCode":404}}})");
    }

    void userEventTypesNoMatchIsEmpty()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::raw(status, body, "application/json"));
        auto client = makeClient(server);
        auto job = finish(client->userEventTypes(QStringLiteral("ben"), QStringLiteral("colour")));
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));
        QVERIFY(job->result().isEmpty());
        QCOMPARE(server.requestCount(), 1);
    }

    void createBooking()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(bookingJson(), 201));
        auto client = makeClient(server);

        auto single = EventType::fromJson(roundRobinType());
        QVERIFY(single);
        BookingInput input;
        input.eventTypeId = 11;
        input.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone("Europe/Berlin"));
        input.attendeeName = QStringLiteral("Kim");
        input.attendeeEmail = QStringLiteral("kim@example.test");
        input.attendeeLanguage = QStringLiteral("de");
        input.metadata = QJsonObject { { "salonPhaseId", "p-1" } };
        input.setLength(*single, 30); // single duration: must not be sent
        auto job = finish(client->createBooking(input));
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));

        const auto& r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v2/bookings"));
        QCOMPARE(r.header("cal-api-version"), QByteArray("2024-08-13"));
        QCOMPARE(r.header("Authorization"), "Bearer " + kKey.toUtf8());
        const QJsonObject body = r.json();
        QCOMPARE(body.value("eventTypeId").toInt(), 11);
        QCOMPARE(body.value("start").toString(), QStringLiteral("2026-12-01T09:00:00Z"));
        QCOMPARE(body.value("attendee").toObject(),
            (QJsonObject { { "name", "Kim" }, { "email", "kim@example.test" },
                { "timeZone", "Europe/Berlin" }, { "language", "de" } }));
        QCOMPARE(body.value("metadata").toObject().value("salonPhaseId").toString(), QStringLiteral("p-1"));
        QVERIFY(!body.contains("lengthInMinutes"));
        const QStringList keys = body.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
            (QSet<QString> { "eventTypeId", "start", "attendee", "metadata" }));

        const Booking& b = job->result();
        QCOMPARE(b.uid, QStringLiteral("bk_abc"));
        QCOMPARE(b.status, Booking::Status::Accepted);
        QCOMPARE(b.start, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(b.eventTypeId, 11);
        QCOMPARE(b.eventTypeSlug, QStringLiteral("haircut"));
        QCOMPARE(b.attendees.size(), 1);
        QCOMPARE(b.hosts.at(0).username, QStringLiteral("anna"));
        QCOMPARE(b.metadata.value("salonPhaseId").toString(), QStringLiteral("p-1"));
    }

    void bookingLengthOnlyForMultiDuration()
    {
        QJsonObject multi = roundRobinType();
        multi.insert("lengthInMinutesOptions", QJsonArray { 30, 60 });
        auto eventType = EventType::fromJson(multi);
        QVERIFY(eventType && eventType->hasMultipleDurations());
        BookingInput input;
        input.setLength(*eventType, 60);
        QCOMPARE(input.toJson().value("lengthInMinutes").toInt(), 60);
        input.setLength(*eventType, 45); // not an option: leave it to Cal.com
        QVERIFY(!input.toJson().contains("lengthInMinutes"));
    }

    void listBookingsFollowsPagination_data()
    {
        QTest::addColumn<bool>("modernKey");
        QTest::newRow("returnedItems") << true;
        QTest::newRow("itemsReturned") << false;
    }

    void listBookingsFollowsPagination()
    {
        QFETCH(bool, modernKey);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, bookingsPageJson(0, 2, 5, modernKey)));
        server.enqueue(Response::json(200, bookingsPageJson(2, 2, 5, modernKey)));
        server.enqueue(Response::json(200, bookingsPageJson(4, 1, 5, modernKey)));
        auto client = makeClient(server);

        BookingQuery query;
        query.eventTypeId = 11;
        query.afterStart = QDateTime(QDate(2026, 12, 1), QTime(8, 59), Qt::UTC);
        query.beforeEnd = QDateTime(QDate(2026, 12, 1), QTime(9, 31), Qt::UTC);
        query.statuses = { QStringLiteral("upcoming"), QStringLiteral("unconfirmed") };
        query.take = 2;
        auto* raw = client->listBookings(query);
        QSignalSpy progress(raw, &BookingListJob::progress);
        auto job = finish(raw);
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));
        QCOMPARE(job->bookings().size(), 5);
        QCOMPARE(job->bookings().last().uid, QStringLiteral("bk_4"));
        QCOMPARE(job->pagesFetched(), 3);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 5);

        QCOMPARE(server.requestCount(), 3);
        const QStringList skips { "0", "2", "4" };
        for (int i = 0; i < 3; ++i) {
            const auto& r = server.requests().at(i);
            QCOMPARE(r.path, QStringLiteral("/v2/bookings"));
            QCOMPARE(r.header("cal-api-version"), QByteArray("2024-08-13"));
            QCOMPARE(r.query.queryItemValue("skip"), skips[i]);
            QCOMPARE(r.query.queryItemValue("take"), QStringLiteral("2"));
            QCOMPARE(r.query.queryItemValue("eventTypeId"), QStringLiteral("11"));
            QCOMPARE(r.query.queryItemValue("afterStart"), QStringLiteral("2026-12-01T08:59:00Z"));
            QCOMPARE(r.query.queryItemValue("beforeEnd"), QStringLiteral("2026-12-01T09:31:00Z"));
            QCOMPARE(r.query.queryItemValue("status"), QStringLiteral("upcoming,unconfirmed"));
        }
    }

    void bookingsPageSingle()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, bookingsPageJson(0, 1, 1, true)));
        auto client = makeClient(server);
        auto job = finish(client->bookingsPage(BookingQuery {}));
        QVERIFY(!job->hasError());
        QVERIFY(job->result().hasPagination);
        QCOMPARE(job->result().pagination.returnedItems, 1);
        QCOMPARE(job->result().pagination.hasNextPage, false);
    }

    void getAndCancelBooking()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(bookingJson()));
        QJsonObject cancelled = bookingJson(QStringLiteral("bk_abc"), QStringLiteral("cancelled"));
        cancelled.insert("cancellationReason", "Customer called");
        server.enqueue(Response::success(cancelled));
        auto client = makeClient(server);

        auto get = finish(client->booking(QStringLiteral("bk_abc")));
        QVERIFY(!get->hasError());
        QCOMPARE(server.lastRequest().method, QByteArray("GET"));
        QCOMPARE(server.lastRequest().path, QStringLiteral("/v2/bookings/bk_abc"));
        QCOMPARE(server.lastRequest().header("cal-api-version"), QByteArray("2024-08-13"));

        auto cancel
            = finish(client->cancelBooking(QStringLiteral("bk_abc"), QStringLiteral("Customer called")));
        QVERIFY(!cancel->hasError());
        const auto& r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v2/bookings/bk_abc/cancel"));
        QCOMPARE(r.header("cal-api-version"), QByteArray("2024-08-13"));
        QCOMPARE(r.json(), (QJsonObject { { "cancellationReason", "Customer called" } }));
        QCOMPARE(cancel->result().status, Booking::Status::Cancelled);
        QVERIFY(cancel->result().isCancelled());
        QCOMPARE(cancel->result().cancellationReason, QStringLiteral("Customer called"));
    }

    // ---- errors ----------------------------------------------------------------------------------------

    void errorCategories_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");

        auto envelope = [](const char* code, const char* message) {
            return QJsonDocument(QJsonObject { { "status", "error" },
                                     { "timestamp", "2026-11-25T10:00:00.000Z" }, { "path", "/v2/bookings" },
                                     { "error", QJsonObject { { "code", code }, { "message", message } } } })
                .toJson(QJsonDocument::Compact);
        };
        const QByteArray json = "application/json";
        QTest::newRow("401 invalid key")
            << 401
            << envelope("UnauthorizedException", "ApiAuthStrategy - api key - Your api key is not valid")
            << json << int(Category::Auth) << "UnauthorizedException"
            << "not valid";
        QTest::newRow("403 not admin")
            << 403
            << envelope("ForbiddenException", "RolesGuard - User is not a member of the team with id=7.")
            << json << int(Category::Auth) << "ForbiddenException"
            << "not a member";
        QTest::newRow("404 event type")
            << 404 << envelope("NotFoundException", "Event type with id 99 not found.") << json
            << int(Category::NotFound) << "NotFoundException"
            << "id 99";
        QTest::newRow("400 managed parent")
            << 400
            << envelope("BadRequestException",
                   "Event type with id=20 is the parent managed event type that can't be booked. You have to "
                   "provide the child event type id aka id of event type that has been assigned to one of "
                   "the users.")
            << json << int(Category::ManagedParent) << "BadRequestException"
            << "parent managed";
        QTest::newRow("400 slot taken (team)")
            << 400
            << envelope("BadRequestException",
                   "One of the hosts either already has booking at this time or is not available")
            << json << int(Category::SlotUnavailable) << "BadRequestException"
            << "already has booking";
        QTest::newRow("409 slot taken (user)")
            << 409
            << envelope(
                   "ConflictException", "User either already has booking at this time or is not available")
            << json << int(Category::SlotUnavailable) << "ConflictException"
            << "already has booking";
        QTest::newRow("409 fixed hosts code")
            << 409
            << QByteArray(
                   R"({"status":"error","message":"Fixed hosts unavailable","error":{"code":"fixed_hosts_unavailable_for_booking","message":"Fixed hosts unavailable"}})")
            << json << int(Category::SlotUnavailable) << "fixed_hosts_unavailable_for_booking"
            << "Fixed hosts";
        QTest::newRow("409 no users code")
            << 409
            << QByteArray(
                   R"({"status":"error","error":{"code":"no_available_users_found_error","message":"No available users found."}})")
            << json << int(Category::SlotUnavailable) << "no_available_users_found_error"
            << "No available";
        QTest::newRow("400 validation")
            << 400
            << envelope(
                   "BadRequestException", "responses property is wrong,property responses should not exist ")
            << json << int(Category::Validation) << "BadRequestException"
            << "should not exist";
        QTest::newRow("400 lengthInMinutes") << 400
                                             << envelope("BadRequestException",
                                                    "Can't specify 'lengthInMinutes' because event type does "
                                                    "not have multiple possible lengths.")
                                             << json << int(Category::Validation) << "BadRequestException"
                                             << "lengthInMinutes";
        QTest::newRow("422 no hosts") << 422
                                      << envelope("UnprocessableEntityException",
                                             "Can't book this team event type because it has no hosts.")
                                      << json << int(Category::Validation) << "UnprocessableEntityException"
                                      << "no hosts";
        QTest::newRow("409 prisma conflict")
            << 409 << envelope("CONFLICT", "Invalid Input: Trying to create a record that already exists.")
            << json << int(Category::Validation) << "CONFLICT"
            << "already exists";
        QTest::newRow("429") << 429
                             << envelope("ThrottlerException", "Too many requests. Please try again later.")
                             << json << int(Category::RateLimited) << "ThrottlerException"
                             << "Too many";
        QTest::newRow("500 envelope")
            << 500 << envelope("INTERNAL_SERVER_ERROR", "There was an error, please try again later.") << json
            << int(Category::Server) << "INTERNAL_SERVER_ERROR"
            << "try again later";
        QTest::newRow("500 bare nest")
            << 500 << QByteArray(R"({"statusCode":500,"message":"Internal server error"})") << json
            << int(Category::Server) << ""
            << "Internal server error";
        QTest::newRow("502 html")
            << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
            << QByteArray("text/html") << int(Category::Server) << ""
            << "";
        QTest::newRow("200 malformed json") << 200 << QByteArray(R"({"status":"success","data":{"id":5,)")
                                            << json << int(Category::Server) << ""
                                            << "invalid JSON";
        QTest::newRow("201 unexpected json") << 201 << QByteArray(R"({"status":"success","data":"what?"})")
                                             << json << int(Category::Server) << ""
                                             << "unexpected answer";
        QTest::newRow("200 json array")
            << 200 << QByteArray(R"([1,2,3])") << json << int(Category::Server) << ""
            << "JSON object";
    }

    void errorCategories()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, category);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);

        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::raw(status, body, contentType).withHeader("X-Request-Id", "9f1c-req"));
        auto client = makeClient(server);
        QSignalSpy authSpy(client.get(), &CalcomClient::authenticationFailed);
        BookingInput input;
        input.eventTypeId = 11;
        input.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        input.attendeeName = QStringLiteral("Kim");
        auto job = finish(client->createBooking(input));

        QVERIFY(job->hasError());
        const CalcomError& e = job->error();
        QCOMPARE(CalcomError::categoryName(e.category), CalcomError::categoryName(Category(category)));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.details()));
        QCOMPARE(e.method, QStringLiteral("POST"));
        QCOMPARE(e.path, QStringLiteral("/v2/bookings"));
        QCOMPARE(e.requestId, QStringLiteral("9f1c-req"));
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(e.details().contains(QLatin1String("9f1c-req")));
        if (contentType == "text/html" || status < 300)
            QVERIFY2(!e.bodyStart.isEmpty() && e.userMessage().contains(QString::fromUtf8(body.left(10))),
                qPrintable(e.userMessage())); // quotes the first bytes
        QCOMPARE(authSpy.size(), category == int(Category::Auth) ? 1 : 0);
        QCOMPARE(server.requestCount(), 1); // a POST /v2/bookings is never re-sent
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        CalcomSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port));
        CalcomClient client(settings);
        client.setRetryPolicy(RetryPolicy { 1, 10, 10, 0 });
        auto job = finish(client.me());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Network);
        QCOMPARE(job->error().networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!job->error().timedOut);
        QCOMPARE(job->error().path, QStringLiteral("/v2/me"));
    }

    void hostNotFound()
    {
        CalcomSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://salon-admin-test.invalid/v2"));
        CalcomClient client(settings);
        client.setRetryPolicy(RetryPolicy { 1, 10, 10, 0 });
        auto job = finish(client.me(), 30000);
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Network);
    }

    void connectionClosedMidResponse()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::closeMidBody());
        auto client = makeClient(server);
        client->setRetryPolicy(RetryPolicy { 1, 10, 10, 0 });
        auto job = finish(client->me());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Network);
        QVERIFY2(job->error().networkError == QNetworkReply::RemoteHostClosedError,
            qPrintable(job->error().details()));
    }

    void timeout()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::noAnswer());
        auto client = makeClient(server, 300);
        client->setRetryPolicy(RetryPolicy { 1, 10, 10, 0 });
        QElapsedTimer elapsed;
        elapsed.start();
        auto job = finish(client->me());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Network);
        QVERIFY(job->error().timedOut);
        QVERIFY(job->error().userMessage().contains(QLatin1String("in time")));
        QVERIFY2(elapsed.elapsed() >= 250 && elapsed.elapsed() < 5000,
            qPrintable(QString::number(elapsed.elapsed())));
    }

    void cancelWhileWaitingForTheServer()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::noAnswer());
        auto client = makeClient(server);
        auto* raw = client->me();
        QSignalSpy finished(raw, &CalcomJob::finished);
        QSignalSpy received(&server, &ScriptedHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        raw->cancel();
        auto job = finish(raw);
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.requestCount(), 1);
    }

    void cancelWhileQueuedInTheLimiter()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto&) { return Response::success(QJsonObject { { "id", 1 } }); });
        auto client = makeClient(server);
        client->rateLimiter()->setLimit(1); // 1 per minute: the second request has to wait
        auto first = finish(client->me());
        QVERIFY(!first->hasError());
        auto* raw = client->me();
        QTest::qWait(100);
        QCOMPARE(client->rateLimiter()->queuedCount(), 1);
        QVERIFY(client->rateLimiter()->waitingSeconds() > 50);
        raw->cancel();
        auto job = finish(raw);
        QCOMPARE(job->error().category, Category::Cancelled);
        QCOMPARE(client->rateLimiter()->queuedCount(), 0);
        QCOMPARE(server.requestCount(), 1);
    }

    void deletingAQueuedRequestIsSafe()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto&) { return Response::success(QJsonObject { { "id", 1 } }); });
        auto client = makeClient(server);
        client->rateLimiter()->setLimit(1);
        auto first = finish(client->me());
        QVERIFY(!first->hasError());
        CalcomReply<Me>* queued = client->me();
        QTest::qWait(50);
        QCOMPARE(client->rateLimiter()->queuedCount(), 1);
        delete queued;
        QCOMPARE(client->rateLimiter()->queuedCount(), 0);
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 1);
    }

    void destroyingTheClientWithRequestsInFlight()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto&) { return Response::noAnswer(); });
        auto client = makeClient(server);
        client->me();
        client->listBookings(BookingQuery {});
        client->resolveTeam();
        // The limiter's cautious start: one request on the wire, two queued until its answer.
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 5000);
        QCOMPARE(client->rateLimiter()->queuedCount(), 2);
        client.reset();
        QTest::qWait(50); // nothing may fire into deleted objects
    }

    void jobsDeleteThemselvesAfterFinished()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::success(QJsonObject { { "id", 1 } }));
        auto client = makeClient(server);
        QPointer<CalcomReply<Me>> job = client->me();
        bool sawResult = false;
        connect(
            job, &CalcomJob::finished, this, [&] { sawResult = !job->hasError() && job->result().id == 1; });
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 5000);
        QVERIFY(sawResult);
    }

    void plainHttpToRemoteHostIsRefused()
    {
        CalcomSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://cal.example.org/v2"));
        QVERIFY(!settings.isValid());
        QVERIFY(settings.validationError().contains(QLatin1String("http://")));
        CalcomClient client(settings);
        auto job = finish(client.me());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().category, Category::Validation);
        QVERIFY2(job->error().userMessage().contains(QLatin1String("https://")),
            qPrintable(job->error().userMessage()));

        for (const char* ok : { "http://127.0.0.1:8080/v2", "http://localhost/v2", "http://[::1]:9/v2",
                 "https://api.cal.com/v2" }) {
            CalcomSettings s;
            s.baseUrl = QUrl(QString::fromLatin1(ok));
            QVERIFY2(s.isValid(), ok);
        }
        CalcomSettings ftp;
        ftp.baseUrl = QUrl(QStringLiteral("ftp://api.cal.com/v2"));
        QVERIFY(!ftp.isValid());
    }

    // ---- retries ---------------------------------------------------------------------------------------

    void retriesSafeMethods_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("closeConnection");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("expectSuccess");
        QTest::newRow("GET 503 twice") << "get" << 2 << false << 3 << true;
        QTest::newRow("GET closed connection") << "get" << 1 << true << 2 << true;
        QTest::newRow("GET gives up after 4") << "get" << 10 << false << 4 << false;
        QTest::newRow("PATCH 502") << "patch" << 1 << false << 2 << true;
        QTest::newRow("DELETE closed") << "delete" << 1 << true << 2 << true;
        QTest::newRow("POST booking 503") << "booking" << 1 << false << 1 << false;
        QTest::newRow("POST booking closed") << "booking" << 1 << true << 1 << false;
        QTest::newRow("POST event type 500") << "create" << 1 << false << 1 << false;
        QTest::newRow("POST cancel 503") << "cancel" << 1 << false << 1 << false;
    }

    void retriesSafeMethods()
    {
        QFETCH(QString, call);
        QFETCH(int, failures);
        QFETCH(bool, closeConnection);
        QFETCH(int, expectedRequests);
        QFETCH(bool, expectSuccess);

        ScriptedHttpServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < failures; ++i)
            server.enqueue(closeConnection
                    ? Response::closeMidBody()
                    : Response::calcomError(503, "ServiceUnavailable", "down for a moment"));
        server.setHandler([call](const auto&) {
            if (call == QLatin1String("get"))
                return Response::success(roundRobinType());
            if (call == QLatin1String("patch"))
                return Response::success(roundRobinType());
            if (call == QLatin1String("delete"))
                return Response::success(QJsonObject { { "id", 11 }, { "title", "Haircut" } });
            if (call == QLatin1String("create"))
                return Response::success(roundRobinType(), 201);
            return Response::success(bookingJson(), 201);
        });
        auto client = makeClient(server);
        RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 40;
        client->setRetryPolicy(policy);

        CalcomRequest* request = nullptr;
        if (call == QLatin1String("get")) {
            request = client->teamEventType(7, 11);
        } else if (call == QLatin1String("patch")) {
            TeamEventTypePatch patch;
            patch.hidden = true;
            request = client->updateTeamEventType(7, 11, patch);
        } else if (call == QLatin1String("delete")) {
            request = client->deleteTeamEventType(7, 11);
        } else if (call == QLatin1String("create")) {
            request = client->createTeamEventType(7,
                TeamEventTypeInput { "Haircut", "haircut", 30, SchedulingType::RoundRobin,
                    { Host { 101, true, "high", {}, {}, {} } }, std::nullopt, true, {}, {} });
        } else if (call == QLatin1String("cancel")) {
            request = client->cancelBooking(QStringLiteral("bk_abc"));
        } else {
            BookingInput input;
            input.eventTypeId = 11;
            input.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
            input.attendeeName = QStringLiteral("Kim");
            request = client->createBooking(input);
        }
        QSignalSpy retrying(request, &CalcomRequest::retrying);
        auto job = finish(request);
        QCOMPARE(server.requestCount(), expectedRequests);
        QCOMPARE(job->attempts(), expectedRequests);
        QCOMPARE(retrying.size(), expectedRequests - 1);
        QCOMPARE(!job->hasError(), expectSuccess);
        if (!expectSuccess)
            QVERIFY(job->error().category == Category::Server || job->error().category == Category::Network);
    }

    void noRetryOnClientErrors()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::calcomError(400, "BadRequestException", "Event type to update not found"));
        server.enqueue(Response::calcomError(401, "UnauthorizedException", "Your api key is expired"));
        auto client = makeClient(server);
        TeamEventTypePatch patch;
        patch.hidden = true;
        auto patchJob = finish(client->updateTeamEventType(7, 404, patch));
        QCOMPARE(patchJob->error().category, Category::Validation);
        auto meJob = finish(client->me());
        QCOMPARE(meJob->error().category, Category::Auth);
        QCOMPARE(server.requestCount(), 2);
    }

    // ---- rate limits -----------------------------------------------------------------------------------

    void pausesWhenServerReportsNoRemainingBudget_data()
    {
        QTest::addColumn<bool>("epoch");
        QTest::newRow("reset in seconds") << false;
        QTest::newRow("reset as epoch") << true;
    }

    void pausesWhenServerReportsNoRemainingBudget()
    {
        QFETCH(bool, epoch);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray reset
            = epoch ? QByteArray::number(QDateTime::currentSecsSinceEpoch() + 2) : QByteArray("1");
        server.enqueue(Response::success(QJsonObject { { "id", 1 } })
                           .withHeader("X-RateLimit-Limit-Default", "120")
                           .withHeader("X-RateLimit-Remaining-Default", "0")
                           .withHeader("X-RateLimit-Reset-Default", reset));
        server.setHandler([](const auto&) { return Response::success(QJsonObject { { "id", 1 } }); });
        auto client = makeClient(server);
        QSignalSpy waiting(client->rateLimiter(), &RateLimiter::waitingChanged);
        auto first = finish(client->me());
        QVERIFY(!first->hasError());
        QCOMPARE(client->rateLimiter()->remaining(), 0);
        QVERIFY(client->rateLimiter()->isBlocked());
        auto second = finish(client->me());
        QVERIFY(!second->hasError());
        QCOMPARE(server.requestCount(), 2);
        const qint64 gap = server.requests()[1].receivedMs - server.requests()[0].receivedMs;
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
        QVERIFY(!waiting.isEmpty());
        QVERIFY(waiting.first().at(0).toInt() >= 1);
        QCOMPARE(waiting.last().at(0).toInt(), 0);
    }

    void rateLimited429WaitsAndResumes()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            Response::calcomError(429, "ThrottlerException", "Too many requests. Please try again later.")
                .withHeader("X-RateLimit-Remaining-Default", "0")
                .withHeader("X-RateLimit-Reset-Default", "1"));
        server.setHandler([](const auto&) { return Response::success(roundRobinType()); });
        auto client = makeClient(server);
        QSignalSpy blocked(client->rateLimiter(), &RateLimiter::blocked);
        auto job = finish(client->teamEventType(7, 11));
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().details() : QString()));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().at(0).toInt(), 1);
        const qint64 gap = server.requests()[1].receivedMs - server.requests()[0].receivedMs;
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
    }

    void burstStaysWithinBudget()
    {
        // A scaled window (20 per 400 ms) so 100 requests take about two seconds.
        constexpr int kLimit = 20;
        constexpr int kWindowMs = 400;
        constexpr int kRequests = 100;
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto&) { return Response::success(QJsonObject { { "id", 1 } }); });
        auto client = makeClient(server);
        client->rateLimiter()->setLimit(kLimit);
        client->rateLimiter()->setWindowMs(kWindowMs);

        int done = 0;
        int failed = 0;
        for (int i = 0; i < kRequests; ++i) {
            auto* job = client->me();
            connect(job, &CalcomJob::finished, this, [&done, &failed, job] {
                ++done;
                failed += job->hasError() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, kRequests, 20000);
        QCOMPARE(failed, 0);
        QCOMPARE(server.requestCount(), kRequests);
        // Arrival times: any kLimit+1 consecutive requests span at least one window (minus network jitter).
        const auto& requests = server.requests();
        for (int i = 0; i + kLimit < kRequests; ++i) {
            const qint64 span = requests[i + kLimit].receivedMs - requests[i].receivedMs;
            QVERIFY2(span >= kWindowMs - 60,
                qPrintable(QStringLiteral("requests %1..%2 within %3 ms").arg(i).arg(i + kLimit).arg(span)));
        }
    }

    // ---- secrets never leak ----------------------------------------------------------------------------

    void keyNeverReachesLogsOrErrors()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        // A server that echoes the key in its error text and in a broken body.
        server.enqueue(Response::calcomError(
            401, "UnauthorizedException", QStringLiteral("Your api key is not valid: Bearer %1").arg(kKey)));
        server.enqueue(
            Response::raw(502, "<html>bad gateway for key " + kKey.toUtf8() + "</html>", "text/html"));
        server.enqueue(Response::raw(200, "{\"broken\": \"" + kKey.toUtf8(), "application/json"));
        server.enqueue(Response::noAnswer());

        const bool debugWas = lcCalcom().isDebugEnabled();
        const_cast<QLoggingCategory&>(lcCalcom()).setEnabled(QtDebugMsg, true);
        g_logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

        auto client = makeClient(server, 300);
        client->setRetryPolicy(RetryPolicy { 1, 10, 10, 0 });
        QList<CalcomError> errors;
        errors << finish(client->me())->error();
        errors << finish(client->me())->error();
        errors << finish(client->me())->error();
        errors << finish(client->me())->error(); // timeout

        qInstallMessageHandler(previous);
        const_cast<QLoggingCategory&>(lcCalcom()).setEnabled(QtDebugMsg, debugWas);

        QVERIFY2(
            g_logLines.size() >= 8, qPrintable(g_logLines.join('\n'))); // requests and failures were logged
        QVERIFY(g_logLines.join('\n').contains(QLatin1String("/v2/me")));
        for (const QString& line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(kKey) && !line.contains(QLatin1String("0123456789abcdefSECRET")),
                qPrintable(line));
        for (const CalcomError& e : std::as_const(errors)) {
            for (const QString& text : { e.details(), e.userMessage(), e.message, e.bodyStart, e.path })
                QVERIFY2(!text.contains(QLatin1String("SECRETKEY")), qPrintable(text));
        }
        QCOMPARE(errors[0].category, Category::Auth);
        QCOMPARE(errors[1].category, Category::Server);
        QCOMPARE(errors[2].category, Category::Server);
        QCOMPARE(errors[3].category, Category::Network);
    }
};

QTEST_GUILESS_MAIN(TestCalcomClient)
#include "tst_calcomclient.moc"
