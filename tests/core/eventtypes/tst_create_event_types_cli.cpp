// `salon-admin-cli create-event-types` as cron and deploy scripts use it: the real binary against an
// in-process sandbox (the test's event loop serves it while the CLI runs), checking output, JSON and exit
// codes.
#include "IncidentSandbox.h"
#include "TestDatabase.h"

#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace salon;
using salon::test::scalar;
using salon::test::TestDatabase;

namespace
{
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TestCreateEventTypesCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void dryRunChangesNothing();
    void runRetireAndRunAgain();
    void conflictsAndFailuresExitOne();
    void usageErrorsExitTwo();

private:
    CliResult cli(const QStringList& arguments);
    int posts() const
    {
        return m_server->log().count(QStringLiteral("POST"), QStringLiteral("^/v2/teams/12345/event-types$"));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

void TestCreateEventTypesCli::init()
{
    QString error;
    auto incident = salon::test::IncidentSandbox::create(QStringLiteral("sqlite"), &error);
    QVERIFY2(incident, qPrintable(error));
    m_db = std::move(incident->database);
    m_server = std::move(incident->server);
}

void TestCreateEventTypesCli::cleanup()
{
    m_server.reset();
    m_db.reset();
}

CliResult TestCreateEventTypesCli::cli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALCOM_API_KEY"), QStringLiteral("cal_sandbox_demo_key"));
    env.insert(QStringLiteral("CALCOM_URL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("CALCOM_TEAM_ID"), QStringLiteral("12345"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.debug=false"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral(SALON_CLI_PATH), QStringList { QStringLiteral("--db"), m_db->cliUrl() } + arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    // Not waitForFinished(): the sandbox lives on this thread's event loop and must keep answering.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000)
        QTest::qWait(20);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCreateEventTypesCli::dryRunChangesNothing()
{
    const CliResult r = cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"),
        QStringLiteral("440"), QStringLiteral("--dry-run"), QStringLiteral("--retire-managed") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("8 items")), qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("REPLACE")));
    QVERIFY(r.out.contains(QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer-2")));
    QVERIFY(r.out.contains(QStringLiteral("MANAGED 3982562")));
    for (const auto& entry : m_server->log().entries())
        QCOMPARE(entry.method, QStringLiteral("GET"));
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'event-type.%'"))
            .toInt(),
        0);
}

void TestCreateEventTypesCli::runRetireAndRunAgain()
{
    const QStringList all { QStringLiteral("create-event-types"), QStringLiteral("--service"),
        QStringLiteral("440"), QStringLiteral("--service"), QStringLiteral("442"),
        QStringLiteral("--service"), QStringLiteral("444"), QStringLiteral("--retire-managed") };
    CliResult r = cli(QStringList { QStringLiteral("--json") } + all);
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("done")).toInt(), 24);
    QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("retirement")).toArray().size(), 12);
    for (const QJsonValue& c : o.value(QStringLiteral("retirement")).toArray())
        QCOMPARE(c.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("deleted"));
    QCOMPARE(posts(), 24);

    // Again: everything kept, nothing sent, nothing left to retire.
    r = cli(QStringList { QStringLiteral("--json") } + all);
    QCOMPARE(r.exitCode, 0);
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("keep"))
                 .toInt(),
        24);
    QCOMPARE(o.value(QStringLiteral("retirement")).toArray().size(), 0);
    QCOMPARE(posts(), 24);
}

void TestCreateEventTypesCli::conflictsAndFailuresExitOne()
{
    // Two POSTs fail outright (nothing created): the run goes on, the command exits 1 and names the failure.
    m_server->faults().scriptNext(
        sandbox::FaultKind::Error500, 2, QStringLiteral("/event-types"), QStringLiteral("POST"));
    CliResult r
        = cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"), QStringLiteral("440") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("6 done")) && r.out.contains(QStringLiteral("2 failed")),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("FAILED")));

    // The re-run resumes: 6 kept, 2 replaced, exit 0.
    r = cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"), QStringLiteral("440") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("6 keep")) && r.out.contains(QStringLiteral("2 replace")),
        qPrintable(r.out));
    QCOMPARE(posts(), 10);

    // A conflict is a problem even in a dry run.
    QJsonObject squatter { { QStringLiteral("id"), 4000001 }, { QStringLiteral("teamId"), 12345 },
        { QStringLiteral("ownerId"), QJsonValue::Null },
        { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
        { QStringLiteral("title"), QStringLiteral("x") },
        { QStringLiteral("slug"), QStringLiteral("strahnen-segment-a-fabian-spitzer") },
        { QStringLiteral("lengthInMinutes"), 45 }, { QStringLiteral("hidden"), false },
        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
        { QStringLiteral("hosts"), QJsonArray { QJsonObject { { QStringLiteral("userId"), 1346406 } } } } };
    m_server->state().eventTypes.append(squatter);
    r = cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"), QStringLiteral("442"),
        QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("CONFLICT")));
}

void TestCreateEventTypesCli::usageErrorsExitTwo()
{
    QCOMPARE(cli({ QStringLiteral("create-event-types") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"), QStringLiteral("abc") })
                 .exitCode,
        2);
    const CliResult unknown
        = cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"), QStringLiteral("999") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("999")), qPrintable(unknown.err));
    QCOMPARE(cli({ QStringLiteral("create-event-types"), QStringLiteral("--service"), QStringLiteral("440"),
                     QStringLiteral("--title-template"), QStringLiteral("{service}") })
                 .exitCode,
        2);
    QCOMPARE(posts(), 0);
}

QTEST_GUILESS_MAIN(TestCreateEventTypesCli)
#include "tst_create_event_types_cli.moc"
