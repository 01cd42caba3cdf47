// The rehearsal's copy of the database on both backends: SQLite by VACUUM INTO, PostgreSQL by export and
// import into a new SQLite file plus the audit log and sync attempts; the copy holds the same dataset and
// history, the original is only read, and the difference between the two is what changed in the copy.
#include "IncidentDataset.h"
#include "TestDatabase.h"

#include "db/DatabaseConnection.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "db/SqlStatement.h"
#include "history/AuditWriter.h"
#include "io/DatasetReader.h"
#include "rehearsal/DatabaseCopyJob.h"
#include "rehearsal/DatabaseDiffJob.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::rehearsal;
using salon::test::scalar;
using salon::test::TestDatabase;

class TestDatabaseCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void copyHoldsTheSameDataAndHistory();
    void existingTargetIsRefused();
};

void TestDatabaseCopy::copyHoldsTheSameDataAndHistory()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto original = TestDatabase::create(backend, &error);
    QVERIFY2(original, qPrintable(error));
    QSqlDatabase db = original->db();
    QCOMPARE(test::importIncidentSalon(db), QString());
    QVERIFY(runSql(db,
        QStringLiteral(
            "INSERT INTO sync_attempts (phase_id, started_at, finished_at, http_status, outcome, message) "
            "VALUES (269, '2030-11-20T10:00:00.000Z', '2030-11-20T10:00:01.000Z', 400, 'failed', "
            "'parent')")));
    QVERIFY(history::AuditWriter(db, QStringLiteral("test"), {}, QStringLiteral("edit"))
                .write(QStringLiteral("update"), QStringLiteral("services:440"),
                    { { QStringLiteral("name"), QStringLiteral("a") } },
                    { { QStringLiteral("name"), QStringLiteral("b") } }));
    const int audits = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    const auto before = DatasetReader(db).read();
    QVERIFY(before);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    DatabaseWorker source(original->url());
    std::unique_ptr<DatabaseCopyJob> copy(new DatabaseCopyJob(&source, path));
    QVERIFY(copy->waitForFinished(60000));
    QVERIFY2(!copy->hasError(), qPrintable(copy->errorString()));

    auto opened = DatabaseConnection::open(DatabaseUrl::sqliteFile(path), QStringLiteral("copy-check"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    QSqlDatabase copyDb = (*opened)->db();
    QCOMPARE(*Migrator(copyDb).currentVersion(), Migrator(copyDb).latestVersion());
    const auto after = DatasetReader(copyDb).read();
    QVERIFY(after);
    QCOMPARE(after->staff, before->staff);
    QCOMPARE(after->services, before->services);
    QCOMPARE(after->eventMaps, before->eventMaps);
    QCOMPARE(after->appointments, before->appointments);
    QCOMPARE(scalar(copyDb, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits);
    QCOMPARE(scalar(copyDb, QStringLiteral("SELECT run_id FROM audit_log WHERE action = 'update'")),
        scalar(db, QStringLiteral("SELECT run_id FROM audit_log WHERE action = 'update'")));
    QCOMPARE(
        scalar(copyDb, QStringLiteral("SELECT message FROM sync_attempts WHERE phase_id = 269")).toString(),
        QStringLiteral("parent"));
    // The original was only read.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits);

    // What a rehearsal changes in the copy is what the report shows.
    QVERIFY(runSql(copyDb, QStringLiteral("UPDATE calcom_event_map SET event_type_id = 99 WHERE id = 1")));
    QVERIFY(runSql(
        copyDb, QStringLiteral("UPDATE appointment_phases SET sync_status = 'synced' WHERE id = 269")));
    DatabaseWorker copyWorker(DatabaseUrl::sqliteFile(path));
    std::unique_ptr<DatabaseDiffJob> diff(new DatabaseDiffJob(&source, &copyWorker));
    QVERIFY(diff->waitForFinished(60000));
    QVERIFY2(!diff->hasError(), qPrintable(diff->errorString()));
    QCOMPARE(diff->changes().size(), 2);
    QCOMPARE(diff->changes().at(0).kind, ChangeRecord::Kind::EventMap);
    QCOMPARE(diff->changes().at(1).kind, ChangeRecord::Kind::Phase);
}

void TestDatabaseCopy::existingTargetIsRefused()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto original = TestDatabase::create(backend, &error);
    QVERIFY2(original, qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    DatabaseWorker source(original->url());
    std::unique_ptr<DatabaseCopyJob> copy(new DatabaseCopyJob(&source, path));
    QVERIFY(copy->waitForFinished(10000));
    QVERIFY(copy->hasError());
    QVERIFY2(copy->errorString().contains(path), qPrintable(copy->errorString()));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
