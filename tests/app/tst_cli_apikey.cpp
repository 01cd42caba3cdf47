// salon-admin-cli set-api-key: the key comes from standard input and goes to the keychain only.
#include "secrets/ApiKeyJob.h"
#include "secrets/ApiKeyStore.h"

#include <QProcess>
#include <QTest>

#include <memory>

using namespace salon;

namespace
{

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, const QByteArray& stdinData, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SALON_CLI_PATH), args);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("salon-admin-cli did not finish");
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

const QString baseUrl = QStringLiteral("http://127.0.0.1:9/v2");

} // namespace

class TestCliApiKey : public QObject
{
    Q_OBJECT
private slots:
    void storesKeyFromStdinInTheKeychain()
    {
        if (qEnvironmentVariable("SALON_TEST_KEYCHAIN") != QLatin1String("1"))
            QSKIP("needs a D-Bus session with an unlocked gnome-keyring (scripts/run-tests.sh starts one)");
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CALCOM_API_KEY"));
        const CliRun stored
            = runCli({ QStringLiteral("--calcom-url"), baseUrl, QStringLiteral("set-api-key") },
                "cal_cli_stored_key\n", env);
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        QVERIFY(!stored.out.contains("cal_cli_stored_key"));

        ApiKeyStore store;
        std::unique_ptr<ApiKeyJob> read(store.readKey(QUrl(baseUrl)));
        QVERIFY(read->waitForFinished(20000));
        QCOMPARE(read->key(), QStringLiteral("cal_cli_stored_key"));

        const CliRun removed = runCli({ QStringLiteral("--calcom-url"), baseUrl,
                                          QStringLiteral("set-api-key"), QStringLiteral("--remove") },
            {}, env);
        QCOMPARE(removed.exitCode, 0);
    }

    void refusesEmptyOrForeignInput()
    {
        const auto env = QProcessEnvironment::systemEnvironment();
        const CliRun empty
            = runCli({ QStringLiteral("--calcom-url"), baseUrl, QStringLiteral("set-api-key") }, "", env);
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains("standard input"));
        const CliRun foreign = runCli(
            { QStringLiteral("--calcom-url"), baseUrl, QStringLiteral("set-api-key") }, "not-a-key\n", env);
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY(!foreign.err.contains("not-a-key"));
    }

    void keyOnTheCommandLineOrMalformedIsRefused()
    {
        const auto env = QProcessEnvironment::systemEnvironment();
        const CliRun argv = runCli({ QStringLiteral("--calcom-url"), baseUrl, QStringLiteral("set-api-key"),
                                       QStringLiteral("cal_on_argv_123") },
            "cal_from_stdin\n", env);
        QCOMPARE(argv.exitCode, 2);
        QVERIFY2(argv.err.contains("never takes the key from the command line"), argv.err.constData());
        QVERIFY(!argv.err.contains("cal_on_argv_123"));
        const CliRun injected
            = runCli({ QStringLiteral("--calcom-url"), baseUrl, QStringLiteral("set-api-key") },
                "cal_abc\rX-Evil: 1\n", env);
        QCOMPARE(injected.exitCode, 2);
        QVERIFY2(injected.err.contains("line break"), injected.err.constData());
        QVERIFY(!injected.err.contains("X-Evil") && !injected.err.contains("cal_abc"));
    }

    void saysPlainlyWhenNoKeychainIsReachable()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const CliRun run = runCli({ QStringLiteral("--calcom-url"), baseUrl, QStringLiteral("set-api-key") },
            "cal_never_written\n", env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("CALCOM_API_KEY"), run.err.constData());
        QVERIFY(!run.err.contains("cal_never_written"));
    }
};

QTEST_GUILESS_MAIN(TestCliApiKey)
#include "tst_cli_apikey.moc"
