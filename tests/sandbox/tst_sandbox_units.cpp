// Unit tests of the sandbox's building blocks that need no HTTP: slugify, fault plans, the throttler, the
// state file and the incident scenario.
#include "FaultPlan.h"
#include "RequestLog.h"
#include "SandboxState.h"
#include "Slugify.h"
#include "Throttler.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace salon::sandbox;

class TestSandboxUnits : public QObject
{
    Q_OBJECT

private slots:
    void slugify_data();
    void slugify();
    void faultSpecParses();
    void faultSpecRejectsBadInput_data();
    void faultSpecRejectsBadInput();
    void faultPlanIsDeterministicUnderSeed();
    void faultPlanHonoursRoutesAndMethods();
    void faultPlanScriptedFaultsComeFirst();
    void throttlerFixedWindowAndBlock();
    void throttlerTracksKeysSeparately();
    void stateRoundTripsThroughFile();
    void stateRejectsBrokenInput();
    void idsAreAllocatedAboveHighest();
    void incidentScenario();
    void requestLogCapacityAndMatching();
};

void TestSandboxUnits::slugify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("umlaut a") << QStringLiteral("Ansatzfärbung-Segment A")
                              << QStringLiteral("ansatzfarbung-segment-a");
    QTest::newRow("umlaut a 2") << QStringLiteral("Strähnen-Segment B")
                                << QStringLiteral("strahnen-segment-b");
    QTest::newRow("plain") << QStringLiteral("Blondierung-Segment D")
                           << QStringLiteral("blondierung-segment-d");
    QTest::newRow("o u ss") << QStringLiteral("Föhnen & Styling für Groß")
                            << QStringLiteral("fohnen-styling-fur-gross");
    QTest::newRow("hash") << QStringLiteral("Fabian Spitzer #2") << QStringLiteral("fabian-spitzer-2");
    QTest::newRow("edges") << QStringLiteral("  --Hello, World!--  ") << QStringLiteral("hello-world");
    QTest::newRow("accent") << QStringLiteral("Café Crème") << QStringLiteral("cafe-creme");
}

void TestSandboxUnits::slugify()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(salon::sandbox::slugify(input), expected);
}

void TestSandboxUnits::faultSpecParses()
{
    QString error;
    const auto plan = FaultPlan::parse(
        QStringLiteral("seed=7,500=0.1,bare500=0.05,html502=0.02,malformed=0.02,reset=0.02,created500=0.05,"
                       "spike=0.05:2000,latency=10,routes=bookings|event-types,methods=post|patch"),
        &error);
    QVERIFY2(plan.has_value(), qPrintable(error));
    QCOMPARE(plan->probability(FaultKind::Error500), 0.1);
    QCOMPARE(plan->probability(FaultKind::Bare500), 0.05);
    QCOMPARE(plan->probability(FaultKind::Html502), 0.02);
    QCOMPARE(plan->probability(FaultKind::Malformed), 0.02);
    QCOMPARE(plan->probability(FaultKind::Reset), 0.02);
    QCOMPARE(plan->probability(FaultKind::Created500), 0.05);
}

void TestSandboxUnits::faultSpecRejectsBadInput_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown key") << QStringLiteral("explode=0.1");
    QTest::newRow("no value") << QStringLiteral("500");
    QTest::newRow("probability > 1") << QStringLiteral("500=1.5");
    QTest::newRow("sum > 1") << QStringLiteral("500=0.6,reset=0.6");
    QTest::newRow("bad spike") << QStringLiteral("spike=0.5");
    QTest::newRow("negative latency") << QStringLiteral("latency=-5");
}

