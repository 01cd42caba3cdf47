// The sync engine when the run, not the phase, is the problem: a database write that fails after Cal.com
// booked (full disk, locked file), a refused key, phases other runs hold, a phase that was booked before,
// and a phase another run synced meanwhile. Both backends, against the sandbox.
#include "SyncSandbox.h"

#include "db/DatabaseConnection.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "sync/SyncBatch.h"

#include <QtTest>

using namespace salon;
using namespace salon::sync;
using salon::test::scalar;
using salon::test::SyncSandbox;

namespace
{

const PhaseResult* resultOf(const SyncBatch& batch, qint64 phaseId)
{
    return batch.report().find(phaseId);
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// Makes every UPDATE of phase 269 that matches `when` fail as a full disk would: SQLite's own text, and on
// PostgreSQL the disk_full SQLSTATE.
bool failUpdatesAsDiskFull(const QSqlDatabase& db, const QString& when)
{
    if (isPostgres(db)) {
        return runSql(db,
                   QStringLiteral("CREATE FUNCTION test_disk_full() RETURNS trigger AS $$ BEGIN "
                                  "RAISE EXCEPTION 'could not extend file: No space left on device' "
                                  "USING ERRCODE = 'disk_full'; END $$ LANGUAGE plpgsql"))
            && runSql(db,
                QStringLiteral(
                    "CREATE TRIGGER test_disk_full BEFORE UPDATE ON appointment_phases FOR EACH ROW "
                    "WHEN (OLD.id = 269 AND %1) EXECUTE FUNCTION test_disk_full()")
                    .arg(when));
    }
    return bool(runSql(db,
        QStringLiteral("CREATE TRIGGER test_disk_full BEFORE UPDATE ON appointment_phases "
                       "WHEN OLD.id = 269 AND %1 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
            .arg(when)));
}

bool dropDiskFull(const QSqlDatabase& db)
{
    return bool(runSql(db,
        QStringLiteral("DROP TRIGGER test_disk_full")
            + (isPostgres(db) ? QStringLiteral(" ON appointment_phases") : QString())));
}

} // namespace

class TestSyncSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }

    void bookingThatCannotBeStoredLeavesTheAttemptUnclear()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(failUpdatesAsDiskFull(s->db(), QStringLiteral("NEW.sync_status = 'synced'")));

        SyncOptions options = s->options();
        auto batch = s->runBatch({ SyncSandbox::kAppointment }, options);
        QVERIFY(batch);
        const PhaseResult* r = resultOf(*batch, 269);
        QCOMPARE(r->stage, PhaseStage::Failed);
        QCOMPARE(s->bookingsOf(269).size(), 1); // Cal.com booked
        // The cause by name, the booking, and what the next run does.
        QVERIFY2(r->message.contains(QLatin1String("disk")) && r->message.contains(QLatin1String("full")),
            qPrintable(r->message));
        QVERIFY2(r->message.contains(QString::number(r->bookingId)), qPrintable(r->message));
        QVERIFY2(r->message.contains(QLatin1String("next sync finds this booking")), qPrintable(r->message));
        // Consistent: failed, no claim left, the attempt unclear, so the next run asks Cal.com first.
        QCOMPARE(s->status(269), QStringLiteral("failed"));
        QVERIFY(s->column(269, QStringLiteral("sync_claim_token")).isNull());
        QCOMPARE(s->outcomes(269).last(), QStringLiteral("unclear"));
        QCOMPARE(s->status(271), QStringLiteral("synced")); // the other phases were stored

