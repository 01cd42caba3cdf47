// salon-admin-cli's global options (--db, --json, --calcom-url, --team-id) before or after the command
// name, run as a real process against a sandbox in this test process and a database on each backend.
#include "CliProcess.h"
#include "EventMapTestKit.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace salon;
using namespace salon::eventmaps::test;
using salon::test::TestDatabase;
using Kit = EventMapTestKit;

class TestCliGlobalOptions : public QObject
{
    Q_OBJECT

    using Result = salon::test::CliResult;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    // Exactly the arguments given: no --db or Cal.com from this test's environment.
    Result cli(const QStringList& args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "CALCOM_URL", "CALCOM_TEAM_ID", "SALON_ADMIN_DB", "LANGUAGE", "LC_ALL" })
            environment.remove(QString::fromLatin1(name));
        environment.insert("LANG", "C.UTF-8");
        environment.insert("CALCOM_API_KEY", Kit::kIncidentKey);
        environment.insert("USER", "cli-test");
        return salon::test::runCli(QStringLiteral(SALON_ADMIN_CLI), args, environment);
    }

    QStringList database() const { return { "--db", m_db->cliUrl() }; }
    QStringList calcom() const
    {
        return { "--calcom-url", m_server->baseUrl().toString(), "--team-id", "12345" };
    }

    // The incident as verify-event-maps --remote --json reports it: 24 parents without a child.
    static void expectIncidentReport(const Result& r)
    {
        QVERIFY2(r.exitCode == 1, r.err.constData());
        const QJsonObject json = r.json();
        QVERIFY2(!json.isEmpty(), r.out.constData());
        int withoutChild = 0;
        for (const QJsonValue& finding : json.value("findings").toArray())
            withoutChild += finding.toObject().value("code").toString() == "managed-parent-without-child";
        QCOMPARE(withoutChild, 24);
        QCOMPARE(json.value("calcomRequests").toInt(), 3);
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

    void beforeTheCommand()
    {
        expectIncidentReport(
            cli(database() + calcom() + QStringList { "--json", "verify-event-maps", "--remote" }));
    }

    // As people type it (issue 21): `verify-event-maps --remote --json`.
    void afterTheCommand()
    {
        expectIncidentReport(
            cli(QStringList { "verify-event-maps", "--remote", "--json" } + database() + calcom()));
    }

    void mixedAndWithEqualsSigns()
    {
        expectIncidentReport(cli({ "--json", "verify-event-maps", "--db=" + m_db->cliUrl(), "--remote",
            "--calcom-url=" + m_server->baseUrl().toString(), "--team-id=12345" }));
    }

    // sync and reconcile list --json among their own options; it means the same there.
    void aCommandsOwnJsonStillWorks()
    {
        const Result r = cli(QStringList { "sync", "--dry-run", "--json" } + database() + calcom());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY2(!r.json().isEmpty(), r.out.constData());
    }

    void mistakesAreNamed()
    {
        Result r = cli(QStringList { "verify-event-maps", "--remote" } + calcom() + QStringList { "--db" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Missing value after '--db'"), r.err.constData());

        r = cli(QStringList { "--no-such-option", "verify-event-maps" } + database());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Unknown option 'no-such-option'"), r.err.constData());

        // A command's unknown option, with --json anywhere: the error comes as JSON too.
        r = cli(QStringList { "verify-event-maps", "--no-such-option", "--json" } + database());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("verify-event-maps: Unknown option 'no-such-option'"), r.err.constData());
        QCOMPARE(r.json().value("ok").toBool(true), false);
        QCOMPARE(m_server->log().size(), 0);
    }

    // One --help lists the global options and says where they go; a command's help points to it.
    void help()
    {
        Result r = cli({ "--help" });
        QCOMPARE(r.exitCode, 0);
        for (const char* text : { "--db <url>", "--json", "--calcom-url <url>", "--team-id <id>",
                 "before or after the command", "verify-event-maps" })
            QVERIFY2(r.out.contains(text), text);
        r = cli({ "verify-event-maps", "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("--remote"), r.out.constData());
        QVERIFY2(r.out.contains("--db, --json, --calcom-url and --team-id work here too"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliGlobalOptions)
#include "tst_cli_globaloptions.moc"
