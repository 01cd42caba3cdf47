// Move an appointment (core/lifecycle/MoveAppointmentsJob) on both backends against the sandbox: to a free
// time every step shifts and keeps its phase row (new uid, old one in the history); a busy step changes
// nothing and is named; a failure half way (taken meanwhile, 5xx) puts the moved steps back; a step on a
// multi-duration event type is cancelled and booked again; a crash mid-move is finished by the next run.
#include "LifecycleSandbox.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "lifecycle/FinishOwedWorkJob.h"
#include "lifecycle/LifecycleRepository.h"
#include "lifecycle/MoveAppointmentsJob.h"

#include <QJsonArray>
#include <QtTest>

using namespace salon;
using namespace salon::lifecycle;
using salon::test::LifecycleSandbox;

class TestLifecycleMove : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;
    QHash<qint64, QString> m_uids;
    QHash<qint64, QDateTime> m_starts;

    MoveAppointmentsJob* moveJob(const QDateTime& to, LifecycleOptions options = {})
    {
        if (options.actor == QLatin1String("lifecycle"))
            options = m_s->options();
        return new MoveAppointmentsJob(m_s->worker(), m_s->client(), 12345, { { 763, to } }, options);
    }
    QDateTime nextDay() const { return m_s->appointmentStart().addDays(1); }
    void remember()
    {
        for (qint64 p : { 269, 270, 271, 272, 273 }) {
            m_uids.insert(p, m_s->column(p, "calcom_booking_uid").toString());
            m_starts.insert(p, m_s->phaseStart(p));
        }
    }
    void verifyUnchanged()
    {
        for (qint64 p : { 269, 270, 271, 272, 273 })
            QCOMPARE(m_s->phaseStart(p), m_starts.value(p));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->status(p), QStringLiteral("synced"));
            const auto live = m_s->live(p);
            QCOMPARE(live.size(), 1);
            QCOMPARE(calcomTime(live.first().value("start")), m_starts.value(p));
        }
        QCOMPARE(m_s->appointmentStart(), m_starts.value(269));
    }
    static QDateTime calcomTime(const QJsonValue& v)
    {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
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
        remember();
        m_s->server().log().clear();
    }
    void cleanup() { m_s.reset(); }

    void movesEveryStepToAFreeTime()
    {
        auto job = m_s->run(moveJob(nextDay()));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        for (qint64 p : { 269, 270, 271, 272, 273 })
            QCOMPARE(m_s->phaseStart(p), m_starts.value(p).addDays(1));
        QCOMPARE(m_s->appointmentStart(), m_starts.value(269).addDays(1));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            const QString uid = m_s->column(p, "calcom_booking_uid").toString();
            QVERIFY(uid != m_uids.value(p)); // the same phase row, a new booking
            const QJsonObject old = m_s->booking(m_uids.value(p));
            QCOMPARE(old.value("status").toString(), QStringLiteral("cancelled"));
            QCOMPARE(old.value("rescheduledToUid").toString(), uid);
            const auto live = m_s->live(p);
            QCOMPARE(live.size(), 1);
            QCOMPARE(live.first().value("uid").toString(), uid);
            QCOMPARE(calcomTime(live.first().value("start")), m_starts.value(p).addDays(1));
            // The old uid stays in the history.
            QCOMPARE(
                m_s->count("SELECT COUNT(*) FROM lifecycle_steps WHERE phase_id = ? AND old_booking_uid = ? "
                           "AND new_booking_uid = ?",
                    { p, m_uids.value(p), uid }),
                1);
        }
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 4);
        // One slot question per event type and day: four event types, one day.
        QCOMPARE(m_s->requests("GET", "^/v2/slots$"), 4);
    }

    void aBusyStepChangesNothingAndIsNamed()
    {
        // Fabian Spitzer #2 is busy tomorrow when step C would start.
        m_s->block(LifecycleSandbox::kFabian2User, m_starts.value(272).addDays(1), 30);
        auto job = m_s->run(moveJob(nextDay()));
        QVERIFY(!job->hasError());
        const AppointmentOutcome& o = job->report().appointments.first();
        QCOMPARE(o.result, AppointmentOutcome::Result::Refused);
        QVERIFY2(o.message.contains("step C") && o.message.contains("Fabian Spitzer #2")
                && o.message.contains("11:15"),
            qPrintable(o.message));
        QVERIFY(!job->report().allOk());
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 0);
        verifyUnchanged();
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM lifecycle_operations"), 0);
    }

    void aStepTakenMeanwhilePutsTheMovedOnesBack()
    {
        auto* job = moveJob(nextDay());
        // Between the check and the requests someone books Fabian #2 at step B's new time.
        connect(job, &LifecycleJob::planned, this, [this](const ChangePlan&) {
            m_s->block(LifecycleSandbox::kFabian2User, m_starts.value(271).addDays(1), 15);
        });
        auto owned = m_s->run(job);
        const AppointmentOutcome& o = owned->report().appointments.first();
        QCOMPARE(o.result, AppointmentOutcome::Result::RolledBack);
        QVERIFY2(o.message.contains("step B"), qPrintable(o.message));
        verifyUnchanged();
        // D and C went first (moving later), B failed: D and C were moved and moved back.
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 2 + 1 + 2);
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM lifecycle_operations WHERE state = 'undone'"), 1);
    }

    void aServerErrorHalfWayPutsTheMovedOnesBack()
    {
        auto* job = moveJob(nextDay());
        bool scripted = false;
        connect(job, &LifecycleJob::stepProgress, this, [this, &scripted](const StepProgress& p) {
            if (p.final && p.phase == QLatin1String("done") && !scripted) {
                scripted = true; // after the first step moved, the next three reschedules answer 500
                m_s->server().faults().scriptNext(sandbox::FaultKind::Error500, 3, "/reschedule", "POST");
            }
        });
        auto owned = m_s->run(job);
        QCOMPARE(owned->report().appointments.first().result, AppointmentOutcome::Result::RolledBack);
        verifyUnchanged();
    }

    void aMultiDurationStepIsCancelledAndBookedAgain()
    {
        // Step A's event type offers 30 and 60 minutes and lasts 60 by default: a reschedule would make
        // it 60.
        const qint64 type = m_s->eventTypeOf("A", LifecycleSandbox::kFabian2);
        QJsonObject* et = m_s->server().state().eventType(type);
        QVERIFY(et);
        et->insert("lengthInMinutes", 60);
        et->insert("lengthInMinutesOptions", QJsonArray { 30, 60 });
        auto job = m_s->run(moveJob(nextDay()));
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        const auto live = m_s->live(269);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().value("duration").toInt(), 30);
        QCOMPARE(calcomTime(live.first().value("start")), m_starts.value(269).addDays(1));
        QCOMPARE(m_s->booking(m_uids.value(269)).value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 3);
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 1);
    }

    void aCrashMidMoveIsFinishedByTheNextRun()
    {
        // The plan of a killed run: all steps recorded, D sent and done in Cal.com, its answer lost.
        LifecycleRepository repository(m_s->db(), "test");
        LifecycleOperation op;
        op.kind = OperationKind::Move;
        op.appointmentId = 763;
        op.beforeStartsAt = m_starts.value(269);
        op.afterStartsAt = m_starts.value(269).addDays(1);
        int position = 0;
        for (qint64 p : { 273, 272, 271, 269, 270 }) {
            LifecycleStep s;
            s.phaseId = p;
            s.position = ++position;
            s.action = p == 270 ? StepAction::Update : StepAction::Reschedule;
            s.oldBookingUid = p == 270 ? QString() : m_uids.value(p);
            s.oldStaffId = s.newStaffId = p == 270 ? QString() : LifecycleSandbox::kFabian2;
            s.oldStartsAt = m_starts.value(p);
            s.oldEndsAt = fromSqlTime(m_s->column(p, "ends_at"));
            s.newStartsAt = s.oldStartsAt.addDays(1);
            s.newEndsAt = s.oldEndsAt.addDays(1);
            op.steps.append(s);
        }
        auto created = repository.createOperation(op);
        QVERIFY(created);
        QVERIFY(repository.stepSent(created->steps.first()));
        QVERIFY(
            runSql(m_s->db(), "UPDATE lifecycle_operations SET claim_token = ?", { test::deadClaimToken() }));
        calcom::RescheduleInput input;
        input.start = m_starts.value(273).addDays(1);
        std::unique_ptr<calcom::CalcomReply<calcom::Booking>> sent(
            m_s->client()->rescheduleBooking(m_uids.value(273), input));
        QVERIFY(sent->waitForFinished(10000) && !sent->hasError());

        auto next = m_s->run(new FinishOwedWorkJob(m_s->worker(), m_s->client(), 12345, m_s->options()));
        QCOMPARE(next->report().resumed.size(), 1);
        QCOMPARE(next->report().resumed.first().result, AppointmentOutcome::Result::Done);
        // D was found through its reschedule chain, not moved twice; the rest moved; the gap too.
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 4);
        QCOMPARE(m_s->column(273, "calcom_booking_uid").toString(), sent->result().uid);
        for (qint64 p : { 269, 270, 271, 272, 273 })
            QCOMPARE(m_s->phaseStart(p), m_starts.value(p).addDays(1));
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QCOMPARE(m_s->live(p).size(), 1);
        QCOMPARE(m_s->appointmentStart(), m_starts.value(269).addDays(1));
    }

    void aDryRunShowsEveryStepAtItsNewTime()
    {
        LifecycleOptions options = m_s->options();
        options.dryRun = true;
        m_s->block(LifecycleSandbox::kFabian2User, m_starts.value(272).addDays(1), 30);
        auto job = m_s->run(moveJob(nextDay(), options));
        const ChangePlan plan = job->plans().first();
        QCOMPARE(plan.steps.size(), 5);
        for (const PlannedStep& s : plan.steps) {
            QCOMPARE(s.newStart, m_starts.value(s.phaseId).addDays(1));
            if (s.phaseId == 272)
                QCOMPARE(toString(s.availability), toString(Availability::Busy));
            else if (s.phaseId == 273) // off D's 30-minute grid, next to the busy time: not provably free
                QCOMPARE(toString(s.availability), toString(Availability::Unverified));
            else if (s.staffRequired)
                QCOMPARE(toString(s.availability), toString(Availability::Free));
        }
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 0);
        verifyUnchanged();
    }

    void aCancelledAppointmentCannotBeMoved()
    {
        QVERIFY(runSql(m_s->db(), "UPDATE appointments SET status = 'cancelled' WHERE id = 763"));
        auto job = m_s->run(moveJob(nextDay()));
        const AppointmentOutcome& o = job->report().appointments.first();
        QCOMPARE(o.result, AppointmentOutcome::Result::Refused);
        QVERIFY2(o.message.contains("cancelled"), qPrintable(o.message));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleMove)
#include "tst_lifecycle_move.moc"
