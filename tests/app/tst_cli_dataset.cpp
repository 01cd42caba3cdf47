// salon-admin-cli as a cron job sees it: migrate, import, export, exit codes and one-line errors.
#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace salon::test;

namespace
{

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(
    const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SALON_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        qFatal("salon-admin-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

const QString incidentFile = QStringLiteral(SALON_SOURCE_DIR "/resources/scenarios/incident-salon.json");

} // namespace

class TestCliDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void migrateImportExportRoundTrip()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error, false);
        QVERIFY2(database, qPrintable(error));
        const QString db = database->cliUrl();

        CliRun migrate = runCli({ QStringLiteral("--db"), db, QStringLiteral("migrate") });
        QCOMPARE(migrate.exitCode, 0);
        migrate = runCli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("migrate") });
        QCOMPARE(migrate.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(migrate.out).object().value(QStringLiteral("applied")).toInt(), 0);

        CliRun dry = runCli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
            QStringLiteral("--dry-run"), incidentFile });
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM calcom_event_map")).toInt(), 0);

        CliRun imported = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), incidentFile });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM calcom_event_map")).toInt(), 24);

        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), first }).exitCode, 0);
        CliRun again = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), first });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), second }).exitCode, 0);
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void errorsExitTwoWithOneLine()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"eventMaps": [{"id": 1, "serviceId": 440, "segmentKey": "A",
            "staffId": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "eventTypeId": 3982562, "childEventTypeId": 3982562}]})");
        file.close();
        const CliRun run
            = runCli({ QStringLiteral("--db"), database->cliUrl(), QStringLiteral("import"), bad });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("$.eventMaps[0].childEventTypeId"), run.err.constData());
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM calcom_event_map")).toInt(), 0);
    }

    void usageAndConfigurationErrors()
    {
        QCOMPARE(runCli({ QStringLiteral("no-such-command") }).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        const CliRun badUrl
            = runCli({ QStringLiteral("--db"), QStringLiteral("mysql://x"), QStringLiteral("migrate") });
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY(badUrl.err.contains("mysql://x"));
        const CliRun missing
            = runCli({ QStringLiteral("--db"), QStringLiteral("sqlite:/tmp/never-mind.sqlite"),
                QStringLiteral("import"), QStringLiteral("/nonexistent/file.json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent/file.json"));
        const CliRun unreachable = runCli({ QStringLiteral("--db"),
            QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), QStringLiteral("migrate") });
        QCOMPARE(unreachable.exitCode, 2);
        QFile::remove(QStringLiteral("/tmp/never-mind.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_cli_dataset.moc"