void TestSandboxUnits::faultSpecRejectsBadInput()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!FaultPlan::parse(spec, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestSandboxUnits::faultPlanIsDeterministicUnderSeed()
{
    const QString spec = QStringLiteral("seed=42,500=0.2,reset=0.1,created500=0.1,spike=0.3:500");
    auto a = *FaultPlan::parse(spec);
    auto b = *FaultPlan::parse(spec);
    auto c = *FaultPlan::parse(QStringLiteral("seed=43,500=0.2,reset=0.1,created500=0.1,spike=0.3:500"));
    QList<int> seqA, seqB, seqC;
    int faults = 0, spikes = 0;
    for (int i = 0; i < 400; ++i) {
        const FaultDecision da = a.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings"));
        const FaultDecision db = b.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings"));
        const FaultDecision dc = c.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings"));
        seqA << int(da.kind) * 10000 + da.extraLatencyMs;
        seqB << int(db.kind) * 10000 + db.extraLatencyMs;
        seqC << int(dc.kind) * 10000 + dc.extraLatencyMs;
        faults += da.kind != FaultKind::None;
        spikes += da.extraLatencyMs == 500;
    }
    QCOMPARE(seqA, seqB);
    QVERIFY(seqA != seqC);
    // 40 % faults and 30 % spikes expected over 400 draws; generous bounds, but never 0 or all.
    QVERIFY2(faults > 100 && faults < 220, qPrintable(QString::number(faults)));
    QVERIFY2(spikes > 70 && spikes < 180, qPrintable(QString::number(spikes)));
}

void TestSandboxUnits::faultPlanHonoursRoutesAndMethods()
{
    auto plan = *FaultPlan::parse(QStringLiteral("seed=1,500=1,routes=bookings,methods=POST"));
    QCOMPARE(plan.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings")).kind, FaultKind::Error500);
    QCOMPARE(plan.decide(QStringLiteral("GET"), QStringLiteral("/v2/bookings")).kind, FaultKind::None);
    QCOMPARE(
        plan.decide(QStringLiteral("POST"), QStringLiteral("/v2/teams/1/event-types")).kind, FaultKind::None);
    auto everything = *FaultPlan::parse(QStringLiteral("bare500=1"));
    QCOMPARE(everything.decide(QStringLiteral("GET"), QStringLiteral("/v2/me")).kind, FaultKind::Bare500);
    auto none = *FaultPlan::parse(QString());
    QCOMPARE(none.decide(QStringLiteral("GET"), QStringLiteral("/v2/me")).kind, FaultKind::None);
    QCOMPARE(none.decide(QStringLiteral("GET"), QStringLiteral("/v2/me")).extraLatencyMs, 0);
}

void TestSandboxUnits::faultPlanScriptedFaultsComeFirst()
{
    FaultPlan plan;
    plan.scriptNext(FaultKind::Created500, 2, QStringLiteral("/v2/bookings"), QStringLiteral("POST"));
    QCOMPARE(plan.decide(QStringLiteral("GET"), QStringLiteral("/v2/bookings")).kind, FaultKind::None);
    QCOMPARE(
        plan.decide(QStringLiteral("POST"), QStringLiteral("/v2/teams/1/event-types")).kind, FaultKind::None);
    QCOMPARE(plan.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings")).kind, FaultKind::Created500);
    QCOMPARE(plan.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings")).kind, FaultKind::Created500);
    QCOMPARE(plan.decide(QStringLiteral("POST"), QStringLiteral("/v2/bookings")).kind, FaultKind::None);
}

void TestSandboxUnits::throttlerFixedWindowAndBlock()
{
    Throttler throttler;
    const qint64 t0 = 1'000'000;
    for (int i = 1; i <= 3; ++i) {
        const auto d = throttler.hit(QStringLiteral("k"), t0 + i * 100, 3, 6000, 60'000);
        QVERIFY(d.allowed);
        QCOMPARE(d.limit, 3);
        QCOMPARE(d.remaining, 3 - i);
        // The window started at the first hit (t0 + 100): 5.8 s or more left, reported rounded up.
        QCOMPARE(d.resetSeconds, 6);
    }
    const auto fourth = throttler.hit(QStringLiteral("k"), t0 + 400, 3, 6000, 60'000);
    QVERIFY(!fourth.allowed);
    QCOMPARE(fourth.remaining, 0);
    QCOMPARE(fourth.resetSeconds, 60);
    // Still blocked after the window would have ended: the block is 60 s.
    const auto blocked = throttler.hit(QStringLiteral("k"), t0 + 10'000, 3, 6000, 60'000);
    QVERIFY(!blocked.allowed);
    QCOMPARE(blocked.resetSeconds, 51);
    // After the block a fresh window starts.
    const auto fresh = throttler.hit(QStringLiteral("k"), t0 + 400 + 60'000, 3, 6000, 60'000);
    QVERIFY(fresh.allowed);
    QCOMPARE(fresh.remaining, 2);
}

void TestSandboxUnits::throttlerTracksKeysSeparately()
{
    Throttler throttler;
    QVERIFY(throttler.hit(QStringLiteral("a"), 0, 1, 60'000, 60'000).allowed);
    QVERIFY(!throttler.hit(QStringLiteral("a"), 1, 1, 60'000, 60'000).allowed);
    QVERIFY(throttler.hit(QStringLiteral("b"), 2, 1, 60'000, 60'000).allowed);
    // A fixed window: at its end the count starts over without a block when the limit was not exceeded.
    QVERIFY(throttler.hit(QStringLiteral("b"), 60'002, 1, 60'000, 60'000).allowed);
}

void TestSandboxUnits::stateRoundTripsThroughFile()
{
    auto state = SandboxState::fromScenario(QStringLiteral("incident"));
    QVERIFY(state);
    state->bookings.append(
        QJsonObject { { QStringLiteral("id"), 77 }, { QStringLiteral("uid"), QStringLiteral("abc") } });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QString error;
    QVERIFY2(state->saveFile(path, &error), qPrintable(error));
    const auto loaded = SandboxState::loadFile(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), state->toJson());
    QCOMPARE(loaded->booking(QStringLiteral("abc"))->value(QStringLiteral("id")).toInt(), 77);
}

void TestSandboxUnits::stateRejectsBrokenInput()
{
    QString error;
    QVERIFY(!SandboxState::fromJson(QJsonObject { { QStringLiteral("users"),
                                        QJsonArray { QJsonObject { { QStringLiteral("id"), 0 } } } } },
        &error));
    QVERIFY(error.contains(QStringLiteral("users")));
    const QJsonObject teamWithStranger { { QStringLiteral("teams"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), 5 },
            { QStringLiteral("members"),
                QJsonArray { QJsonObject { { QStringLiteral("userId"), 9 } } } } } } } };
    QVERIFY(!SandboxState::fromJson(teamWithStranger, &error));
    QVERIFY(error.contains(QStringLiteral("unknown user 9")));
    QVERIFY(!SandboxState::fromScenario(QStringLiteral("nope"), &error));
    QVERIFY(!SandboxState::loadFile(QStringLiteral("/nonexistent/x.json"), &error));
}

void TestSandboxUnits::idsAreAllocatedAboveHighest()
{
    auto state = *SandboxState::fromScenario(QStringLiteral("incident"));
    qint64 highest = 0;
    for (const QJsonObject& e : state.eventTypes)
        highest = std::max<qint64>(highest, e.value(QStringLiteral("id")).toInteger());
    QCOMPARE(state.nextEventTypeId(), highest + 1);
    QCOMPARE(state.nextEventTypeId(), highest + 2);
    // Deleting the highest does not make its id reusable.
    state.eventTypes.append(QJsonObject {
        { QStringLiteral("id"), highest + 10 }, { QStringLiteral("slug"), QStringLiteral("x") } });
    state.removeEventType(highest + 10);
    QCOMPARE(state.nextEventTypeId(), highest + 3);
    QCOMPARE(state.nextBookingId(), 1);
    state.bookings.append(QJsonObject { { QStringLiteral("id"), 500 } });
    QCOMPARE(state.nextBookingId(), 501);
}

void TestSandboxUnits::incidentScenario()
{
    QString error;
    const auto state = SandboxState::fromScenario(QStringLiteral("incident"), &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->teams.size(), 1);
    const SandboxTeam& team = state->teams.first();
    QCOMPARE(team.id, 12345);
    QCOMPARE(team.slug, QStringLiteral("salon-spitzer"));
    QCOMPARE(team.name, QStringLiteral("Salon Spitzer"));
    QCOMPARE(state->roleIn(12345, 1346400), QStringLiteral("OWNER"));
    for (const qint64 member : { 1346406, 1346408, 1346410 })
        QCOMPARE(state->roleIn(12345, member), QStringLiteral("MEMBER"));
    QCOMPARE(state->user(1346400)->username, QStringLiteral("salon-admin"));
    QCOMPARE(state->user(1346406)->name, QStringLiteral("Fabian Spitzer"));
    QCOMPARE(state->user(1346408)->username, QStringLiteral("fabian-spitzer-2"));
    QCOMPARE(state->user(1346408)->name, QStringLiteral("Fabian Spitzer #2"));
    QCOMPARE(state->user(1346410)->name, QStringLiteral("Lena Hoffmann"));
    for (const SandboxUser& u : state->users)
        QCOMPARE(u.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(state->apiKey(QStringLiteral("cal_sandbox_demo_key"))->userId, 1346400);
    QVERIFY(state->bookings.isEmpty());

    const QStringList services { QStringLiteral("Ansatzfärbung"), QStringLiteral("Strähnen"),
        QStringLiteral("Blondierung") };
    const QStringList slugBases { QStringLiteral("ansatzfarbung"), QStringLiteral("strahnen"),
        QStringLiteral("blondierung") };
    const QList<int> lengths { 30, 15, 30, 30 };
    const QString keys = QStringLiteral("ABCD");
    for (int i = 0; i < 12; ++i) {
        const QJsonObject* parent = state->eventType(3982562 + 2 * i);
        QVERIFY2(parent, qPrintable(QString::number(3982562 + 2 * i)));
        const QString key = keys.mid(i % 4, 1);
        QCOMPARE(parent->value(QStringLiteral("title")).toString(),
            services[i / 4] + QStringLiteral("-Segment ") + key);
        const QString slug = slugBases[i / 4] + QStringLiteral("-segment-") + key.toLower();
        QCOMPARE(parent->value(QStringLiteral("slug")).toString(), slug);
        QCOMPARE(parent->value(QStringLiteral("lengthInMinutes")).toInt(), lengths[i % 4]);
        QCOMPARE(parent->value(QStringLiteral("schedulingType")).toString(), QStringLiteral("managed"));
        QCOMPARE(parent->value(QStringLiteral("teamId")).toInteger(), 12345);
        QCOMPARE(parent->value(QStringLiteral("hidden")).toBool(), false);
        QVERIFY(parent->value(QStringLiteral("hosts")).toArray().isEmpty());
        QVERIFY(state->childrenOf(3982562 + 2 * i).isEmpty());
        // Both Fabians own a personal event type with the parent's slug: the reason children were skipped.
        for (const qint64 fabian : { 1346406, 1346408 }) {
            int owned = 0;
            for (const QJsonObject* e : state->eventTypesOwnedBy(fabian))
                owned += e->value(QStringLiteral("slug")).toString() == slug
                    && e->value(QStringLiteral("parentEventTypeId")).isNull();
            QCOMPARE(owned, 1);
        }
    }
    QCOMPARE(state->eventTypes.size(), 36);
}

void TestSandboxUnits::requestLogCapacityAndMatching()
{
    RequestLog log;
    log.setCapacity(3);
    for (int i = 0; i < 5; ++i) {
        LoggedRequest e;
        e.sequence = log.nextSequence();
        e.method = i % 2 ? QStringLiteral("GET") : QStringLiteral("POST");
        e.path = QStringLiteral("/v2/bookings/%1").arg(i);
        log.append(e);
    }
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.entries().first().sequence, 3);
    log.setAnswer(4, 201, QStringLiteral("created500"), QStringLiteral("id"), QByteArray("{}"));
    QCOMPARE(log.entries()[1].status, 201);
    QCOMPARE(log.entries()[1].fault, QStringLiteral("created500"));
    QCOMPARE(log.count(QStringLiteral("POST"), QStringLiteral("/v2/bookings/\\d+")), 2);
    QCOMPARE(log.count(QString(), QStringLiteral("/v2/bookings/[0-9]")), 3);
    QCOMPARE(log.count(QStringLiteral("POST"), QStringLiteral("/v2/bookings")), 0); // anchored
}

QTEST_MAIN(TestSandboxUnits)
#include "tst_sandbox_units.moc"
