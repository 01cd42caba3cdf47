// Migrations on both backends: empty database, re-run, the constraints that make poison impossible, the
// refusal of a newer schema, and database errors named by their cause.
#include "TestDatabase.h"
#include "db/DatabaseConnection.h"
#include "db/Migrator.h"
#include "db/SqlStatement.h"
#include "db/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace salon;
using namespace salon::test;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void migratesEmptyDatabaseAndIsIdempotent()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error, false);
        QVERIFY2(database, qPrintable(error));
        Migrator migrator(database->db());
        QCOMPARE(*migrator.currentVersion(), 0);
        const auto applied = migrator.migrate();
        QVERIFY2(applied.has_value(), applied ? "" : qPrintable(applied.error()));
        // Numbers are reserved per task, so the files may have gaps (0001, 0002, 0006): count the files.
        QCOMPARE(*applied, int(migrator.migrations().size()));
        QVERIFY(migrator.latestVersion() >= 1);
        const QStringList tables = database->db().tables();
        for (const char* table :
            { "services", "service_segments", "staff", "service_staff", "calcom_event_map", "appointments",
                "appointment_phases", "sync_attempts", "audit_log", "schema_migrations" })
            QVERIFY2(tables.contains(QLatin1String(table)), table);

        const auto again = migrator.migrate();
        QVERIFY(again.has_value());
        QCOMPARE(*again, 0);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
            int(migrator.migrations().size()));
        QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
    }

    // A database made by a build that had the later migrations but not yet a lower one (numbers are
    // reserved per task, so a later build may bring a lower one): what is missing is applied, not skipped.
    // 0008 stands in for it (nothing later depends on its table).
    void appliesAMissingLowerMigration()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        for (const char* sql :
            { "DROP TABLE calcom_watch_cursor", "DELETE FROM schema_migrations WHERE version = 8" })
            QVERIFY2(runSql(database->db(), QString::fromLatin1(sql)), sql);
        Migrator migrator(database->db());
        QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
        const auto applied = migrator.migrate();
        QVERIFY2(applied.has_value(), applied ? "" : qPrintable(applied.error()));
        QCOMPARE(*applied, 1);
        QVERIFY(runSql(database->db(), QStringLiteral("SELECT checked_at FROM calcom_watch_cursor")));
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
            int(migrator.migrations().size()));
    }

    void refusesNewerSchema()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(runSql(database->db(),
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, "
                           "'future', '2031-01-01T00:00:00Z')")));
        const auto result = Migrator(database->db()).migrate();
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(QLatin1String("9999")), qPrintable(result.error()));
    }

    void checkConstraintRejectsChildEqualToParent()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlDatabase db = database->db();
        QVERIFY(runSql(db,
            QStringLiteral("INSERT INTO services (id, name, duration_minutes, is_composite, active) VALUES "
                           "(440, 'Ansatzfärbung', 135, ?, ?)"),
            { true, true }));
        QVERIFY(runSql(db,
            QStringLiteral("INSERT INTO service_segments (id, service_id, segment_key, name, position, "
                           "duration_minutes, staff_required) VALUES (1, 440, 'A', 'Auftragen', 1, 30, ?)"),
            { true }));
        QVERIFY(runSql(db,
            QStringLiteral("INSERT INTO staff (id, name, email, active) VALUES "
                           "('9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c', 'Fabian', '', ?)"),
            { true }));

        const QString insert = QStringLiteral(
            "INSERT INTO calcom_event_map (service_id, segment_key, staff_id, event_type_id, "
            "child_event_type_id, created_at, updated_at) VALUES (440, 'A', "
            "'9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c', ?, ?, '2025-11-24T07:15:00Z', '2025-11-24T07:15:00Z')");
        const auto poisoned = runSql(db, insert, { 3982562, 3982562 });
        QVERIFY2(!poisoned.has_value(), "a row with child_event_type_id = event_type_id was accepted");
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calcom_event_map")).toInt(), 0);

        QVERIFY(runSql(db, insert, { 3982562, QVariant(QMetaType::fromType<qint64>()) }));
        const auto poisonByUpdate
            = runSql(db, QStringLiteral("UPDATE calcom_event_map SET child_event_type_id = event_type_id"));
        QVERIFY2(!poisonByUpdate.has_value(), "an UPDATE setting child = parent was accepted");
        QVERIFY(scalar(db, QStringLiteral("SELECT child_event_type_id FROM calcom_event_map")).isNull());

        QVERIFY(runSql(db, QStringLiteral("UPDATE calcom_event_map SET child_event_type_id = 3990001")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT child_event_type_id FROM calcom_event_map")).toLongLong(),
            3990001);
    }

    void otherConstraints()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlDatabase db = database->db();
        QVERIFY(runSql(db,
            QStringLiteral("INSERT INTO services (id, name, duration_minutes) VALUES (1, 'Schnitt', 30)")));
        // A zero duration, a duplicate segment key and an unknown sync status are refused.
        QVERIFY(!runSql(
            db, QStringLiteral("INSERT INTO services (id, name, duration_minutes) VALUES (2, 'Null', 0)")));
        QVERIFY(runSql(db,
            QStringLiteral("INSERT INTO service_segments (service_id, segment_key, name, position, "
                           "duration_minutes) VALUES (1, 'A', 'x', 1, 30)")));
        QVERIFY(!runSql(db,
            QStringLiteral("INSERT INTO service_segments (service_id, segment_key, name, position, "
                           "duration_minutes) VALUES (1, 'A', 'y', 2, 30)")));
        // Foreign keys are on: a segment of an unknown service is refused.
        QVERIFY(!runSql(db,
            QStringLiteral("INSERT INTO service_segments (service_id, segment_key, name, position, "
                           "duration_minutes) VALUES (99, 'A', 'x', 1, 30)")));
        QVERIFY(runSql(db,
            QStringLiteral("INSERT INTO appointments (id, service_id, customer_name, starts_at, created_at) "
                           "VALUES (1, 1, 'K', '2030-01-01T09:00:00Z', '2030-01-01T08:00:00Z')")));
        QVERIFY(!runSql(db,
            QStringLiteral("INSERT INTO appointment_phases (appointment_id, segment_key, staff_required, "
                           "starts_at, ends_at, sync_status, updated_at) VALUES (1, 'A', ?, "
                           "'2030-01-01T09:00:00Z', '2030-01-01T09:30:00Z', 'lost', '2030-01-01T08:00:00Z')"),
            { false }));
    }

    void splitsStatements()
    {
        const QStringList parts = Migrator::splitStatements(
            QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';'); -- a comment; with a semicolon\n"
                           "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN PERFORM 1; RETURN NEW; END; $$ "
                           "LANGUAGE plpgsql;\n"
                           "CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE a SET x = 'y'; END;\n"
                           "SELECT 1"));
        QCOMPARE(parts.size(), 4);
        QVERIFY(parts[0].contains(QLatin1String("';'")));
        QVERIFY(parts[1].endsWith(QLatin1String("LANGUAGE plpgsql")));
        QVERIFY(parts[2].endsWith(QLatin1String("END")));
    }

    void checkNotNewerNamesBothVersions()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        Migrator migrator(database->db());
        QCOMPARE(migrator.checkNotNewer().value(), migrator.latestVersion());
        QVERIFY(runSql(database->db(),
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', "
                           "'2031-01-01T00:00:00Z')")));
        const auto refused = migrator.checkNotNewer();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("999"))
                && refused.error().contains(QString::number(migrator.latestVersion())),
            qPrintable(refused.error()));
    }

    void lockedDatabaseIsNamedWithoutDriverFiller()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite's file lock");
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        auto other = DatabaseConnection::open(database->url(), QStringLiteral("locker"));
        QVERIFY(other);
        QVERIFY(runSql((*other)->db(), QStringLiteral("BEGIN IMMEDIATE")));
        QSqlDatabase db = database->db();
        QVERIFY(runSql(db, QStringLiteral("PRAGMA busy_timeout = 50")));
        const auto write
            = runSql(db, QStringLiteral("INSERT INTO staff (id, name, email, active) VALUES (?, ?, ?, ?)"),
                { QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c"), QStringLiteral("F"), QString(""),
                    true });
        QVERIFY(!write);
        QVERIFY2(write.error().startsWith(QLatin1String("the database is locked by another program")),
            qPrintable(write.error()));
        QVERIFY2(!write.error().contains(QLatin1String("Unable to fetch row")), qPrintable(write.error()));
        QVERIFY(runSql((*other)->db(), QStringLiteral("ROLLBACK")));
        // A transaction the database already ended is no error worth a warning.
        Transaction tx(db);
        QVERIFY(runSql(db, QStringLiteral("ROLLBACK")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("rollback failed")));
        tx.rollback();
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
