// The booking lifecycle as the sandbox plays it (API-FACTS §12 and Cal.com's bookings e2e specs):
// reschedule takes the event type's default length, keeps metadata and links old and new; a busy new slot
// fails like a create and leaves the old booking alone; a host's cancel needs a reason; cancelling a
// replaced booking says "cancelled already"; slots honour bookingUidToReschedule and the users' working
// hours; create checks metadata limits and location types; the list filters by update and creation time.
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace salon::sandbox;
using namespace salon::sandbox::test;

namespace
{
QJsonObject roundRobin(qint64 id, const QString& slug, qint64 host, int length = 30)
{
    return QJsonObject {
        { "id", id }, { "teamId", SandboxFixtures::kTeamId }, { "ownerId", QJsonValue::Null },
        { "parentEventTypeId", QJsonValue::Null }, { "title", slug }, { "slug", slug },
        { "lengthInMinutes", length }, { "hidden", true }, { "schedulingType", "roundRobin" },
        { "hosts",
            QJsonArray { QJsonObject { { "userId", host }, { "mandatory", true }, { "priority", "high" } } } }
    };
}

QJsonObject bookingBody(qint64 eventTypeId, const QString& start)
{
    return QJsonObject { { "eventTypeId", eventTypeId }, { "start", start },
        { "attendee",
            QJsonObject {
                { "name", "Kundin" }, { "email", "kundin@example.com" }, { "timeZone", "Europe/Berlin" } } },
        { "metadata", QJsonObject { { "salonPhaseId", "269" }, { "salonAppointmentId", "763" } } } };
}

QStringList starts(const HttpResult& r)
{
    QStringList list;
    const QJsonObject days = r.data().toObject();
    for (auto it = days.begin(); it != days.end(); ++it)
        for (const QJsonValue& v : it.value().toArray())
            list << v.toObject().value("start").toString();
    return list;
}
} // namespace

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    const HeaderList m_v = SandboxTestClient::bookingsVersion();
    const HeaderList m_slotsV { { "cal-api-version", "2024-09-04" } };

    QString book(qint64 eventType, const QString& start, const QJsonObject& extra = {})
    {
        QJsonObject body = bookingBody(eventType, start);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = m_client->post("/bookings", body, m_v);
        if (r.status != 201)
            qWarning("book: %d %s", r.status, r.body.constData());
        return r.data().toObject().value("uid").toString();
    }

