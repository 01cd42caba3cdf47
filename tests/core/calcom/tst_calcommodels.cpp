// Parsers, request bodies, error classification and retry rules, without a network.
#include "calcom/BookingPage.h"
#include "calcom/BookingQuery.h"
#include "calcom/CalcomError.h"
#include "calcom/CalcomSettings.h"
#include "calcom/RetryPolicy.h"
#include "calcom/SavedEventType.h"
#include "calcom/SchedulingType.h"
#include "calcom/TeamEventTypePatch.h"
#include "calcom/TeamResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace salon::calcom;
using Category = CalcomError::Category;

class TestCalcomModels : public QObject
{
    Q_OBJECT
private slots:
    void schedulingTypeSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("roundRobin") << "roundRobin" << int(SchedulingType::RoundRobin);
        QTest::newRow("ROUND_ROBIN") << "ROUND_ROBIN" << int(SchedulingType::RoundRobin);
        QTest::newRow("round_robin") << "round_robin" << int(SchedulingType::RoundRobin);
        QTest::newRow("collective") << "collective" << int(SchedulingType::Collective);
        QTest::newRow("COLLECTIVE") << "COLLECTIVE" << int(SchedulingType::Collective);
        QTest::newRow("managed") << "managed" << int(SchedulingType::Managed);
        QTest::newRow("MANAGED") << "MANAGED" << int(SchedulingType::Managed);
        QTest::newRow("empty") << "" << int(SchedulingType::Unknown);
        QTest::newRow("other") << "solo" << int(SchedulingType::Unknown);
    }
    void schedulingTypeSpellings()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QCOMPARE(int(schedulingTypeFromString(text)), type);
    }
    void schedulingTypeOutput()
    {
        QCOMPARE(schedulingTypeToApiString(SchedulingType::RoundRobin), QStringLiteral("roundRobin"));
        QCOMPARE(schedulingTypeToApiString(SchedulingType::Collective), QStringLiteral("collective"));
        QCOMPARE(schedulingTypeToApiString(SchedulingType::Managed), QStringLiteral("managed"));
    }

    void hostsAsObjectsOrIds()
    {
        auto obj
            = Host::fromJson(QJsonObject { { "userId", 5 }, { "mandatory", false }, { "priority", "low" } });
        QVERIFY(obj);
        QCOMPARE(obj->userId, 5);
        QCOMPARE(obj->mandatory, std::optional<bool>(false));
        auto number = Host::fromJson(QJsonValue(7));
        QVERIFY(number);
        QCOMPARE(number->userId, 7);
        auto text = Host::fromJson(QJsonValue(QStringLiteral("8")));
        QVERIFY(text);
        QCOMPARE(text->userId, 8);
        QVERIFY(!Host::fromJson(QJsonObject { { "name", "no id" } }));
    }

    void eventTypeRejectsBrokenShapes()
    {
        QVERIFY(!EventType::fromJson(QJsonValue(QStringLiteral("x"))));
        QVERIFY(!EventType::fromJson(QJsonObject { { "title", "no id" } }));
        QVERIFY(!EventType::fromJson(QJsonObject { { "id", 1 }, { "hosts", "not a list" } }));
        QVERIFY(!EventType::listFromJson(QJsonObject { { "id", 1 } }));
        auto ok = EventType::fromJson(QJsonObject { { "id", 1 }, { "hosts", QJsonValue::Null } });
        QVERIFY(ok);
        QVERIFY(ok->hosts.isEmpty());
    }

    void savedEventTypeFindsParentAnywhere()
    {
        const QJsonArray data { QJsonObject { { "id", 31 }, { "ownerId", 101 }, { "parentEventTypeId", 30 } },
            QJsonObject {
                { "id", 30 }, { "schedulingType", "MANAGED" }, { "parentEventTypeId", QJsonValue::Null } },
            QJsonObject { { "id", 32 }, { "ownerId", 102 }, { "parentEventTypeId", 30 } } };
        auto saved = SavedEventType::fromData(data);
        QVERIFY(saved);
        QCOMPARE(saved->eventType.id, 30);
        QVERIFY(saved->eventType.isManagedParent());
        QCOMPARE(saved->children.size(), 2);
        QCOMPARE(saved->childFor(102)->id, 32);
        QVERIFY(!SavedEventType::fromData(QJsonArray {}));
        QVERIFY(!SavedEventType::fromData(QJsonValue(3)));
    }

    void paginationBothSpellings()
    {
        auto modern = Pagination::fromJson(
            QJsonObject { { "returnedItems", 3 }, { "totalItems", 9 }, { "hasNextPage", true } });
        QVERIFY(modern);
        QCOMPARE(modern->returnedItems, 3);
        QCOMPARE(modern->totalItems, 9);
        QVERIFY(modern->hasNextPage);
        auto older = Pagination::fromJson(QJsonObject { { "itemsReturned", 4 } });
        QVERIFY(older);
        QCOMPARE(older->returnedItems, 4);
    }

    void bookingPageWithoutPagination()
    {
        auto page = BookingPage::fromResponse(
            QJsonObject { { "data", QJsonArray { QJsonObject { { "uid", "a" } } } } });
        QVERIFY(page);
        QVERIFY(!page->hasPagination);
        QCOMPARE(page->bookings.size(), 1);
        QVERIFY(!BookingPage::fromResponse(
            QJsonObject { { "data", QJsonArray { QJsonObject { { "id", 1 } } } } })); // no uid
    }

    void patchSendsOnlyWhatIsSet()
    {
        TeamEventTypePatch patch;
        QVERIFY(patch.isEmpty());
        QCOMPARE(patch.toJson(), QJsonObject {});
        patch.hidden = true;
        patch.hosts = QList<Host> {};
        QCOMPARE(patch.toJson(), (QJsonObject { { "hidden", true }, { "hosts", QJsonArray {} } }));

        EventType current;
        current.slug = QStringLiteral("cut");
        current.title = QStringLiteral("Cut");
        current.hidden = true;
        current.schedulingType = SchedulingType::RoundRobin;
        TeamEventTypePatch same;
        same.slug = QStringLiteral("cut");
        same.title = QStringLiteral("Cut");
        same.hidden = true;
        same.schedulingType = SchedulingType::RoundRobin;
        same.dropUnchanged(current);
        QVERIFY(same.isEmpty());

        TeamEventTypePatch renamed;
        renamed.slug = QStringLiteral("cut-long");
        renamed.dropUnchanged(current);
        QCOMPARE(renamed.toJson().value("slug").toString(), QStringLiteral("cut-long"));

        TeamEventTypePatch switchWithoutHosts;
        switchWithoutHosts.schedulingType = SchedulingType::Collective;
        QVERIFY(!switchWithoutHosts.problem().isEmpty());
        switchWithoutHosts.hosts = QList<Host> { Host { 1, {}, {}, {}, {}, {} } };
        QVERIFY(switchWithoutHosts.problem().isEmpty());
    }

    void bookingQueryEncoding()
    {
        BookingQuery q;
        q.attendeeEmail = QStringLiteral("kim+salon@example.test");
        q.eventTypeIds = { 1, 2 };
        q.take = 50;
        QUrl url(QStringLiteral("http://127.0.0.1/v2/bookings"));
        url.setQuery(q.toUrlQuery());
        const QUrlQuery back(url.query(QUrl::FullyEncoded));
        QCOMPARE(back.queryItemValue("eventTypeIds"), QStringLiteral("1,2"));
        QCOMPARE(back.queryItemValue("take"), QStringLiteral("50"));
        QCOMPARE(back.queryItemValue("skip"), QStringLiteral("0"));
        QVERIFY(!back.hasQueryItem("status"));
        // A '+' must reach the server as %2B, not as a space.
        QVERIFY2(url.toEncoded().contains("kim%2Bsalon%40example.test"), url.toEncoded().constData());
        QCOMPARE(back.queryItemValue("attendeeEmail", QUrl::FullyDecoded),
            QStringLiteral("kim+salon@example.test"));
    }

    void categorize_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("category");
        QTest::newRow("401") << 401 << "UnauthorizedException"
                             << "Your api key is expired" << int(Category::Auth);
        QTest::newRow("403") << 403 << "ForbiddenException"
                             << "" << int(Category::Auth);
        QTest::newRow("404") << 404 << "NotFoundException"
                             << "Booking with uid=x not found" << int(Category::NotFound);
        QTest::newRow("managed 400")
            << 400 << "BadRequestException"
            << "Event type with id=2 is the parent managed event type that can't be booked."
            << int(Category::ManagedParent);
        QTest::newRow("slot 400") << 400 << ""
                                  << "User either already has booking at this time or is not available"
                                  << int(Category::SlotUnavailable);
        QTest::newRow("slot 409 code") << 409 << "no_available_users_found_error"
                                       << "" << int(Category::SlotUnavailable);
        QTest::newRow("slot text on 500 is server")
            << 500 << ""
            << "already has booking at this time" << int(Category::Server);
        QTest::newRow("422") << 422 << "UnprocessableEntityException"
                             << "" << int(Category::Validation);
        QTest::newRow("409 other") << 409 << "ConflictException"
                                   << "No more seats left" << int(Category::Validation);
        QTest::newRow("405") << 405 << ""
                             << "" << int(Category::Validation);
        QTest::newRow("429") << 429 << "ThrottlerException"
                             << "" << int(Category::RateLimited);
        QTest::newRow("503") << 503 << ""
                             << "" << int(Category::Server);
    }
    void categorize()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, category);
        QCOMPARE(CalcomError::categoryName(CalcomError::categorize(status, code, message)),
            CalcomError::categoryName(Category(category)));
    }

    void errorBodies()
    {
        auto nestArray = CalcomError::fromHttpResponse(400,
            R"({"statusCode":400,"message":["a must be a number","b should not exist"],"error":"Bad Request"})",
            QStringLiteral("PATCH"), QStringLiteral("/v2/x"), {});
        QCOMPARE(nestArray.category, Category::Validation);
        QCOMPARE(nestArray.message, QStringLiteral("a must be a number; b should not exist"));
        QCOMPARE(nestArray.code, QStringLiteral("Bad Request"));

        auto empty = CalcomError::fromHttpResponse(
            503, QByteArray(), QStringLiteral("GET"), QStringLiteral("/v2/me"), {});
        QCOMPARE(empty.category, Category::Server);
        QVERIFY(empty.bodyStart.isEmpty());

        const QByteArray longHtml = "<html>" + QByteArray(5000, 'x') + "</html>";
        auto html = CalcomError::fromHttpResponse(
            502, longHtml, QStringLiteral("GET"), QStringLiteral("/v2/me"), {});
        QCOMPARE(html.category, Category::Server);
        QVERIFY(html.bodyStart.startsWith(QLatin1String("<html>")));
        QVERIFY(html.bodyStart.size() < 300);
    }

    void categoryNames()
    {
        const QStringList expected { "auth", "notFound", "managedParent", "slotUnavailable", "validation",
            "rateLimited", "server", "network", "cancelled" };
        const QList<Category> all { Category::Auth, Category::NotFound, Category::ManagedParent,
            Category::SlotUnavailable, Category::Validation, Category::RateLimited, Category::Server,
            Category::Network, Category::Cancelled };
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(CalcomError::categoryName(all[i]), expected[i]);
    }

    void retryRules()
    {
        RetryPolicy p;
        for (const char* m : { "GET", "DELETE", "PATCH" }) {
            QVERIFY(p.shouldRetry(m, Category::Network, 1));
            QVERIFY(p.shouldRetry(m, Category::Server, 1));
            QVERIFY(p.shouldRetry(m, Category::RateLimited, 1));
            QVERIFY(!p.shouldRetry(m, Category::Validation, 1));
            QVERIFY(!p.shouldRetry(m, Category::Auth, 1));
            QVERIFY(!p.shouldRetry(m, Category::NotFound, 1));
            QVERIFY(!p.shouldRetry(m, Category::Cancelled, 1));
            QVERIFY(!p.shouldRetry(m, Category::Server, p.maxAttempts));
        }
        QVERIFY(!p.shouldRetry("POST", Category::Network, 1));
        QVERIFY(!p.shouldRetry("POST", Category::Server, 1));
        QVERIFY(!p.shouldRetry("PUT", Category::Server, 1));
    }

    void backoffIsBoundedWithJitter()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 8000;
        p.jitter = 0.5;
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int d1 = p.delayMs(1);
            QVERIFY(d1 >= 500 && d1 <= 1000);
            const int d3 = p.delayMs(3);
            QVERIFY(d3 >= 2000 && d3 <= 4000);
            const int d10 = p.delayMs(10);
            QVERIFY(d10 >= 4000 && d10 <= 8000);
            seen.insert(d1);
        }
        QVERIFY(seen.size() > 10); // jitter actually varies
        p.jitter = 0;
        QCOMPARE(p.delayMs(2), 2000);
    }

    void settingsValidation()
    {
        CalcomSettings s;
        QCOMPARE(s.baseUrl, QUrl(QStringLiteral("https://api.cal.com/v2")));
        QCOMPARE(s.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(s.requestsPerMinute, 120);
        QVERIFY(s.isValid());
        QCOMPARE(s.urlFor(QStringLiteral("/teams/7/event-types")),
            QUrl(QStringLiteral("https://api.cal.com/v2/teams/7/event-types")));
        s.timeZone = QStringLiteral("Mars/Olympus");
        QVERIFY(!s.isValid());
        s.timeZone = QStringLiteral("Europe/Berlin");
        s.requestsPerMinute = 0;
        QVERIFY(!s.isValid());
        s.requestsPerMinute = 60;
        s.teamId = 0;
        QVERIFY(!s.isValid());
        s.teamId = 7;
        QVERIFY(s.isValid());
        s.baseUrl = QUrl(QStringLiteral("http://192.168.1.5/v2"));
        QVERIFY(!s.isValid());
    }

    void pickTeam()
    {
        QVERIFY(!TeamResolver::pickTeam({}));
        auto one = TeamResolver::pickTeam({ Team { 7, "Rosa", "rosa", std::nullopt, false, {} },
            Team { 1, "Org", "org", std::nullopt, true, {} } });
        QVERIFY(one);
        QCOMPARE(one->id, 7);
        auto two = TeamResolver::pickTeam({ Team { 7, "Rosa", "rosa", std::nullopt, false, {} },
            Team { 8, "Mitte", "mitte", std::nullopt, false, {} } });
        QVERIFY(!two);
        QVERIFY(two.error().contains(QStringLiteral("8 – Mitte")));
    }
};

QTEST_GUILESS_MAIN(TestCalcomModels)
#include "tst_calcommodels.moc"
