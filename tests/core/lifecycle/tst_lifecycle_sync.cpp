// The sync engine and the lifecycle (core/sync AppointmentBookingCheck, BookingCompensation) on both
// backends: appointments that are not bookable are never booked; a first booking is checked as a whole
// (one step busy -> none booked, the step named); a step that fails after others were booked in the same
// run makes those be cancelled again, unless the admin keeps partial bookings.
#include "LifecycleSandbox.h"

#include "db/SqlStatement.h"
#include "sync/SyncBatch.h"

#include <QtTest>

using namespace salon;
using namespace salon::sync;
using salon::test::LifecycleSandbox;

class TestLifecycleSync : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

    std::unique_ptr<SyncBatch> sync(SyncOptions options = {})
    {
        options.actor = "test";
        return m_s->sync().runBatch({ 763 }, options);
    }
    int liveBookings() const
    {
        int n = 0;
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            n += int(m_s->live(p).size());
        return n;
    }

private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_s = LifecycleSandbox::create(backend, &error);
        QVERIFY2(m_s, qPrintable(error));
        m_s->server().log().clear();
    }
    void cleanup() { m_s.reset(); }

    void notBookableAppointmentsAreNeverBooked_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("cancelled") << "cancelled";
        QTest::newRow("completed") << "completed";
        QTest::newRow("no show") << "no_show";
        QTest::newRow("unknown") << "tentative";
    }

    void notBookableAppointmentsAreNeverBooked()
    {
        QFETCH(QString, status);
        // The reproduction: an imported appointment with this status and pending phases.
        QVERIFY(runSql(m_s->db(), "UPDATE appointments SET status = ? WHERE id = 763", { status }));
        QVERIFY(runSql(m_s->db(),
            "UPDATE appointment_phases SET sync_status = 'pending' WHERE appointment_id = 763 "
            "AND staff_required = ?",
            { true }));
        auto batch = sync();
        QVERIFY(batch);
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 0);
        QCOMPARE(liveBookings(), 0);
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            const PhaseResult* r = batch->report().find(p);
            QVERIFY(r);
            QCOMPARE(r->stage, PhaseStage::Skipped);
            QVERIFY2(r->message.contains("Not booked"), qPrintable(r->message));
            QCOMPARE(m_s->status(p), QStringLiteral("pending"));
        }
        // The outstanding-phases run (`sync` without --appointment) books none of them either.
        SyncBatch all(m_s->worker(), m_s->client(), 12345, m_s->sync().options());
        QVERIFY(all.addOutstanding(true, true));
        all.start();
        QVERIFY(all.waitForFinished(60000));
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), all.report().count(PhaseStage::Synced));
        QCOMPARE(liveBookings(), 0);
    }

    void aFirstBookingWithABusyStepBooksNone()
    {
        m_s->block(LifecycleSandbox::kFabian2User, m_s->phaseStart(LifecycleSandbox::kC), 30);
        auto batch = sync();
        QVERIFY(batch);
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 0);
        QCOMPARE(liveBookings(), 0);
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->status(p), QStringLiteral("failed"));
            const QString error = m_s->column(p, "sync_error").toString();
            QVERIFY2(
                error.contains("step C") && error.contains("None of appointment 763"), qPrintable(error));
        }
        QVERIFY(batch->report().anyFailed());
    }

    void aFirstBookingThatIsFreeBooksEveryStep()
    {
        auto batch = sync();
        QVERIFY(batch->report().allOk());
        QCOMPARE(liveBookings(), 4);
        QCOMPARE(m_s->requests("GET", "^/v2/slots$"), 4);
    }

    void aStepFailingAfterOthersWereBookedCancelsThem()
    {
        // Unchecked (the check is off here), step D is busy: A, B and C get booked, D fails.
        m_s->block(LifecycleSandbox::kFabian2User, m_s->phaseStart(LifecycleSandbox::kD), 30);
        SyncOptions options;
        options.checkAppointmentFirst = false;
        auto batch = sync(options);
        QVERIFY(batch);
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 4);
        QCOMPARE(liveBookings(), 0);
        for (qint64 p : { LifecycleSandbox::kA, LifecycleSandbox::kB, LifecycleSandbox::kC }) {
            QCOMPARE(m_s->status(p), QStringLiteral("pending"));
            QVERIFY2(m_s->column(p, "sync_error").toString().contains("cancelled again"),
                qPrintable(m_s->column(p, "sync_error").toString()));
            QCOMPARE(batch->report().find(p)->stage, PhaseStage::Failed);
        }
        QCOMPARE(m_s->status(LifecycleSandbox::kD), QStringLiteral("failed"));
        QCOMPARE(
            m_s->count(
                "SELECT COUNT(*) FROM lifecycle_operations WHERE kind = 'compensate' AND state = 'done'"),
            1);
    }

    void aPartialBookingIsKeptWhenAsked()
    {
        m_s->block(LifecycleSandbox::kFabian2User, m_s->phaseStart(LifecycleSandbox::kD), 30);
        SyncOptions options;
        options.checkAppointmentFirst = false;
        options.keepPartialBookings = true;
        auto batch = sync(options);
        QVERIFY(batch);
        QCOMPARE(liveBookings(), 3);
        QCOMPARE(m_s->status(LifecycleSandbox::kA), QStringLiteral("synced"));
        QCOMPARE(m_s->status(LifecycleSandbox::kD), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleSync)
#include "tst_lifecycle_sync.moc"
