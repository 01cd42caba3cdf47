// salon-admin-cli sync as a real process against a sandbox in this test process: a phase left `syncing`
// by a crashed run is held until its claim is stale, and taken over at once with --take-over-after 0;
// a bad --take-over-after value is refused before anything happens.
#include "CliProcess.h"
#include "EventMapTestKit.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

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

    test::CliResult sync(const QStringList& args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CALCOM_API_KEY", Kit::kIncidentKey);
        environment.insert("CALCOM_URL", m_server->baseUrl().toString());
        environment.insert("CALCOM_TEAM_ID", QString::number(Kit::kIncidentTeam));
        environment.insert("LANG", "C");
        environment.remove("LANGUAGE");
        environment.remove("LC_ALL");
        return test::runCli(QStringLiteral(SALON_ADMIN_CLI),
            QStringList { "--db", m_db->cliUrl(), "sync" } + args, environment);
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
};

QTEST_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