        QVERIFY(dropDiskFull(s->db()));
        const int postsBefore = s->posts();
        auto retry = s->runBatch({ SyncSandbox::kAppointment }, options);
        QVERIFY(retry);
        QCOMPARE(resultOf(*retry, 269)->stage, PhaseStage::Synced);
        QVERIFY(resultOf(*retry, 269)->recovered);
        QCOMPARE(s->posts(), postsBefore);
        QCOMPARE(s->bookingsOf(269).size(), 1);
    }

    void phaseThatCannotBeWrittenAtAllStaysHeldAndIsRecovered()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // Once claimed, nothing about the phase can be written any more.
        QVERIFY(failUpdatesAsDiskFull(
            s->db(), QStringLiteral("OLD.sync_status = 'syncing' AND NEW.sync_claim_token IS NULL")));

        auto batch = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(batch);
        const PhaseResult* r = resultOf(*batch, 269);
        QCOMPARE(r->stage, PhaseStage::Failed);
        QCOMPARE(s->bookingsOf(269).size(), 1);
        QVERIFY2(r->message.contains(QLatin1String("stays 'syncing'")), qPrintable(r->message));
        QVERIFY2(r->message.contains(QLatin1String("15 minute")), qPrintable(r->message));
        QCOMPARE(s->status(269), QStringLiteral("syncing"));
        QCOMPARE(s->outcomes(269).last(), QStringLiteral("posting"));

        // The next run after the crash window takes the claim over, finds the booking, posts nothing.
        QVERIFY(dropDiskFull(s->db()));
        SyncOptions takeOver = s->options();
        takeOver.staleClaimAfterSeconds = 0;
        const int postsBefore = s->posts();
        auto next = std::make_unique<SyncBatch>(s->worker(), s->client(), SyncSandbox::kTeamId, takeOver);
        QVERIFY(next->addOutstanding(true, true));
        next->start();
        QVERIFY(next->waitForFinished(60000));
        QCOMPARE(resultOf(*next, 269)->stage, PhaseStage::Synced);
        QVERIFY(resultOf(*next, 269)->recovered);
        QCOMPARE(s->posts(), postsBefore);
        QCOMPARE(s->bookingsOf(269).size(), 1);
    }

    void lockedDatabaseIsNamedAsSuch()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite's file lock; PostgreSQL waits for row locks instead (no busy timeout)");
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        auto other = DatabaseConnection::open(s->database().url(), QStringLiteral("locker"));
        QVERIFY(other);
        s->server().options().latencyMs = 300;

        SyncOptions options = s->options();
        options.concurrency = 1;
        SyncBatch batch(s->worker(), s->client(), SyncSandbox::kTeamId, options);
        batch.addPhases({ 269 });
        // Another program takes the write lock while the POST is on its way.
        connect(&batch, &SyncBatch::phaseStageChanged, this, [&](qint64, PhaseStage stage) {
            if (stage == PhaseStage::Booking)
                QVERIFY(runSql((*other)->db(), QStringLiteral("BEGIN IMMEDIATE")));
        });
        batch.start();
        QVERIFY(batch.waitForFinished(60000));
        QVERIFY(runSql((*other)->db(), QStringLiteral("ROLLBACK")));
        const PhaseResult* r = resultOf(batch, 269);
        QCOMPARE(r->stage, PhaseStage::Failed);
        QVERIFY2(r->message.contains(QLatin1String("locked by another program")), qPrintable(r->message));
        QVERIFY2(!r->message.contains(QLatin1String("Unable to fetch row")), qPrintable(r->message));
        QCOMPARE(s->bookingsOf(269).size(), 1);
        QCOMPARE(s->status(269), QStringLiteral("syncing")); // nothing could be written
        QVERIFY2(r->message.contains(QLatin1String("takes the claim over")), qPrintable(r->message));
    }

    void unusableDatabaseStopsTheRunBeforeAnyPost()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // The claim of the first phase cannot be written: every other claim would fail the same way.
        QVERIFY(failUpdatesAsDiskFull(s->db(), QStringLiteral("NEW.sync_status = 'syncing'")));
        SyncOptions options = s->options();
        options.concurrency = 1;
        SyncBatch batch(s->worker(), s->client(), SyncSandbox::kTeamId, options);
        batch.addPhases(SyncSandbox::kStaffPhases);
        batch.start();
        QVERIFY(batch.waitForFinished(60000));
        QVERIFY2(
            batch.report().runError.contains(QLatin1String("disk")), qPrintable(batch.report().runError));
        QCOMPARE(batch.report().count(PhaseStage::Failed), 0);
        QCOMPARE(batch.report().count(PhaseStage::Cancelled), 4);
        QCOMPARE(s->posts(), 0);
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT COUNT(*) FROM sync_attempts")).toInt(), 0);
        QVERIFY(resultOf(batch, 271)->message.startsWith(QLatin1String("Not started: the run stopped")));
    }

    void resetConnectionSaysWhatBroke()
    {
        // Qt's text for a connection reset mid-answer can be just "Unknown error".
        const auto error = calcom::CalcomError::fromNetwork(QNetworkReply::RemoteHostClosedError,
            QStringLiteral("Unknown error"), false, QStringLiteral("POST"), QStringLiteral("/bookings"));
        const SyncErrorAdvice advice = SyncErrorAdvice::forCalcomError(error, true);
        QVERIFY2(!advice.message.contains(QLatin1String("Unknown error")), qPrintable(advice.message));
        QVERIFY2(advice.message.contains(QLatin1String("closed the connection")), qPrintable(advice.message));
        QVERIFY(!error.userMessage().contains(QLatin1String("Unknown error")));
    }

    void refusedKeyStopsTheRunAndLeavesPhasesAsTheyWere()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // Three more pending appointments: they must stay pending.
        for (int i = 0; i < 3; ++i)
            QVERIFY(s->insertAppointment(
                910 + i, 9100 + i, QDateTime(QDate(2030, 11, 26), QTime(9 + i, 0), Qt::UTC)));
        QStringList before;
        auto statuses = [&] {
            QStringList list;
            // Staff phases: a processing gap may be marked skipped before the key is ever used.
            auto q = runSql(s->db(),
                QStringLiteral(
                    "SELECT id, sync_status FROM appointment_phases WHERE staff_required = ? ORDER BY id"),
                { true });
            while (q && q->next())
                list << q->value(0).toString() + QLatin1Char('=') + q->value(1).toString();
            return list;
        };
        before = statuses();

        auto wrongKey = s->newClient(QStringLiteral("cal_wrong_key"));
        SyncOptions options = s->options();
        options.concurrency = 1;
        SyncBatch batch(s->worker(), wrongKey.get(), SyncSandbox::kTeamId, options);
        QVERIFY(batch.addOutstanding(true, true));
        QVERIFY(batch.total() >= 7);
        batch.start();
        QVERIFY(batch.waitForFinished(60000));

        QVERIFY2(
            batch.report().runError.contains(QLatin1String("API key")), qPrintable(batch.report().runError));
        QVERIFY(!batch.report().allOk());
        QCOMPARE(batch.report().count(PhaseStage::Failed), 0);
        QCOMPARE(statuses(), before);
        QCOMPARE(s->posts(), 0);
        QCOMPARE(
            scalar(s->db(),
                QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE sync_claim_token IS NOT NULL"))
                .toInt(),
            0);
        QVERIFY(batch.report()
                    .toJson()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("API key")));
    }

    void phasesHeldElsewhereAreReportedWithTheirTime()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        const QDateTime claimedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
        QVERIFY(runSql(s->db(),
            QStringLiteral(
                "UPDATE appointment_phases SET sync_status = 'syncing', sync_claim_token = 'other', "
                "updated_at = ? WHERE id IN (269, 271)"),
            { toSqlTime(claimedAt) }));
        SyncBatch batch(s->worker(), s->client(), SyncSandbox::kTeamId, s->options());
        QVERIFY(batch.addOutstanding(false, true)); // --failed: the held ones come along all the same
        QVERIFY(batch.phaseIds().contains(269) && batch.phaseIds().contains(271));
        batch.start();
        QVERIFY(batch.waitForFinished(60000));
        QCOMPARE(batch.report().count(PhaseStage::Busy), 2);
        QVERIFY(!batch.report().allOk());
        const PhaseResult* r = resultOf(batch, 269);
        QCOMPARE(r->stage, PhaseStage::Busy);
        QVERIFY(qAbs(r->heldSince.secsTo(claimedAt)) <= 1);
        QVERIFY2(r->message.contains(claimedAt.toString(QStringLiteral("HH:mm"))), qPrintable(r->message));
        const QJsonObject json = batch.report().toJson();
        QCOMPARE(json.value(QStringLiteral("busy")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(json.contains(QStringLiteral("heldSince")));
        QCOMPARE(s->status(269), QStringLiteral("syncing")); // not taken over: the claim is fresh
    }

    void phaseBookedBeforeIsLookedUpBeforeAnyPost()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(s->runBatch({ SyncSandbox::kAppointment }, s->options())->report().allOk());
        QCOMPARE(s->bookingsOf(269).size(), 1);
        // An import that replaced the sync state: the link is gone, the attempts remember the booking.
        QVERIFY(runSql(s->db(),
            QStringLiteral("UPDATE appointment_phases SET sync_status = 'pending', calcom_booking_id = NULL, "
                           "calcom_booking_uid = NULL WHERE appointment_id = ? AND staff_required = ?"),
            { SyncSandbox::kAppointment, true }));
        const int postsBefore = s->posts();
        auto again = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(again);
        QVERIFY2(again->report().allOk(), qPrintable(again->report().summary()));
        QCOMPARE(s->posts(), postsBefore);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            QVERIFY(resultOf(*again, id)->recovered);
            QCOMPARE(s->bookingsOf(id).size(), 1);
        }
    }

    void phaseSyncedByAnotherRunIsNotAFailure()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        SyncOptions options = s->options();
        options.concurrency = 1;
        SyncBatch batch(s->worker(), s->client(), SyncSandbox::kTeamId, options);
        batch.addPhases({ 269 });
        // While this run looks up the event type, another run (which had taken the claim over) syncs it.
        connect(&batch, &SyncBatch::phaseStageChanged, this, [&](qint64, PhaseStage stage) {
            if (stage == PhaseStage::Resolving)
                QVERIFY(runSql(s->db(),
                    QStringLiteral(
                        "UPDATE appointment_phases SET sync_status = 'synced', calcom_booking_id = 777, "
                        "calcom_booking_uid = 'other-run', sync_claim_token = NULL WHERE id = 269")));
        });
        batch.start();
        QVERIFY(batch.waitForFinished(60000));
        const PhaseResult* r = resultOf(batch, 269);
        QCOMPARE(r->stage, PhaseStage::Synced);
        QVERIFY2(r->message.contains(QLatin1String("another run")), qPrintable(r->message));
        QVERIFY2(!r->message.contains(QLatin1String("no longer held")), qPrintable(r->message));
        QCOMPARE(s->posts(), 0);
        QVERIFY(batch.report().allOk());
    }
};

QTEST_GUILESS_MAIN(TestSyncSafety)
#include "tst_sync_safety.moc"
