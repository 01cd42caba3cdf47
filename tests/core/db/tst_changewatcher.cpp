// The change watcher on both backends: rows changed by this process and by others are reported with their
// keys and parent keys, once each, within moments; bulk writes and a watcher that fell behind become
// whole-table or "everything" changes instead of lost ones.
#include "TestDatabase.h"
#include "db/ChangeWatcher.h"
#include "db/SqlStatement.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace salon;
using namespace salon::test;

namespace
{
const QString kNow = QStringLiteral("2030-01-01T00:00:00.000Z");

bool exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto q = runSql(db, sql, values);
    if (!q)
        qWarning() << sql << q.error();
    return q.has_value();
}

bool seed(const QSqlDatabase& db)
{
    return exec(db, QStringLiteral("INSERT INTO services (id, name, duration_minutes) VALUES (1, 'Cut', 30)"))
        && exec(db,
            QStringLiteral(
                "INSERT INTO staff (id, name) VALUES ('9f47fda1-0000-4000-8000-000000000001', 'F')"))
        && exec(db,
            QStringLiteral("INSERT INTO appointments (id, service_id, customer_name, starts_at, created_at) "
                           "VALUES (7, 1, 'A', ?, ?)"),
            { kNow, kNow })
        && exec(db,
            QStringLiteral("INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_required, "
                           "starts_at, ends_at, updated_at) VALUES (70, 7, 'A', ?, ?, ?, ?)"),
            { false, kNow, QStringLiteral("2030-01-01T00:30:00.000Z"), kNow });
}

// Everything reported so far, merged.
// A watcher reports one "everything" as it starts (writes between a page's first read and its cursor are
// not lost); takes that one from the spy.
bool startedWithEverything(QSignalSpy& changed)
{
    return changed.size() == 1 && changed.takeFirst().first().value<ChangeSet>().isEverything();
}

ChangeSet merged(const QSignalSpy& spy)
{
    ChangeSet all;
    for (const QList<QVariant>& args : spy)
        all.merge(args.first().value<ChangeSet>());
    return all;
}

// A connection this process's commit counter does not see: to the watcher it is another program.
struct ForeignConnection {
    explicit ForeignConnection(const DatabaseUrl& url)
    {
        db = QSqlDatabase::addDatabase(url.driverName(), name);
        db.setDatabaseName(url.isSqlite() ? url.path() : url.databaseName());
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.user());
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        db.open();
    }
    ~ForeignConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QString name = QStringLiteral("foreign");
    QSqlDatabase db;
};
} // namespace

class TestChangeWatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void reportsRowsWithKeysAndParents()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(seed(database->db()));

        ChangeWatcher watcher(database->url());
        watcher.setPollIntervalMs(60000); // this process's commits are seen without polling
        watcher.setCoalesceMs(10);
        QSignalSpy watching(&watcher, &ChangeWatcher::watching);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(watching.wait(10000));
        QVERIFY(startedWithEverything(changed));
        QCOMPARE(watcher.usesNotifications(), backend == QLatin1String("postgresql"));

        // What happened before the start is old news.
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);

        QVERIFY(exec(database->db(),
            QStringLiteral("UPDATE appointment_phases SET sync_status = 'skipped' WHERE id = 70")));
        QTRY_VERIFY_WITH_TIMEOUT(merged(changed).touches(QStringLiteral("appointment_phases")), 3000);
        ChangeSet seen = merged(changed);
        QCOMPARE(seen.keys(QStringLiteral("appointment_phases")), QSet<QString> { QStringLiteral("70") });
        QCOMPARE(
            seen.parentKeys(QStringLiteral("appointment_phases")), QSet<QString> { QStringLiteral("7") });
        QVERIFY(!seen.touches(QStringLiteral("appointments")));

        // Each change once: nothing more arrives for it.
        const qsizetype after = changed.size();
        QTest::qWait(200);
        QCOMPARE(changed.size(), after);

        // A composite key, and a delete.
        changed.clear();
        QVERIFY(exec(database->db(),
            QStringLiteral("INSERT INTO service_staff (service_id, staff_id) VALUES (1, "
                           "'9f47fda1-0000-4000-8000-000000000001')")));
        QVERIFY(exec(database->db(), QStringLiteral("DELETE FROM appointments WHERE id = 7")));
        QTRY_VERIFY_WITH_TIMEOUT(merged(changed).touches(QStringLiteral("appointments")), 3000);
        seen = merged(changed);
        QCOMPARE(seen.keys(QStringLiteral("service_staff")),
            QSet<QString> { QStringLiteral("1/9f47fda1-0000-4000-8000-000000000001") });
        QCOMPARE(seen.parentKeys(QStringLiteral("service_staff")), QSet<QString> { QStringLiteral("1") });
        QCOMPARE(seen.keys(QStringLiteral("appointments")), QSet<QString> { QStringLiteral("7") });
        // The cascade removed the phase too.
        QTRY_VERIFY_WITH_TIMEOUT(
            merged(changed).keys(QStringLiteral("appointment_phases")).contains(QStringLiteral("70")), 3000);
    }

    void reportsWritesOfOtherProcesses()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(seed(database->db()));
        ChangeWatcher watcher(database->url());
        watcher.setPollIntervalMs(100);
        watcher.setCoalesceMs(10);
        QSignalSpy watching(&watcher, &ChangeWatcher::watching);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(watching.wait(10000));
        QVERIFY(startedWithEverything(changed));

        ForeignConnection other(database->url());
        QVERIFY2(other.db.isOpen(), qPrintable(other.db.lastError().text()));
        QSqlQuery update(other.db);
        QVERIFY(update.exec(QStringLiteral("UPDATE services SET name = 'Cut 100%' WHERE id = 1")));
        QTRY_VERIFY_WITH_TIMEOUT(
            merged(changed).keys(QStringLiteral("services")).contains(QStringLiteral("1")), 3000);
    }

    void bulkWritesBecomeWholeTables()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(seed(database->db()));
        ChangeWatcher watcher(database->url());
        watcher.setPollIntervalMs(100);
        watcher.setCoalesceMs(50);
        QSignalSpy watching(&watcher, &ChangeWatcher::watching);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(watching.wait(10000));
        QVERIFY(startedWithEverything(changed));

        QVERIFY(database->db().transaction());
        for (int id = 1000; id < 1000 + ChangeSet::kMaxRowsPerTable + 10; ++id)
            QVERIFY(exec(database->db(),
                QStringLiteral("INSERT INTO appointments (id, service_id, customer_name, starts_at, "
                               "created_at) VALUES (?, 1, 'B', ?, ?)"),
                { id, kNow, kNow }));
        QVERIFY(database->db().commit());
        QTRY_VERIFY_WITH_TIMEOUT(merged(changed).isWholeTable(QStringLiteral("appointments")), 10000);
        QVERIFY(!merged(changed).isWholeTable(QStringLiteral("services")));
    }

    void aWatcherThatFellBehindReportsEverything()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("PostgreSQL delivers every notification; nothing is pruned");
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(seed(database->db()));
        ChangeWatcher watcher(database->url());
        watcher.setPollIntervalMs(400);
        watcher.setCoalesceMs(10);
        QSignalSpy watching(&watcher, &ChangeWatcher::watching);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(watching.wait(10000));
        QVERIFY(startedWithEverything(changed));

        // Another program writes and the oldest entries are pruned before the watcher looks.
        ForeignConnection other(database->url());
        QSqlQuery q(other.db);
        QVERIFY(other.db.transaction());
        QVERIFY(q.exec(QStringLiteral("UPDATE services SET name = 'x' WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("UPDATE services SET name = 'y' WHERE id = 1")));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM change_log WHERE id = (SELECT MAX(id) - 1 FROM change_log)")));
        QVERIFY(other.db.commit());
        QTRY_VERIFY_WITH_TIMEOUT(merged(changed).isEverything(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
