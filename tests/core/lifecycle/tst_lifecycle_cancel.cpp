// Cancel an appointment in Cal.com (core/lifecycle) on both backends against the in-process sandbox: every
// booked step cancelled with the reason, the appointment and steps cancelled in the database, idempotent,
// "cancelled already" and a replaced booking handled, a step Cal.com cannot take now owed and finished by
// the next run, and a crash between the recorded intent and the request finished by the next run.
#include "LifecycleSandbox.h"

#include "db/SqlStatement.h"
#include "lifecycle/CancelAppointmentsJob.h"
#include "lifecycle/FinishOwedWorkJob.h"
#include "lifecycle/LifecycleRepository.h"

#include <QtTest>

using namespace salon;
using namespace salon::lifecycle;
using salon::test::LifecycleSandbox;

class TestLifecycleCancel : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

    std::unique_ptr<CancelAppointmentsJob> cancel(const QString& reason = QStringLiteral("Kundin krank"))
    {
        return m_s->run(
            new CancelAppointmentsJob(m_s->worker(), m_s->client(), 12345, { 763 }, reason, m_s->options()));
    }
    QStringList uids() const
    {
        QStringList list;
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            list << m_s->column(p, QStringLiteral("calcom_booking_uid")).toString();
        return list;
    }

private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_s = LifecycleSandbox::create(backend, &error);
        QVERIFY2(m_s, qPrintable(error));
        QVERIFY(m_s->book());
    }
    void cleanup() { m_s.reset(); }

    void cancelsEveryBookedStepAndTheAppointment()
    {
        const QStringList booked = uids();
        auto job = cancel();
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->status(p), QStringLiteral("cancelled"));
            QVERIFY(m_s->live(p).isEmpty());
        }
        QCOMPARE(m_s->status(LifecycleSandbox::kGap), QStringLiteral("skipped"));
        for (const QString& uid : booked) {
            const QJsonObject b = m_s->booking(uid);
            QCOMPARE(b.value("status").toString(), QStringLiteral("cancelled"));
            QCOMPARE(b.value("cancellationReason").toString(), QStringLiteral("Kundin krank"));
        }
        // The history keeps the cancelled uid on the phase and in the step rows; one audit row per step.
        QCOMPARE(uids(), booked);
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM audit_log WHERE action = 'phase.cancelled'"), 4);
        QCOMPARE(
            m_s->count("SELECT COUNT(*) FROM lifecycle_steps WHERE action = 'cancel' AND state = 'done'"), 4);
    }

    // The admin changes their mind: the status set back to 'scheduled' (here by SQL, as a table edit or an
    // import writes it) makes the cancelled steps pending again, and the next sync books each once more.
    void scheduledAgainBooksTheCancelledStepsAgain()
    {
        const QStringList booked = uids();
        QVERIFY(!cancel()->hasError());
        QVERIFY(runSql(m_s->db(), "UPDATE appointments SET status = 'scheduled' WHERE id = 763"));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->status(p), QStringLiteral("pending"));
            QVERIFY(m_s->column(p, QStringLiteral("calcom_booking_uid")).isNull());
        }
        QCOMPARE(m_s->status(LifecycleSandbox::kGap), QStringLiteral("skipped"));
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM audit_log WHERE action = 'phase.reinstated' "
                            "AND before_json LIKE '%cancelled%'"),
            4);
        QVERIFY(m_s->book());
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->live(p).size(), 1);
            QVERIFY(!booked.contains(m_s->column(p, QStringLiteral("calcom_booking_uid")).toString()));
        }
        // Only cancelled -> scheduled reinstates: a second status write leaves the synced steps alone.
        QVERIFY(runSql(m_s->db(), "UPDATE appointments SET status = 'scheduled' WHERE id = 763"));
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QCOMPARE(m_s->status(p), QStringLiteral("synced"));
    }

    void emptyReasonSendsTheDefault()
    {
        const QStringList booked = uids();
        auto job = cancel(QString());
        QVERIFY(job->report().allOk());
        QCOMPARE(m_s->booking(booked.first()).value("cancellationReason").toString(),
            CancelAppointmentsJob::defaultReason());
    }

    void cancellingTwiceIsHarmless()
    {
        QVERIFY(cancel()->report().allOk());
        const int cancels = m_s->requests("POST", "/cancel$");
        QCOMPARE(cancels, 4);
        auto again = cancel();
        QVERIFY2(again->report().allOk(), qPrintable(again->report().summary()));
        QCOMPARE(again->report().appointments.first().result, AppointmentOutcome::Result::NothingToDo);
        QCOMPARE(m_s->requests("POST", "/cancel$"), cancels);
    }

    void cancelledAlreadyInCalcomCountsAsDone()
    {
        const QString first = uids().first();
        std::unique_ptr<calcom::CalcomReply<calcom::Booking>> direct(
            m_s->client()->cancelBooking(first, "im Salon abgesagt"));
        QVERIFY(direct->waitForFinished(10000) && !direct->hasError());
        auto job = cancel();
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        QCOMPARE(m_s->status(LifecycleSandbox::kA), QStringLiteral("cancelled"));
        // The "cancelled already" answer was checked with a GET, not taken on faith.
        QVERIFY(m_s->requests("GET", "/bookings/" + first + "$") >= 1);
    }

    void aReplacedBookingIsFollowedToTheLiveOne()
    {
        const QString old = uids().first();
        calcom::RescheduleInput input;
        input.start = m_s->phaseStart(LifecycleSandbox::kA).addDays(1);
        std::unique_ptr<calcom::CalcomReply<calcom::Booking>> moved(
            m_s->client()->rescheduleBooking(old, input));
        QVERIFY(moved->waitForFinished(10000) && !moved->hasError());
        const QString replacement = moved->result().uid;
        QCOMPARE(m_s->live(LifecycleSandbox::kA).size(), 1);
        auto job = cancel();
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        QCOMPARE(m_s->booking(replacement).value("status").toString(), QStringLiteral("cancelled"));
        QVERIFY(m_s->live(LifecycleSandbox::kA).isEmpty());
    }

    void aCancelCalcomCannotTakeIsOwedAndFinishedLater()
    {
        const QString stubborn = uids().at(2); // step C
        m_s->server().faults().scriptNext(sandbox::FaultKind::Error500, 50, stubborn + "/cancel", "POST");
        auto job = cancel();
        QVERIFY(!job->hasError());
        QCOMPARE(job->report().appointments.first().result, AppointmentOutcome::Result::Owed);
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled")); // cancelled at once, Cal.com owed
        QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("synced"));
        QVERIFY2(m_s->column(LifecycleSandbox::kC, "sync_error").toString().contains("Owed"),
            qPrintable(m_s->column(LifecycleSandbox::kC, "sync_error").toString()));
        QCOMPARE(m_s->live(LifecycleSandbox::kC).size(), 1);
        QCOMPARE(m_s->status(LifecycleSandbox::kD), QStringLiteral("cancelled"));
        QCOMPARE(
            m_s->count(
                "SELECT COUNT(*) FROM lifecycle_operations WHERE state = 'open' AND claim_token IS NULL"),
            1);

        m_s->server().faults().clear();
        auto next = m_s->run(new FinishOwedWorkJob(m_s->worker(), m_s->client(), 12345, m_s->options()));
        QVERIFY(!next->hasError());
        QCOMPARE(next->report().resumed.size(), 1);
        QCOMPARE(next->report().resumed.first().result, AppointmentOutcome::Result::Done);
        QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("cancelled"));
        QVERIFY(m_s->live(LifecycleSandbox::kC).isEmpty());
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM lifecycle_operations WHERE state = 'open'"), 0);
    }

    void aCrashBetweenIntentAndRequestIsFinishedByTheNextRun_data()
    {
        QTest::addColumn<bool>("requestWentOut");
        QTest::newRow("crash before the request") << false;
        QTest::newRow("crash after the request, before its answer was stored") << true;
    }

    void aCrashBetweenIntentAndRequestIsFinishedByTheNextRun()
    {
        QFETCH(bool, requestWentOut);
        const QString uid = uids().first();
        // What a killed run leaves: the operation and its step recorded, the step marked sent.
        LifecycleRepository repository(m_s->db(), "test");
        LifecycleOperation op;
        op.kind = OperationKind::Cancel;
        op.appointmentId = 763;
        op.reason = "Kundin krank";
        op.afterStatus = "cancelled";
        LifecycleStep step;
        step.phaseId = LifecycleSandbox::kA;
        step.position = 1;
        step.action = StepAction::Cancel;
        step.oldBookingUid = uid;
        step.statusAfter = "cancelled";
        step.oldStartsAt = step.newStartsAt = m_s->phaseStart(LifecycleSandbox::kA);
        step.oldEndsAt = step.newEndsAt = step.oldStartsAt.addSecs(1800);
        op.steps = { step };
        auto created = repository.createOperation(op);
        QVERIFY2(created, qPrintable(created ? QString() : created.error()));
        QVERIFY(repository.stepSent(created->steps.first()));
        // ...held by a process of this host that is gone (kill -9): the next run takes over at once.
        QVERIFY(
            runSql(m_s->db(), "UPDATE lifecycle_operations SET claim_token = ?", { test::deadClaimToken() }));
        if (requestWentOut) {
            std::unique_ptr<calcom::CalcomReply<calcom::Booking>> sent(
                m_s->client()->cancelBooking(uid, "Kundin krank"));
            QVERIFY(sent->waitForFinished(10000) && !sent->hasError());
        }
        const int cancelsBefore = m_s->requests("POST", "/cancel$");

        auto next = m_s->run(new FinishOwedWorkJob(m_s->worker(), m_s->client(), 12345, m_s->options()));
        QVERIFY(!next->hasError());
        QCOMPARE(next->report().resumed.size(), 1);
        QCOMPARE(next->report().resumed.first().result, AppointmentOutcome::Result::Done);
        QCOMPARE(m_s->status(LifecycleSandbox::kA), QStringLiteral("cancelled"));
        QCOMPARE(m_s->booking(uid).value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_s->requests("POST", "/cancel$"), cancelsBefore + 1);
    }

    void aPhaseInDoubtIsFoundByItsPhaseId()
    {
        // Phase A was booked by a POST whose answer was lost: Cal.com has it, the database does not.
        const QString uid = uids().first();
        QSqlQuery q(m_s->db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE appointment_phases SET sync_status = 'failed', calcom_booking_uid = NULL, "
                           "calcom_booking_id = NULL WHERE id = %1")
                .arg(LifecycleSandbox::kA)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_attempts (phase_id, started_at, outcome) VALUES (%1, "
                                      "'2030-01-01T00:00:00.000Z', 'unclear')")
                           .arg(LifecycleSandbox::kA)));
        auto job = cancel();
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        QCOMPARE(m_s->booking(uid).value("status").toString(), QStringLiteral("cancelled"));
        QVERIFY(m_s->live(LifecycleSandbox::kA).isEmpty());
        QCOMPARE(m_s->status(LifecycleSandbox::kA), QStringLiteral("cancelled"));
    }

    void dryRunChangesNothing()
    {
        LifecycleOptions options = m_s->options();
        options.dryRun = true;
        auto job
            = m_s->run(new CancelAppointmentsJob(m_s->worker(), m_s->client(), 12345, { 763 }, {}, options));
        QVERIFY(job->report().allOk());
        QCOMPARE(job->plans().first().calcomChanges(), 4);
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("scheduled"));
        QCOMPARE(m_s->requests("POST", "/cancel$"), 0);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleCancel)
#include "tst_lifecycle_cancel.moc"
