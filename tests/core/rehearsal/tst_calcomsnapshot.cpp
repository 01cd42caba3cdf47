// The read-only snapshot of a Cal.com team: taken from a sandbox playing the live account (hidden children,
// bookings in and outside the period) with GET requests only, served by a second sandbox that answers the
// same through the API; the request count of a team of 10 staff and 200 event types; no key in the file.
#include "ContractCheck.h"
#include "LiveAccount.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include "calcom/CalcomClient.h"
#include "rehearsal/CalcomSnapshot.h"
#include "rehearsal/CalcomSnapshotJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::rehearsal;
using salon::sandbox::SandboxServer;
using salon::sandbox::SandboxState;
using salon::sandbox::test::SandboxTestClient;
using salon::test::LiveAccount;

namespace
{

std::unique_ptr<calcom::CalcomClient> clientFor(const SandboxServer& server, const QString& key)
{
    calcom::CalcomSettings settings;
    settings.baseUrl = server.baseUrl();
    auto client = std::make_unique<calcom::CalcomClient>(settings);
    client->setApiKey(key);
    return client;
}

std::optional<CalcomSnapshot> take(const SandboxServer& server, const QString& key, const QDateTime& from,
    const QDateTime& to, QString* error, int* progressTotal = nullptr)
{
    auto client = clientFor(server, key);
    std::unique_ptr<CalcomSnapshotJob> job(new CalcomSnapshotJob(client.get(), { {}, from, to }));
    int finishedSignals = 0;
    QObject::connect(job.get(), &Job::finished, job.get(), [&finishedSignals] { ++finishedSignals; });
    if (!job->waitForFinished(60000) || finishedSignals != 1) {
        *error = QStringLiteral("the snapshot job did not finish exactly once");
        return std::nullopt;
    }
    if (job->hasError()) {
        *error = job->errorString();
        return std::nullopt;
    }
    if (progressTotal)
        *progressTotal = job->progressTotal();
    return job->snapshot();
}

QJsonValue data(SandboxTestClient& http, const QString& path, const sandbox::test::HeaderList& headers = {})
{
    const auto r = http.get(path, headers);
    if (r.status != 200)
        qWarning() << path << r.status << r.body;
    return r.data();
}

// A team of `staff` members (the first is the OWNER whose key reads it), `eventTypes` single-host round-robin
// team types spread over them, and `bookings` accepted bookings on those types.
SandboxState bigTeam(int staff, int eventTypes, int bookings)
{
    SandboxState state;
    sandbox::SandboxTeam team;
    team.id = 77;
    team.slug = QStringLiteral("big-salon");
    team.name = QStringLiteral("Big Salon");
    for (int i = 1; i <= staff; ++i) {
        state.users.append(sandbox::SandboxUser { i, QStringLiteral("staff-%1").arg(i),
            QStringLiteral("Staff %1").arg(i), QStringLiteral("staff-%1@example.com").arg(i) });
        team.members.append(
            sandbox::SandboxMembership { i, i, i == 1 ? QStringLiteral("OWNER") : QStringLiteral("MEMBER") });
    }
    state.teams.append(team);
    for (int i = 1; i <= eventTypes; ++i) {
        const int owner = 1 + (i % staff);
        state.eventTypes.append(QJsonObject { { QStringLiteral("id"), 1000 + i },
            { QStringLiteral("teamId"), 77 }, { QStringLiteral("ownerId"), QJsonValue() },
            { QStringLiteral("parentEventTypeId"), QJsonValue() },
            { QStringLiteral("title"), QStringLiteral("Type %1").arg(i) },
            { QStringLiteral("slug"), QStringLiteral("type-%1").arg(i) },
            { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("hidden"), true },
            { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
            { QStringLiteral("hosts"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("userId"), owner }, { QStringLiteral("mandatory"), true },
                        { QStringLiteral("priority"), QStringLiteral("high") } } } } });
    }
    const QDateTime first(QDate(2030, 11, 4), QTime(8, 0), Qt::UTC);
    for (int i = 1; i <= bookings; ++i) {
        const QDateTime start = first.addSecs(qint64(i) * 3600);
        const int type = 1 + (i % eventTypes);
        state.bookings.append(QJsonObject { { QStringLiteral("id"), i },
            { QStringLiteral("uid"), QStringLiteral("uid-%1").arg(i) },
            { QStringLiteral("title"), QStringLiteral("Booking %1").arg(i) },
            { QStringLiteral("status"), QStringLiteral("accepted") },
            { QStringLiteral("start"), start.toString(Qt::ISODateWithMs) },
            { QStringLiteral("end"), start.addSecs(1800).toString(Qt::ISODateWithMs) },
            { QStringLiteral("duration"), 30 }, { QStringLiteral("eventTypeId"), 1000 + type },
            { QStringLiteral("eventType"),
                QJsonObject { { QStringLiteral("id"), 1000 + type },
                    { QStringLiteral("slug"), QStringLiteral("type-%1").arg(type) } } },
            { QStringLiteral("hosts"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), 1 + (type % staff) } } } },
            { QStringLiteral("attendees"), QJsonArray() }, { QStringLiteral("metadata"), QJsonObject() },
            { QStringLiteral("createdAt"), first.toString(Qt::ISODateWithMs) },
            { QStringLiteral("updatedAt"), first.toString(Qt::ISODateWithMs) } });
    }
    return state;
}

} // namespace

class TestCalcomSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void servedSnapshotAnswersLikeTheLiveAccount();
    void requestCount_data();
    void requestCount();
    void fileHoldsNoKeyAndRoundTrips();
    void cancelEndsTheJob();
    void madeUpChildIdsComeFromTheEventMap();
};

void TestCalcomSnapshot::servedSnapshotAnswersLikeTheLiveAccount()
{
    QString error;
    auto live = LiveAccount::start(&error);
    QVERIFY2(live, qPrintable(error));
    auto snapshot = take(*live, LiveAccount::kApiKey, LiveAccount::from(), LiveAccount::to(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QVERIFY(!live->log().entries().isEmpty());
    for (const auto& entry : live->log().entries())
        QCOMPARE(entry.method, QStringLiteral("GET"));
    QCOMPARE(snapshot->requests, live->log().size());
    // Each of them as Cal.com's OpenAPI document describes it (when the validator is set up).
    if (sandbox::test::ContractCheck::unavailableReason().isEmpty()) {
        const auto contract = sandbox::test::ContractCheck::validate(live->log().entries());
        QVERIFY2(contract.passed, qPrintable(contract.output));
    }

    // What the key could not see is said, and filled in where the API proves it exists.
    const auto hidden = std::find_if(snapshot->gaps.cbegin(), snapshot->gaps.cend(),
        [](const SnapshotGap& g) { return g.kind == SnapshotGap::Kind::HiddenChild; });
    QVERIFY(hidden != snapshot->gaps.cend());
    QCOMPARE(hidden->userId, LiveAccount::kLena);
    QCOMPARE(hidden->parentEventTypeId, LiveAccount::kParent);
    QCOMPARE(hidden->eventTypeId, LiveAccount::kLenaHiddenChild); // from the booking on it
    QCOMPARE(hidden->idSource, SnapshotGap::IdSource::Booking);
    QCOMPARE(std::count_if(snapshot->gaps.cbegin(), snapshot->gaps.cend(),
                 [](const SnapshotGap& g) { return g.kind == SnapshotGap::Kind::HiddenChild; }),
        1); // Fabian's child is visible, the admin's hidden one is the key's own
    QVERIFY(std::any_of(snapshot->gaps.cbegin(), snapshot->gaps.cend(),
        [](const SnapshotGap& g) { return g.kind == SnapshotGap::Kind::BookingsOutsidePeriod; }));
    QCOMPARE(snapshot->count(QStringLiteral("bookings")), 3); // the one in March 2031 lies outside
    QCOMPARE(snapshot->keyUserId, LiveAccount::kAdmin);
    QCOMPARE(snapshot->teamId, LiveAccount::kTeam);

    // A second sandbox serving the snapshot, with its own key for the same user.
    auto state = SandboxState::fromJson(snapshot->state, &error);
    QVERIFY2(state, qPrintable(error));
    QVERIFY(state->apiKeys.isEmpty());
    SandboxServer served(*state);
    served.addApiKey(QStringLiteral("cal_rehearsal_test"), snapshot->keyUserId);
    QVERIFY(served.start());

    SandboxTestClient a(live->baseUrl());
    a.setApiKey(LiveAccount::kApiKey.toUtf8());
    SandboxTestClient b(served.baseUrl());
    b.setApiKey("cal_rehearsal_test");
    const auto bookings = SandboxTestClient::bookingsVersion();
    const auto eventTypes = SandboxTestClient::eventTypesVersion();
    QStringList paths { QStringLiteral("/me"), QStringLiteral("/teams"),
        QStringLiteral("/teams/12345/memberships"), QStringLiteral("/teams/12345/event-types") };
    for (const QString& path : paths)
        QCOMPARE(data(b, path), data(a, path));
    const QJsonArray teamTypes = data(a, QStringLiteral("/teams/12345/event-types")).toArray();
    const auto parent = std::find_if(teamTypes.cbegin(), teamTypes.cend(), [](const QJsonValue& e) {
        return e.toObject().value(QStringLiteral("id")).toInteger() == LiveAccount::kParent;
    });
    QVERIFY(parent != teamTypes.cend());
    QCOMPARE(parent->toObject().value(QStringLiteral("hosts")).toArray().size(), 3);
    for (const QString& username : { QStringLiteral("salon-admin"), QStringLiteral("fabian-spitzer"),
             QStringLiteral("fabian-spitzer-2"), QStringLiteral("lena-hoffmann") }) {
        const QString path = QStringLiteral("/event-types?username=%1").arg(username);
        QCOMPARE(data(b, path, eventTypes), data(a, path, eventTypes));
    }
    const QString period
        = QStringLiteral("/bookings?afterStart=2030-11-01T00:00:00Z&beforeEnd=2030-12-31T00:00:00Z");
    const QJsonArray liveBookings = data(a, period, bookings).toArray();
    QCOMPARE(liveBookings.size(), 3);
    QCOMPARE(data(b, period, bookings).toArray(), liveBookings);
    for (const QJsonValue& booking : liveBookings) {
        const QString path
            = QStringLiteral("/bookings/%1").arg(booking.toObject().value(QStringLiteral("uid")).toString());
        QCOMPARE(data(b, path, bookings), data(a, path, bookings));
    }
    // The live account was only read, also while comparing.
    for (const auto& entry : live->log().entries())
        QCOMPARE(entry.method, QStringLiteral("GET"));
}

void TestCalcomSnapshot::requestCount_data()
{
    QTest::addColumn<int>("bookings");
    QTest::newRow("no bookings") << 0;
    QTest::newRow("one full page") << 100;
    QTest::newRow("three pages") << 250;
}

void TestCalcomSnapshot::requestCount()
{
    QFETCH(int, bookings);
    constexpr int kStaff = 10;
    constexpr int kEventTypes = 200;
    SandboxServer server(bigTeam(kStaff, kEventTypes, bookings));
    server.addApiKey(QStringLiteral("cal_big"), 1);
    QVERIFY(server.start());
    QString error;
    int progressTotal = 0;
    auto snapshot
        = take(server, QStringLiteral("cal_big"), QDateTime(QDate(2030, 11, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC), &error, &progressTotal);
    QVERIFY2(snapshot, qPrintable(error));

    // /me, /teams and the memberships (3), the team's event types (1), one lookup per staff member (10), and
    // one bookings page per 100 bookings (at least one): 1 + staff + ⌈bookings ÷ 100⌉ plus the fixed 3.
    const int pages = std::max(1, (bookings + 99) / 100);
    const int expected = 3 + 1 + kStaff + pages;
    QCOMPARE(server.log().size(), expected);
    QCOMPARE(server.log().count(QStringLiteral("GET"), QStringLiteral(".*")), expected);
    QCOMPARE(server.log().count(QStringLiteral("GET"), QStringLiteral("^/v2/event-types$")), kStaff);
    QCOMPARE(server.log().count(QStringLiteral("GET"), QStringLiteral("^/v2/bookings$")), pages);
    QCOMPARE(snapshot->requests, expected);
    QCOMPARE(progressTotal, expected);
    QCOMPARE(snapshot->count(QStringLiteral("eventTypes")), kEventTypes);
    QCOMPARE(snapshot->count(QStringLiteral("bookings")), bookings);
    QCOMPARE(snapshot->count(QStringLiteral("users")), kStaff);
}

void TestCalcomSnapshot::fileHoldsNoKeyAndRoundTrips()
{
    QString error;
    auto live = LiveAccount::start(&error);
    QVERIFY2(live, qPrintable(error));
    live->addApiKey(QStringLiteral("cal_second_key_of_the_account"), LiveAccount::kFabian);
    auto snapshot = take(*live, LiveAccount::kApiKey, LiveAccount::from(), LiveAccount::to(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.json"));
    QVERIFY(snapshot->saveFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("cal_"));
    QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("apiKeys")));

    auto loaded = CalcomSnapshot::loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded->state, snapshot->state);
    QCOMPARE(loaded->gaps.size(), snapshot->gaps.size());
    QCOMPARE(loaded->gaps.first().describe(), snapshot->gaps.first().describe());
    QCOMPARE(loaded->requests, snapshot->requests);
    QCOMPARE(loaded->keyUserId, LiveAccount::kAdmin);
    // The sandbox serves the file as it is.
    QVERIFY2(SandboxState::loadFile(path, &error), qPrintable(error));

    // A plain saved sandbox state rehearses too: its first team, acting as that team's owner.
    auto plain = CalcomSnapshot::fromFileJson(live->state().toJson());
    QVERIFY(plain);
    QCOMPARE(plain->teamId, LiveAccount::kTeam);
    QCOMPARE(plain->keyUserId, LiveAccount::kAdmin);
    QVERIFY(!plain->toFileJson().contains(QStringLiteral("apiKeys")));
    QVERIFY(!CalcomSnapshot::fromFileJson(QJsonObject {}));
}

void TestCalcomSnapshot::cancelEndsTheJob()
{
    QString error;
    auto live = LiveAccount::start(&error);
    QVERIFY2(live, qPrintable(error));
    live->options().latencyMs = 200;
    auto client = clientFor(*live, LiveAccount::kApiKey);
    std::unique_ptr<CalcomSnapshotJob> job(
        new CalcomSnapshotJob(client.get(), { {}, LiveAccount::from(), LiveAccount::to() }));
    job->setAutoDelete(false);
    int finished = 0;
    connect(job.get(), &Job::finished, this, [&finished] { ++finished; });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(job->progressDone() >= 1, 10000);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(QStringLiteral("cancelled")), qPrintable(job->errorString()));
    QTest::qWait(500);
    QCOMPARE(finished, 1);
}

void TestCalcomSnapshot::madeUpChildIdsComeFromTheEventMap()
{
    CalcomSnapshot snapshot;
    SnapshotGap gap;
    gap.kind = SnapshotGap::Kind::HiddenChild;
    gap.userId = LiveAccount::kLena;
    gap.parentEventTypeId = LiveAccount::kParent;
    gap.eventTypeId = 4'000'100;
    snapshot.gaps.append(gap);
    snapshot.state.insert(QStringLiteral("eventTypes"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), 4'000'100 },
            { QStringLiteral("slug"), QStringLiteral("waschen") },
            { QStringLiteral("parentEventTypeId"), LiveAccount::kParent },
            { QStringLiteral("ownerId"), LiveAccount::kLena } } });
    SalonDataset dataset;
    dataset.staff.append(
        StaffMember { QStringLiteral("lena"), QStringLiteral("Lena"), {}, LiveAccount::kLena, {}, true });
    dataset.staff.append(StaffMember {
        QStringLiteral("fabian"), QStringLiteral("Fabian"), {}, LiveAccount::kFabian, {}, true });
    dataset.eventMaps.append(EventMapEntry {
        1, 440, QStringLiteral("A"), QStringLiteral("fabian"), LiveAccount::kParent, 4'000'001, {}, {}, {} });
    dataset.eventMaps.append(EventMapEntry {
        2, 440, QStringLiteral("A"), QStringLiteral("lena"), LiveAccount::kParent, 4'000'002, {}, {}, {} });
    QCOMPARE(snapshot.adoptChildIds(dataset), 1);
    QCOMPARE(snapshot.gaps.first().eventTypeId, 4'000'002);
    QCOMPARE(snapshot.gaps.first().idSource, SnapshotGap::IdSource::Database);
    QCOMPARE(snapshot.state.value(QStringLiteral("eventTypes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
        4'000'002);
    QCOMPARE(snapshot.adoptChildIds(dataset), 0); // once known, it stays
}

QTEST_GUILESS_MAIN(TestCalcomSnapshot)
#include "tst_calcomsnapshot.moc"
