// salon-admin-cli shares one request budget with every other process on the key: each request it sends is
// reserved in the database first, and sends another (dead) process reserved still count against it.
#include "CliProcess.h"
#include "EventMapTestKit.h"
#include "TestDatabase.h"

#include "calcom/DatabaseRateBudget.h"
#include "common/Clock.h"
#include "db/SqlStatement.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace salon;
using salon::test::scalar;
using salon::test::TestDatabase;
using Kit = salon::eventmaps::test::EventMapTestKit;

class TestCliRateBudget : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    test::CliResult cli(const QStringList& args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CALCOM_API_KEY", Kit::kIncidentKey);
        environment.insert("CALCOM_URL", m_server->baseUrl().toString());
        environment.insert("CALCOM_TEAM_ID", QString::number(Kit::kIncidentTeam));
        return test::runCli(
            QStringLiteral(SALON_ADMIN_CLI), QStringList { "--db", m_db->cliUrl() } + args, environment);
    }

    QString keyHash() const
    {
        return calcom::DatabaseRateBudget::keyHash(m_server->baseUrl(), Kit::kIncidentKey);
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

    void everyRequestIsReservedInTheSharedBudget()
    {
        const auto r = cli({ "sync", "--appointment", "763" });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const int requests = int(m_server->log().size());
        QVERIFY(requests > 0);
        QCOMPARE(
            scalar(m_db->db(), "SELECT COUNT(*) FROM rate_budget_sends WHERE key_hash = ?", { keyHash() })
                .toInt(),
            requests);
        // Only the hash is stored, never the key.
        QCOMPARE(
            scalar(m_db->db(), "SELECT COUNT(*) FROM rate_budget_sends WHERE key_hash LIKE '%cal_%'").toInt(),
            0);
    }

    void sendsOfADeadProcessStillCount()
    {
        // A process on this key spent the whole budget 58 s ago and died: the window (60 s + 1 %) is over
        // only after 2.6 s more, so this run's first request may not reach Cal.com before that.
        const qint64 spentAt = Clock::instance().nowUtc().toMSecsSinceEpoch() - 58000;
        for (int i = 0; i < 120; ++i)
            QVERIFY(runSql(m_db->db(),
                "INSERT INTO rate_budget_sends (key_hash, sent_at_ms, owner) VALUES (?, ?, 'dead')",
                { keyHash(), spentAt }));
        QElapsedTimer clock;
        clock.start();
        const auto r = cli({ "sync", "--appointment", "763" });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(m_server->log().size() > 0);
        const qint64 firstRequestAfterMs
            = m_server->log().entries().first().receivedAt.toMSecsSinceEpoch() - spentAt;
        QVERIFY2(firstRequestAfterMs >= 60000, qPrintable(QString::number(firstRequestAfterMs)));
    }
};

QTEST_MAIN(TestCliRateBudget)
#include "tst_cli_ratebudget.moc"
