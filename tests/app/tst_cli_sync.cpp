// salon-admin-cli sync as a real process against a sandbox in this test process: a phase left `syncing`
// by a crashed run is held until its claim is stale, and taken over at once with --take-over-after 0;
// a bad --take-over-after value is refused before anything happens; held phases are named, never
// "nothing to do"; a refused key, an unknown team, a malformed key, a rate-limited team lookup and a
// newer schema end the run with exit 2 before any phase is touched.
#include "CliProcess.h"
#include "EventMapTestKit.h"
#include "TestDatabase.h"

#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace salon;
using salon::test::scalar;
using salon::test::TestDatabase;
using Kit = salon::eventmaps::test::EventMapTestKit;

class TestCliSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    test::CliResult sync(const QStringList& args, const QString& key = Kit::kIncidentKey,
        const QString& team = QString::number(Kit::kIncidentTeam), const QString& command = "sync")
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CALCOM_API_KEY", key);
        environment.insert("CALCOM_URL", m_server->baseUrl().toString());
        if (team.isEmpty())
            environment.remove("CALCOM_TEAM_ID");
        else
            environment.insert("CALCOM_TEAM_ID", team);
        environment.insert("LANG", "C");
        environment.remove("LANGUAGE");
        environment.remove("LC_ALL");
        return test::runCli(QStringLiteral(SALON_ADMIN_CLI),
            QStringList { "--db", m_db->cliUrl(), command } + args, environment);
    }

    QStringList statuses() const
    {
        QStringList list;
        auto q = runSql(m_db->db(),
            "SELECT id, sync_status, COALESCE(sync_error, '') FROM appointment_phases ORDER BY id");
        while (q && q->next())
            list << q->value(0).toString() + '=' + q->value(1).toString() + ':' + q->value(2).toString();
        return list;
    }

    int phasesIn(const QString& status) const
    {
        return scalar(m_db->db(),
            "SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = 763 AND sync_status = ?",
            { status })
            .toInt();
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_db = TestDatabase::create(backend, &error);
        QVERIFY2(m_db, qPrintable(error));
        const QString imported = Kit::importIncident(m_db->db());
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        m_server = std::make_unique<sandbox::SandboxServer>(Kit::incidentCalcom());
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void badTakeOverAfterIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("text") << "soon";
        QTest::newRow("negative") << "-5";
    }

    void badTakeOverAfterIsRefused()
    {
        QFETCH(QString, value);
        const auto r = sync({ "--appointment", "763", "--take-over-after", value });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--take-over-after") && r.err.contains(value.toUtf8()), r.err.constData());
        QCOMPARE(m_server->log().size(), 0); // refused before Cal.com was asked
    }

    void claimOfACrashedRunIsTakenOverOnlyWhenAsked()
    {
        // A run claimed the staff phases of appointment 763 a second ago and died.
        const QString aSecondAgo = toSqlTime(Clock::instance().nowUtc().addSecs(-1));
        QVERIFY(runSql(m_db->db(),
            "UPDATE appointment_phases SET sync_status = 'syncing', sync_claim_token = 'dead-run', "
            "updated_at = ? WHERE appointment_id = 763 AND staff_required = ?",
            { aSecondAgo, true }));
        QCOMPARE(phasesIn("syncing"), 4);

        // Default: the claim is younger than 15 minutes, so another sync may still hold it.
        auto held = sync({ "--appointment", "763" });
        QCOMPARE(held.exitCode, 1);
        QCOMPARE(phasesIn("syncing"), 4);

        // After the crash: taken over, Cal.com asked first, then booked (the incident's MANAGED parents
        // refuse, so the phases end `failed` with the reason, not `syncing`).
        auto taken = sync({ "--appointment", "763", "--take-over-after", "0" });
        QCOMPARE(taken.exitCode, 1);
        QCOMPARE(phasesIn("syncing"), 0);
        QCOMPARE(phasesIn("failed"), 4);
        QVERIFY2(scalar(m_db->db(),
                     "SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = 763 AND sync_status = "
                     "'failed' AND sync_error LIKE '%managed%'")
                     .toInt()
                == 4,
            taken.out.constData());
        int lookups = 0;
        for (const auto& entry : m_server->log().entries())
            lookups += entry.method == QLatin1String("GET") && entry.path == QLatin1String("/v2/bookings")
                ? 1
                : 0;
        QVERIFY2(lookups >= 1, "a taken-over claim must look for an earlier booking first");
    }

    void heldPhasesAreNamedNotNothingToDo()
    {
        // A run holding phases (or killed a moment ago): the next one must not say all is well.
        const QString aMinuteAgo = toSqlTime(Clock::instance().nowUtc().addSecs(-60));
        QVERIFY(runSql(m_db->db(),
            "UPDATE appointment_phases SET sync_status = 'syncing', sync_claim_token = 'other-run', "
            "updated_at = ? "
            "WHERE staff_required = ?",
            { aMinuteAgo, true }));
        auto text = sync({});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(!text.out.contains("Nothing to sync"), text.out.constData());
        QVERIFY2(text.out.contains("held by another sync"), text.out.constData());
        QVERIFY2(text.out.contains(aMinuteAgo.left(16).replace('T', ' ').toUtf8()), text.out.constData());
        QVERIFY2(text.out.contains("--take-over-after 0"), text.out.constData());

        auto json = sync({ "--json" });
        QCOMPARE(json.exitCode, 1);
        const int phases
            = scalar(m_db->db(), "SELECT COUNT(*) FROM appointment_phases WHERE staff_required = ?", { true })
                  .toInt();
        QCOMPARE(json.json().value("busy").toInt(), phases);
        QCOMPARE(json.json().value("ok").toBool(), false);
        QVERIFY(json.json().contains("heldSince"));
        QCOMPARE(scalar(m_db->db(), "SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'syncing'")
                     .toInt(),
            phases);
    }

    void refusedKeyOrUnknownTeamTouchesNoPhase_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key, team given") << "cal_wrong_key"
                                               << "12345"
                                               << "API key";
        QTest::newRow("wrong key, no team") << "cal_wrong_key"
                                            << ""
                                            << "API key";
        QTest::newRow("unknown team") << QString(Kit::kIncidentKey) << "999"
                                      << "not a member of team 999";
    }

    void refusedKeyOrUnknownTeamTouchesNoPhase()
    {
        QFETCH(QString, key);
        QFETCH(QString, team);
        QFETCH(QString, message);
        const QStringList before = statuses();
        for (const QString& command : { QStringLiteral("sync"), QStringLiteral("create-event-types") }) {
            const QStringList args
                = command == QLatin1String("sync") ? QStringList {} : QStringList { "--service", "440" };
            const auto r = sync(args, key, team, command);
            QVERIFY2(r.exitCode == 2, r.err.constData());
            // The reason is the last line (warnings of the request may come before it).
            QVERIFY2(r.err.trimmed().split('\n').last().contains(message.toUtf8()), r.err.constData());
        }
        QCOMPARE(statuses(), before);
        QCOMPARE(m_server->log().count("POST", ".*"), 0);
    }

    void malformedKeyIsNeverSent()
    {
        const auto r = sync({}, QStringLiteral("cal_x\r\nX-Evil: 1"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("CALCOM_API_KEY") && r.err.contains("line break"), r.err.constData());
        QVERIFY2(!r.err.contains("X-Evil") && !r.err.contains("cal_x"), r.err.constData());
        QCOMPARE(m_server->log().size(), 0);
    }

    void rateLimitedTeamLookupSaysSo()
    {
        // An earlier run used the key's budget up: Cal.com blocks it for a minute.
        m_server->options().rateLimit = 1;
        auto client = std::make_unique<calcom::CalcomClient>(calcom::CalcomSettings { m_server->baseUrl() });
        client->setApiKey(Kit::kIncidentKey);
        std::unique_ptr<calcom::CalcomJob> me(client->me());
        QVERIFY(me->waitForFinished(10000));
        QElapsedTimer timer;
        timer.start();
        const auto r = sync({}, Kit::kIncidentKey, QString());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rate limit") && r.err.contains("can go on in about"), r.err.constData());
        QVERIFY2(!r.err.contains("did not answer in time"), r.err.constData());
        QVERIFY(timer.elapsed() < 30000); // said at once, not after waiting the minute out
    }

    void newerSchemaIsRefusedByEveryCommand()
    {
        QVERIFY(runSql(m_db->db(),
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', "
            "'2031-01-01T00:00:00Z')"));
        const QStringList before = statuses();
        for (const QString command : { "sync", "create-event-types", "reconcile", "repair-event-maps",
                 "populate-event-maps", "verify-event-maps", "export", "migrate" }) {
            QStringList args;
            if (command == QLatin1String("create-event-types"))
                args = { "--service", "440" };
            else if (command == QLatin1String("export"))
                args = { "-" };
            const auto r = sync(args, Kit::kIncidentKey, QString::number(Kit::kIncidentTeam), command);
            QVERIFY2(r.exitCode == 2, qPrintable(command + ": " + r.err));
            // One line (log lines may come before it).
            QVERIFY2(r.err.trimmed().split('\n').last().contains("newer than this Salon Admin"),
                qPrintable(command + ": " + r.err));
        }
        QCOMPARE(statuses(), before);
        QCOMPARE(m_server->log().size(), 0);
    }
};

QTEST_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
