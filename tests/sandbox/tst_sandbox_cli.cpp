// `salon-admin-cli sandbox` as a process: base URL on the first stdout line, options, saving the state on
// SIGTERM/SIGINT, and refusing bad options with exit code 2.
#include "SandboxState.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace salon::sandbox;
using namespace salon::sandbox::test;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void servesScenarioAndSavesOnSigterm();
    void savesOnSigintAndLoadsStateFile();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    // Starts the command and returns its base URL (empty on failure).
    QUrl start(QProcess& process, const QStringList& arguments);
};

QUrl TestSandboxCli::start(QProcess& process, const QStringList& arguments)
{
    process.start(QStringLiteral(SALON_CLI_PATH), QStringList { QStringLiteral("sandbox") } + arguments);
    if (!process.waitForStarted(10'000))
        return {};
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        process.waitForReadyRead(100);
        line += process.readAllStandardOutput();
    }
    return QUrl(QString::fromUtf8(line.left(line.indexOf('\n'))));
}

void TestSandboxCli::servesScenarioAndSavesOnSigterm()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("after.json"));
    QProcess process;
    const QUrl base = start(process,
        { QStringLiteral("--scenario"), QStringLiteral("incident"), QStringLiteral("--save"), saved,
            QStringLiteral("--api-key"), QStringLiteral("cal_cli_key"), QStringLiteral("--rate-limit"),
            QStringLiteral("4"), QStringLiteral("--slot-taken-status"), QStringLiteral("409") });
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[1-9][0-9]*/v2$"))
                 .match(base.toString())
                 .hasMatch(),
        qPrintable(base.toString()));

    SandboxTestClient client(base);
    client.setApiKey("cal_cli_key");
    HttpResult r = client.get(QStringLiteral("/me"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("id")).toInteger(), 1346400); // the team owner
    r = client.post(QStringLiteral("/teams/12345/event-types"),
        QJsonObject {
            { QStringLiteral("title"), QStringLiteral("Ansatzfärbung-Segment A-Fabian Spitzer #2") },
            { QStringLiteral("slug"), QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer-2") },
            { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("hidden"), true },
            { QStringLiteral("schedulingType"), QStringLiteral("ROUND_ROBIN") },
            { QStringLiteral("hosts"),
                QJsonArray { QJsonObject { { QStringLiteral("userId"), 1346408 },
                    { QStringLiteral("mandatory"), true },
                    { QStringLiteral("priority"), QStringLiteral("high") } } } } });
    QCOMPARE(r.status, 201);
    const qint64 created = r.data().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(created, 3982585); // above the highest id in the scenario (parent 3982584)
    QCOMPARE(client.get(QStringLiteral("/teams")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/teams")).status, 200);
    r = client.get(QStringLiteral("/teams"));
    QCOMPARE(r.status, 429); // --rate-limit 4
    // The demo key of the scenario still works and has its own bucket.
    client.setApiKey("cal_sandbox_demo_key");
    QCOMPARE(client.get(QStringLiteral("/me")).status, 200);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QString error;
    const auto state = SandboxState::loadFile(saved, &error);
    QVERIFY2(state, qPrintable(error));
    QVERIFY(state->eventType(created));
    QCOMPARE(state->eventType(created)->value(QStringLiteral("hidden")).toBool(), true);
    QCOMPARE(state->apiKey(QStringLiteral("cal_cli_key"))->userId, 1346400);
}

void TestSandboxCli::savesOnSigintAndLoadsStateFile()
{
    QTemporaryDir dir;
    auto scenario = *SandboxState::fromScenario(QStringLiteral("incident"));
    scenario.bookings.append(QJsonObject {
        { QStringLiteral("id"), 13083100 }, { QStringLiteral("uid"), QStringLiteral("seeded") } });
    const QString input = dir.filePath(QStringLiteral("in.json"));
    QVERIFY(scenario.saveFile(input));
    const QString saved = dir.filePath(QStringLiteral("out.json"));
    QProcess process;
    const QUrl base = start(process,
        { QStringLiteral("--state"), input, QStringLiteral("--save"), saved, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") });
    QVERIFY(base.isValid() && base.port() > 0);
    SandboxTestClient client(base);
    client.setApiKey("cal_sandbox_demo_key");
    QCOMPARE(
        client.get(QStringLiteral("/bookings/seeded"), SandboxTestClient::bookingsVersion()).status, 200);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
    const auto state = SandboxState::loadFile(saved);
    QVERIFY(state);
    QCOMPARE(state->bookings.size(), 1);
}

void TestSandboxCli::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("faults") << QStringList { QStringLiteral("--faults"), QStringLiteral("explode=1") };
    QTest::newRow("remote") << QStringList { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") };
    QTest::newRow("listen syntax") << QStringList { QStringLiteral("--listen"), QStringLiteral("nonsense") };
    QTest::newRow("slot status") << QStringList { QStringLiteral("--slot-taken-status"),
        QStringLiteral("418") };
    QTest::newRow("scenario") << QStringList { QStringLiteral("--scenario"), QStringLiteral("nope") };
    QTest::newRow("state file") << QStringList { QStringLiteral("--state"),
        QStringLiteral("/nonexistent.json") };
    QTest::newRow("key without team") << QStringList { QStringLiteral("--api-key"), QStringLiteral("cal_x") };
    QTest::newRow("rate limit") << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("0") };
}

void TestSandboxCli::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(SALON_CLI_PATH), QStringList { QStringLiteral("sandbox") } + arguments);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no URL: nothing is served
}

QTEST_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
