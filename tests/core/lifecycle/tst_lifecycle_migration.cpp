// Migration 0003 (lifecycle) on a populated database of version 2, both backends: every row and id kept,
// sync_attempts still tied to its phases (and cascading), the indexes and the PostgreSQL notify trigger
// still there, 'cancelled' accepted and nonsense still refused, SQLite's foreign keys on again; and the new
// tables' rules (one unfinished change per appointment).
#include "IncidentDataset.h"
#include "TestDatabase.h"
#include "db/Migrator.h"
#include "db/SqlStatement.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace salon;
using namespace salon::test;

class TestLifecycleMigration : public QObject
{
    Q_OBJECT

    // Brings a fresh database to `version` with the migrations' own scripts (what an older Salon Admin did).
    // Applies exactly these migrations, as an earlier build left the database.
    static QString migrateTo(const QSqlDatabase& db, const QList<int>& versions)
    {
        Migrator migrator(db);
        const bool postgres = db.driverName() == QLatin1String("QPSQL");
        if (!runSql(db,
                postgres ? "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at TIMESTAMPTZ NOT NULL)"
                         : "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at TEXT NOT NULL)"))
            return "schema_migrations";
        for (const Migrator::Migration& m : migrator.migrations()) {
            if (!versions.contains(m.version))
                continue;
            QFile file(m.resourcePath);
            if (!file.open(QIODevice::ReadOnly))
                return m.resourcePath;
            for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll())))
                if (auto q = runSql(db, statement); !q)
                    return m.name + ": " + q.error();
            if (!runSql(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    { m.version, m.name, "2030-01-01T00:00:00Z" }))
                return "record " + m.name;
        }
        return {};
    }
    static QStringList column(const QSqlDatabase& db, const QString& sql)
    {
        QStringList values;
        auto q = runSql(db, sql);
        while (q && q->next())
            values << q->value(0).toString();
        return values;
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void populatedVersion2DatabaseMigratesWithoutLosingAnything()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error, false);
        QVERIFY2(database, qPrintable(error));
        const QSqlDatabase db = database->db();
        const bool postgres = backend == QLatin1String("postgresql");
        // The database of the build before this one: 0001, 0002, 0006 (audit run ids), 0007 (rate budget).
        QCOMPARE(migrateTo(db, { 1, 2, 6, 7 }), QString());
        QCOMPARE(importIncidentSalon(db), QString());
        QVERIFY(runSql(db,
            "UPDATE appointment_phases SET sync_status = 'synced', calcom_booking_uid = 'uid-' || id, "
            "calcom_booking_id = id WHERE id = 269"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(runSql(db,
                "INSERT INTO sync_attempts (phase_id, started_at, outcome, message) VALUES (?, ?, ?, ?)",
                { 269 + i, "2030-01-01T00:00:00Z", "synced", QString("attempt %1").arg(i) }));
        const QStringList phasesBefore = column(db,
            "SELECT id || ':' || appointment_id || ':' || sync_status || ':' || COALESCE(calcom_booking_uid, "
            "'') || ':' "
            "|| segment_key FROM appointment_phases ORDER BY id");
        const QStringList attemptsBefore
            = column(db, "SELECT id || ':' || phase_id || ':' || message FROM sync_attempts ORDER BY id");
        QVERIFY(phasesBefore.size() >= 15);

        Migrator migrator(db);
        const auto applied = migrator.migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error()));
        QVERIFY(*migrator.currentVersion() >= 3);

        QCOMPARE(column(db,
                     "SELECT id || ':' || appointment_id || ':' || sync_status || ':' || "
                     "COALESCE(calcom_booking_uid, '') "
                     "|| ':' || segment_key FROM appointment_phases ORDER BY id"),
            phasesBefore);
        QCOMPARE(column(db, "SELECT id || ':' || phase_id || ':' || message FROM sync_attempts ORDER BY id"),
            attemptsBefore);
        // The new state is accepted, nonsense still refused.
        QVERIFY(runSql(db, "UPDATE appointment_phases SET sync_status = 'cancelled' WHERE id = 271"));
        QVERIFY(!runSql(db, "UPDATE appointment_phases SET sync_status = 'bogus' WHERE id = 272"));
        QVERIFY(!runSql(db, "UPDATE appointment_phases SET ends_at = starts_at WHERE id = 272"));
        // sync_attempts still references the rebuilt table: no orphan possible, deletes cascade.
        QVERIFY(!runSql(db,
            "INSERT INTO sync_attempts (phase_id, started_at, outcome) VALUES (999999, "
            "'2030-01-01T00:00:00Z', 'x')"));
        QVERIFY(runSql(db, "DELETE FROM appointment_phases WHERE id = 270"));
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM sync_attempts WHERE phase_id = 270").toInt(), 0);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM sync_attempts").toInt(), 2);
        // Indexes are where they were, and the change triggers of 0004 (which replaced PostgreSQL's notify
        // trigger of 0002) are on the rebuilt table.
        const QStringList indexes = postgres
            ? column(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'appointment_phases'")
            : column(db,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'appointment_phases'");
        for (const char* name :
            { "idx_phases_appointment", "idx_phases_status_start", "idx_phases_staff", "idx_phases_updated" })
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
        if (postgres) {
            QCOMPARE(scalar(db, "SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'appointment_phases_changed'")
                         .toInt(),
                1);
        } else {
            QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
            QVERIFY(!db.tables().contains("appointment_phases_rebuilt"));
            QCOMPARE(scalar(db,
                         "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                         "'appointment_phases' AND name LIKE 'appointment_phases_changed_%'")
                         .toInt(),
                3);
        }
    }

    void oneUnfinishedChangePerAppointment()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const QSqlDatabase db = database->db();
        QCOMPARE(importIncidentSalon(db), QString());
        const QString insert
            = "INSERT INTO lifecycle_operations (kind, appointment_id, state, actor, created_at, "
              "updated_at) VALUES ('move', 763, ?, 'test', '2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z')";
        QVERIFY(runSql(db, insert, { "open" }));
        QVERIFY(!runSql(db, insert, { "undoing" }));
        QVERIFY(runSql(db, insert, { "done" }));
        QVERIFY(runSql(db, insert, { "undone" }));
        QVERIFY(!runSql(db, insert, { "sideways" }));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleMigration)
#include "tst_lifecycle_migration.moc"
