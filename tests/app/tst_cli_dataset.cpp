// salon-admin-cli as a cron job sees it: migrate, import, export, exit codes and one-line errors; an import
// never drops a booking link unless asked, refuses unknown keys, bad versions, NUL and endless input; the
// default database is the GUI's; a newer schema is refused; a full disk on export is named.
#include "TestDatabase.h"

#include "db/DatabaseUrl.h"
#include "db/SqlStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace salon::test;
using salon::runSql;

namespace
{

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment cEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("SALON_ADMIN_DB"));
    return env;
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& env = cEnvironment(),
    const QString& stdoutFile = QString())
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(SALON_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        qFatal("salon-admin-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

const QString incidentFile = QStringLiteral(SALON_SOURCE_DIR "/resources/scenarios/incident-salon.json");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QJsonObject incident()
{
    QFile file(incidentFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the incident file");
    return QJsonDocument::fromJson(file.readAll()).object();
}

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
        // A multi-line reason is joined with a real dash, not its UTF-8 bytes read as Latin-1.
        QVERIFY2(!QString::fromUtf8(unreachable.err).contains(QChar(0x00E2)), unreachable.err.constData());
        QFile::remove(QStringLiteral("/tmp/never-mind.sqlite"));
    }

    void reimportNeverDropsABookingLink()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const QString db = database->cliUrl();
        QCOMPARE(runCli({ "--db", db, "import", incidentFile }).exitCode, 0);
        // A sync booked phase 269 since the file was written.
        QVERIFY(runSql(database->db(),
            "UPDATE appointment_phases SET sync_status = 'synced', calcom_booking_id = 4711, "
            "calcom_booking_uid = 'uid-4711' WHERE id = 269"));
        auto phase269 = [&] {
            return scalar(database->db(),
                "SELECT sync_status || '/' || COALESCE(CAST(calcom_booking_id AS TEXT), '-') FROM "
                "appointment_phases "
                "WHERE id = 269")
                .toString();
        };

        const CliRun refused = runCli({ "--db", db, "import", incidentFile });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("$.appointments[") && refused.err.contains("].phases[0]"),
            refused.err.constData());
        QVERIFY2(refused.err.contains("4711") && refused.err.contains("--keep-sync-state"),
            refused.err.constData());
        // The reason is one line (log lines may come before it).
        QVERIFY2(refused.err.trimmed().split('\n').last().contains("4711"), refused.err.constData());
        QCOMPARE(phase269(), QStringLiteral("synced/4711"));

        // --keep-sync-state: the rest of the file is imported, the stored sync state stays.
        QJsonObject changed = incident();
        QJsonArray appointments = changed.value("appointments").toArray();
        QJsonObject first = appointments.at(0).toObject();
        first.insert("customerName", "Renamed Kundin");
        appointments.replace(0, first);
        changed.insert("appointments", appointments);
        QTemporaryDir dir;
        const QString renamed = writeFile(dir, "renamed.json", QJsonDocument(changed).toJson());
        QCOMPARE(runCli({ "--db", db, "import", "--dry-run", renamed }).exitCode, 2);
        const CliRun kept = runCli({ "--db", db, "import", "--keep-sync-state", renamed });
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        QCOMPARE(phase269(), QStringLiteral("synced/4711"));
        QCOMPARE(
            scalar(database->db(), "SELECT COUNT(*) FROM appointments WHERE customer_name = 'Renamed Kundin'")
                .toInt(),
            1);

        // --replace-sync-state: the admin's explicit choice.
        const CliRun replaced = runCli({ "--db", db, "import", "--replace-sync-state", incidentFile });
        QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
        QVERIFY(phase269() != QStringLiteral("synced/4711"));
        QCOMPARE(runCli({ "--db", db, "import", "--keep-sync-state", "--replace-sync-state", incidentFile })
                     .exitCode,
            2);
    }

    void unknownKeysAndBadVersionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray staff = R"("id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "Fabian")";
        QTest::newRow("typo in a key")
            << QByteArray(R"({"staff": [{)" + staff + R"(, "calcomUserID": 5}]})")
            << R"($.staff[0].calcomUserID: unknown key; did you mean "calcomUserId"?)";
        QTest::newRow("unknown top-level key")
            << QByteArray(R"({"apointments": []})") << "$.apointments: unknown key";
        QTest::newRow("version as text") << QByteArray(R"({"version": "1"})")
                                         << R"($.version: must be the number 1, found the string "1")";
        QTest::newRow("version 2") << QByteArray(R"({"version": 2})")
                                   << "$.version: format version 2 is not supported";
        QTest::newRow("number as written")
            << QByteArray(R"({"staff": [{)" + staff + R"(, "calcomUserId": 1346406.5}]})")
            << "found 1346406.5";
        QTest::newRow("NUL in a name") << QByteArray(
            R"({"staff": [{"id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "Fa\u0000bian"}]})")
                                       << "$.staff[0].name: must not contain a NUL character";
        QTest::newRow("NUL byte") << QByteArray("{\"staff\": [\0]}", 14) << "NUL byte at byte 11";
    }

    void unknownKeysAndBadVersionsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath("k.sqlite");
        const CliRun run = runCli({ "--db", db, "import", writeFile(dir, "bad.json", json) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    }

    void commentKeysAreAllowed()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath("c.sqlite");
        const CliRun run = runCli({ "--db", db, "import",
            writeFile(dir, "c.json",
                R"({"x-comment": "exported for the audit", "version": 1, "staff": [{"x-note": "new",
                    "id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "Fabian", "calcomUserId": 1346408}]})") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void endlessInputIsRefusedNotCrashed()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath("z.sqlite");
        const CliRun small = runCli({ "--db", db, "import", "--max-size", "1", "/dev/zero" });
        QCOMPARE(small.exitCode, 2);
        QVERIFY2(small.err.contains("larger than 1 MiB"), small.err.constData());
        const CliRun byDefault = runCli({ "--db", db, "import", "/dev/zero" });
        QCOMPARE(byDefault.exitCode, 2);
        QVERIFY2(byDefault.err.contains("larger than 256 MiB"), byDefault.err.constData());
        QCOMPARE(runCli({ "--db", db, "import", "--max-size", "lots", incidentFile }).exitCode, 2);
    }

    void emptyDatabaseOptionIsAnError()
    {
        const CliRun run = runCli({ "--db", "", "migrate" });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--db is empty"), run.err.constData());
        QProcessEnvironment env = cEnvironment();
        env.insert("SALON_ADMIN_DB", "");
        const CliRun fromEnv = runCli({ "migrate" }, env);
        QCOMPARE(fromEnv.exitCode, 2);
        QVERIFY2(fromEnv.err.contains("SALON_ADMIN_DB is set but empty"), fromEnv.err.constData());
    }

    void defaultDatabaseIsTheGuis()
    {
        QTemporaryDir home;
        QProcessEnvironment env = cEnvironment();
        env.insert("XDG_DATA_HOME", home.path());
        const CliRun run = runCli({ "migrate" }, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The GUI's folder (organisation salon-admin, application "Salon Admin"), not the CLI's own.
        const QString guiFile = home.filePath("salon-admin/Salon Admin/salon-admin.sqlite");
        QVERIFY2(QFile::exists(guiFile), run.out.constData());
        QVERIFY(!QFile::exists(home.filePath("salon-admin/salon-admin-cli/salon-admin.sqlite")));
        // And the library computes the same path whatever the program is called.
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        QCOMPARE(salon::DatabaseUrl::defaultSqlitePath(), guiFile);
        QCoreApplication::setApplicationName("Salon Admin");
        QCOMPARE(salon::DatabaseUrl::defaultSqlitePath(), guiFile);
        QCoreApplication::setApplicationName("salon-admin-cli");
        QCOMPARE(salon::DatabaseUrl::defaultSqlitePath(), guiFile);
        qunsetenv("XDG_DATA_HOME");
    }

    void newerSchemaIsNeverWritten()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(runSql(database->db(),
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', "
            "'2031-01-01T00:00:00Z')"));
        for (const QStringList& args : { QStringList { "import", incidentFile }, QStringList { "migrate" },
                 QStringList { "export", "-" } }) {
            const CliRun run = runCli(QStringList { "--db", database->cliUrl() } + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.first() + ": " + run.err));
            QVERIFY2(run.err.contains("version 999") && run.err.contains("newer"), run.err.constData());
        }
        QCOMPARE(scalar(database->db(), "SELECT COUNT(*) FROM staff").toInt(), 0);
    }

    void fullDiskOnExportIsNamed()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath("e.sqlite");
        QCOMPARE(runCli({ "--db", db, "import", incidentFile }).exitCode, 0);
        const CliRun run = runCli({ "--db", db, "export", "-" }, cEnvironment(), "/dev/full");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("the disk is full"), run.err.constData());
        QVERIFY2(!run.err.contains("Unknown error"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_cli_dataset.moc"