private slots:
    void init()
    {
        SandboxState state = SandboxFixtures::smallTeam();
        QJsonObject multi = roundRobin(27, "multi-alice", SandboxFixtures::kAlice, 30);
        multi.insert("lengthInMinutesOptions", QJsonArray { 30, 60 });
        QJsonObject video = roundRobin(28, "video-alice", SandboxFixtures::kAlice);
        video.insert("locations",
            QJsonArray { QJsonObject { { "type", "integration" }, { "integration", "cal-video" } } });
        state.eventTypes = { roundRobin(20, "rr-alice", SandboxFixtures::kAlice), multi, video,
            roundRobin(29, "rr-bob", SandboxFixtures::kBob) };
        m_server = std::make_unique<SandboxServer>(state);
        QVERIFY(m_server->start());
        m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_client->setApiKey(SandboxFixtures::kAdminKey);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void rescheduleTakesTheEventTypesDefaultLength()
    {
        const QString uid = book(27, "2026-11-26T09:00:00Z", { { "lengthInMinutes", 60 } });
        QCOMPARE(m_server->state().booking(uid)->value("duration").toInt(), 60);
        const HttpResult r = m_client->post(
            QString("/bookings/%1/reschedule").arg(uid), { { "start", "2026-11-27T09:00:00Z" } }, m_v);
        QCOMPARE(r.status, 201);
        const QJsonObject fresh = r.data().toObject();
        QCOMPARE(fresh.value("duration").toInt(), 30); // §12.2: the booked length is lost
        QCOMPARE(fresh.value("end").toString(), QStringLiteral("2026-11-27T09:30:00.000Z"));
    }

    void rescheduleKeepsMetadataAndLinksOldAndNew()
    {
        const QString uid = book(20, "2026-11-26T09:00:00Z");
        const HttpResult r = m_client->post(QString("/bookings/%1/reschedule").arg(uid),
            { { "start", "2026-11-26T12:00:00Z" }, { "reschedulingReason", "später" },
                { "rescheduledBy", "owner@example.com" } },
            m_v);
        QCOMPARE(r.status, 201);
        const QJsonObject fresh = r.data().toObject();
        QVERIFY(fresh.value("uid").toString() != uid);
        QCOMPARE(fresh.value("metadata").toObject().value("salonPhaseId").toString(), QStringLiteral("269"));
        QCOMPARE(fresh.value("rescheduledFromUid").toString(), uid);
        QCOMPARE(fresh.value("reschedulingReason").toString(), QStringLiteral("später"));
        QCOMPARE(fresh.value("eventTypeId").toInteger(), 20);
        const QJsonObject old = m_client->get("/bookings/" + uid, m_v).data().toObject();
        QCOMPARE(old.value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(old.value("rescheduledToUid").toString(), fresh.value("uid").toString());
        QCOMPARE(old.value("rescheduledByEmail").toString(), QStringLiteral("owner@example.com"));
    }

    void aBusyNewSlotFailsLikeACreateAndLeavesTheOldBooking_data()
    {
        QTest::addColumn<int>("slotTakenStatus");
        QTest::newRow("400") << 400;
        QTest::newRow("409") << 409;
    }

    void aBusyNewSlotFailsLikeACreateAndLeavesTheOldBooking()
    {
        QFETCH(int, slotTakenStatus);
        m_server->options().slotTakenStatus = slotTakenStatus;
        const QString first = book(20, "2026-11-26T09:00:00Z");
        book(20, "2026-11-26T10:00:00Z");
        const int before = int(m_server->state().bookings.size());
        const HttpResult r = m_client->post(
            QString("/bookings/%1/reschedule").arg(first), { { "start", "2026-11-26T10:00:00Z" } }, m_v);
        QCOMPARE(r.status, slotTakenStatus);
        QCOMPARE(r.errorMessage(),
            QStringLiteral("One of the hosts either already has booking at this time or is not available"));
        QCOMPARE(r.errorCode(),
            slotTakenStatus == 409 ? QStringLiteral("ConflictException")
                                   : QStringLiteral("BadRequestException"));
        QCOMPARE(int(m_server->state().bookings.size()), before);
        QCOMPARE(m_server->state().booking(first)->value("status").toString(), QStringLiteral("accepted"));
        QVERIFY(!m_server->state().booking(first)->contains("rescheduledToUid"));
    }

    void aHostCancellingNeedsAReason()
    {
        const QString uid = book(20, "2026-11-26T09:00:00Z");
        m_client->setApiKey(SandboxFixtures::kMemberKey); // Alice, the booking's host
        HttpResult r = m_client->post(QString("/bookings/%1/cancel").arg(uid), QJsonObject(), m_v);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorMessage(), QStringLiteral("Cancellation reason is required when you are the host"));
        QCOMPARE(m_server->state().booking(uid)->value("status").toString(), QStringLiteral("accepted"));
        r = m_client->post(
            QString("/bookings/%1/cancel").arg(uid), { { "cancellationReason", "krank" } }, m_v);
        QCOMPARE(r.status, 200);
        // Someone else (the team owner) may cancel without one, and the switch turns the rule off.
        const QString other = book(20, "2026-11-26T11:00:00Z");
        m_client->setApiKey(SandboxFixtures::kAdminKey);
        QCOMPARE(m_client->post(QString("/bookings/%1/cancel").arg(other), QJsonObject(), m_v).status, 200);
        const QString third = book(20, "2026-11-26T12:00:00Z");
        m_client->setApiKey(SandboxFixtures::kMemberKey);
        m_server->options().hostCancelNeedsReason = false;
        QCOMPARE(m_client->post(QString("/bookings/%1/cancel").arg(third), QJsonObject(), m_v).status, 200);
    }

    void cancellingAReplacedBookingSaysCancelledAlready()
    {
        const QString uid = book(20, "2026-11-26T09:00:00Z");
        QCOMPARE(m_client
                     ->post(QString("/bookings/%1/reschedule").arg(uid),
                         { { "start", "2026-11-26T13:00:00Z" } }, m_v)
                     .status,
            201);
        const HttpResult r
            = m_client->post(QString("/bookings/%1/cancel").arg(uid), { { "cancellationReason", "x" } }, m_v);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorMessage(),
            QString("Can't cancel booking with uid=%1 because it has been cancelled already. Please provide "
                    "uid of a "
                    "booking that is not cancelled.")
                .arg(uid));
    }

    void slotsHonourTheBookingToReschedule()
    {
        const QString uid = book(20, "2026-11-26T09:00:00Z"); // 10:00 in Berlin
        const QString base = "/slots?eventTypeId=20&start=2026-11-26&end=2026-11-26&timeZone=Europe/Berlin";
        QVERIFY(!starts(m_client->get(base, m_slotsV)).contains("2026-11-26T10:00:00.000+01:00"));
        QVERIFY(starts(m_client->get(base + "&bookingUidToReschedule=" + uid, m_slotsV))
                    .contains("2026-11-26T10:00:00.000+01:00"));
    }

    void workingHoursFrameTheSlots()
    {
        SandboxState state = m_server->state();
        for (SandboxUser& u : state.users)
            if (u.id == SandboxFixtures::kBob) {
                u.workDays = { 6 };
                u.workStartMinute = 10 * 60;
                u.workEndMinute = 12 * 60;
            }
        // The state file keeps them.
        QString error;
        const auto reloaded = SandboxState::fromJson(state.toJson(), &error);
        QVERIFY2(reloaded, qPrintable(error));
        m_server->setState(*reloaded);
        const HttpResult saturday = m_client->get(
            "/slots?eventTypeId=29&start=2026-11-28&end=2026-11-28&timeZone=Europe/Berlin", m_slotsV);
        QCOMPARE(starts(saturday),
            QStringList({ "2026-11-28T10:00:00.000+01:00", "2026-11-28T10:30:00.000+01:00",
                "2026-11-28T11:00:00.000+01:00", "2026-11-28T11:30:00.000+01:00" }));
        QVERIFY(starts(m_client->get("/slots?eventTypeId=29&start=2026-11-26&end=2026-11-26", m_slotsV))
                    .isEmpty());
        QJsonObject bad = state.toJson();
        QJsonArray users = bad.value("users").toArray();
        QJsonObject bob = users.at(2).toObject();
        bob.insert("workingHours", QJsonObject { { "days", QJsonArray { 8 } } });
        users.replace(2, bob);
        bad.insert("users", users);
        QVERIFY(!SandboxState::fromJson(bad, &error));
        QVERIFY2(error.contains("workingHours"), qPrintable(error));
    }

    void createChecksMetadataLimitsAndLocations_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QJsonObject many;
        for (int i = 0; i < 51; ++i)
            many.insert(QString("key%1").arg(i), "v");
        QTest::newRow("51 metadata keys") << "metadata" << QJsonValue(many);
        QTest::newRow("a 41-character key")
            << "metadata" << QJsonValue(QJsonObject { { QString(41, 'k'), "v" } });
        QTest::newRow("a 501-character value")
            << "metadata" << QJsonValue(QJsonObject { { "k", QString(501, 'v') } });
        QTest::newRow("an unknown location type")
            << "location" << QJsonValue(QJsonObject { { "type", "blablabala" } });
    }

    void createChecksMetadataLimitsAndLocations()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject body = bookingBody(20, "2026-11-26T09:00:00Z");
        body.insert(key, value);
        const HttpResult r = m_client->post("/bookings", body, m_v);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().startsWith(key + " property is wrong,"), qPrintable(r.errorMessage()));
        QVERIFY(m_server->state().bookings.isEmpty());
    }

    void aLocationTheEventTypeDoesNotOfferIsRefused()
    {
        QJsonObject body = bookingBody(28, "2026-11-26T09:00:00Z");
        body.insert("location", QJsonObject { { "type", "integration" }, { "integration", "google-meet" } });
        QCOMPARE(m_client->post("/bookings", body, m_v).status, 400);
        body.insert("location", QJsonObject { { "type", "integration" }, { "integration", "cal-video" } });
        QCOMPARE(m_client->post("/bookings", body, m_v).status, 201);
    }

    void theListFiltersByUpdateAndCreationTime()
    {
        const QString first = book(20, "2026-11-26T09:00:00Z");
        m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC));
        book(20, "2026-11-26T10:00:00Z");
        m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
        QCOMPARE(
            m_client->post(QString("/bookings/%1/cancel").arg(first), { { "cancellationReason", "x" } }, m_v)
                .status,
            200);
        auto count = [this](const QString& query) {
            return m_client->get("/bookings?" + query, m_v).data().toArray().size();
        };
        QCOMPARE(count("afterUpdatedAt=2026-11-25T11:30:00Z"), 1); // the cancelled one changed last
        QCOMPARE(count("beforeUpdatedAt=2026-11-25T11:30:00Z"), 1);
        QCOMPARE(count("afterCreatedAt=2026-11-25T10:30:00Z"), 1);
        QCOMPARE(count("afterUpdatedAt=2026-11-25T09:00:00Z&sortUpdatedAt=asc"), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandbox_lifecycle.moc"
