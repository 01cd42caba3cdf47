// Re-staff (core/lifecycle/RestaffJob) and a sick day (SickDayJob) on both backends against the sandbox:
// the new staff member's event type from the event map, book the new with the same metadata and then cancel
// the old; no event type -> refused, pointing at the event type wizard; a sick day hands every step of the
// day over, each appointment all or nothing, and says what could not move and what to do.
#include "LifecycleSandbox.h"

#include "db/SqlStatement.h"
#include "lifecycle/RestaffJob.h"
#include "lifecycle/SickDayJob.h"

#include <QtTest>

using namespace salon;
using namespace salon::lifecycle;
using salon::test::LifecycleSandbox;

class TestLifecycleRestaff : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

    std::unique_ptr<RestaffJob> restaff(
        const QList<qint64>& phases, const QList<qint64>& appointments, const QString& staff)
    {
        return m_s->run(
            new RestaffJob(m_s->worker(), m_s->client(), 12345, phases, appointments, staff, m_s->options()));
    }
    int sequenceOf(const QString& method, const QString& path) const
    {
        for (const auto& e : m_s->server().log().entries())
            if (e.method == method && e.path.contains(path))
                return e.sequence;
        return -1;
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
        m_s->server().log().clear();
    }
    void cleanup() { m_s.reset(); }

    void oneStepGoesToAnotherStaffMember()
    {
        const QString old = m_s->column(LifecycleSandbox::kB, "calcom_booking_uid").toString();
        auto job = restaff({ LifecycleSandbox::kB }, {}, LifecycleSandbox::kFabian);
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        QCOMPARE(m_s->column(LifecycleSandbox::kB, "staff_id").toString(), LifecycleSandbox::kFabian);
        const auto live = m_s->live(LifecycleSandbox::kB);
        QCOMPARE(live.size(), 1);
        QCOMPARE(
            live.first().value("eventTypeId").toInteger(), m_s->eventTypeOf("B", LifecycleSandbox::kFabian));
        QCOMPARE(live.first().value("hosts").toArray().first().toObject().value("id").toInteger(),
            LifecycleSandbox::kFabianUser);
        QCOMPARE(live.first().value("metadata").toObject().value("salonAppointmentId").toString(),
            QStringLiteral("763"));
        QCOMPARE(m_s->column(LifecycleSandbox::kB, "calcom_booking_uid").toString(),
            live.first().value("uid").toString());
        QCOMPARE(m_s->booking(old).value("status").toString(), QStringLiteral("cancelled"));
        // The new booking first, then the old one cancelled: the customer always has one.
        const int booked = sequenceOf("POST", "/v2/bookings");
        const int cancelled = sequenceOf("POST", "/cancel");
        QVERIFY(booked > 0 && cancelled > booked);
        // The other steps stay where they were.
        QCOMPARE(m_s->column(LifecycleSandbox::kC, "staff_id").toString(), LifecycleSandbox::kFabian2);
    }

    void everyStaffStepOfAnAppointment()
    {
        auto job = restaff({}, { 763 }, LifecycleSandbox::kFabian);
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->column(p, "staff_id").toString(), LifecycleSandbox::kFabian);
            QCOMPARE(m_s->live(p).size(), 1);
        }
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 4);
        QCOMPARE(m_s->requests("POST", "/cancel$"), 4);
    }

    void noEventTypeIsRefusedAndPointsAtTheWizard()
    {
        // Lena performs nothing of service 440: no event map row, no event type.
        auto job = restaff({ LifecycleSandbox::kB }, {}, LifecycleSandbox::kLena);
        const AppointmentOutcome& o = job->report().appointments.first();
        QCOMPARE(o.result, AppointmentOutcome::Result::Refused);
        QVERIFY2(o.message.contains("event type wizard"), qPrintable(o.message));
        QVERIFY2(o.nextStep.contains("create-event-types"), qPrintable(o.nextStep));
        QCOMPARE(m_s->column(LifecycleSandbox::kB, "staff_id").toString(), LifecycleSandbox::kFabian2);
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 0);
    }

    void aBusyStaffMemberChangesNothing()
    {
        m_s->block(LifecycleSandbox::kFabianUser, m_s->phaseStart(LifecycleSandbox::kD), 30);
        auto job = restaff({}, { 763 }, LifecycleSandbox::kFabian);
        QCOMPARE(job->report().appointments.first().result, AppointmentOutcome::Result::Refused);
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QCOMPARE(m_s->column(p, "staff_id").toString(), LifecycleSandbox::kFabian2);
        QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 0);
    }

    void aSickDayHandsEveryStepOfTheDayOver()
    {
        // Appointment 765 (service 444, Fabian #2) is on the next day: not part of the 25th.
        auto job = m_s->run(new SickDayJob(m_s->worker(), m_s->client(), 12345, LifecycleSandbox::kFabian2,
            LifecycleSandbox::kFabian, QDate(2030, 11, 25), m_s->options()));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->report().appointments.size(), 1);
        QVERIFY2(job->report().allOk(), qPrintable(job->report().summary()));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            QCOMPARE(m_s->column(p, "staff_id").toString(), LifecycleSandbox::kFabian);
            QCOMPARE(m_s->live(p).size(), 1);
        }
        QCOMPARE(m_s->column(279, "staff_id").toString(), LifecycleSandbox::kFabian2);
    }

    void aSickDaySaysWhatCouldNotMoveAndWhy()
    {
        // On the 26th appointment 765 (service 444) has no event types for Fabian: it cannot go to him.
        auto job = m_s->run(new SickDayJob(m_s->worker(), m_s->client(), 12345, LifecycleSandbox::kFabian2,
            LifecycleSandbox::kFabian, QDate(2030, 11, 26), m_s->options()));
        QCOMPARE(job->report().appointments.size(), 1);
        const AppointmentOutcome& o = job->report().appointments.first();
        QCOMPARE(o.appointmentId, 765);
        QCOMPARE(o.result, AppointmentOutcome::Result::Refused);
        QVERIFY2(
            o.nextStep.contains("reassign --appointment 765") && o.nextStep.contains("move-appointment 765"),
            qPrintable(o.nextStep));
        QVERIFY(!job->report().allOk());
    }
};

QTEST_GUILESS_MAIN(TestLifecycleRestaff)
#include "tst_lifecycle_restaff.moc"
