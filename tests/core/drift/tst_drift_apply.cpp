// Changes made in Cal.com, with the sandbox playing the customer (cancel and reschedule without an API key,
// as Cal.com's e-mail links do) and Cal.com's UI (a host change, a booking made there, a double): each kind's
// proposal from DriftScan, that the scan changes nothing, and each apply through DriftApplyJob, with its
// audit rows under one run id. Both backends.
#include "LifecycleSandbox.h"
#include "SandboxTestClient.h"
#include "db/SqlStatement.h"
#include "drift/ChangeWatch.h"
#include "drift/DriftApplyJob.h"
#include "drift/DriftScan.h"
#include "drift/WatchCursor.h"
#include "history/RunId.h"

#include <QJsonArray>
#include <QTest>

using namespace salon;
using namespace salon::drift;
using salon::test::LifecycleSandbox;
using sync::BookingDrift;

namespace
{
const QDateTime kFrom(QDate(2030, 11, 25), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2030, 11, 26), QTime(0, 0), Qt::UTC);

QDateTime at(int h, int m)
{
    return QDateTime(QDate(2030, 11, 25), QTime(h, m), Qt::UTC);
}
} // namespace

class TestDriftApply : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

    QString uidOf(qint64 phaseId) const { return m_s->column(phaseId, "calcom_booking_uid").toString(); }

    // The customer, through Cal.com's own pages: no API key. The booking is then the newest change, as in
    // Cal.com, even after touch() stamped others ahead of the sandbox's clock.
    void customerCancels(qint64 phaseId)
    {
        sandbox::test::SandboxTestClient customer(m_s->server().baseUrl());
        const auto r = customer.post(QStringLiteral("/bookings/%1/cancel").arg(uidOf(phaseId)),
            { { "cancellationReason", "Ich bin krank" } },
            sandbox::test::SandboxTestClient::bookingsVersion());
        QVERIFY2(r.status == 200, r.body.constData());
        QJsonObject* b = bookingInSandbox(uidOf(phaseId));
        QVERIFY(b);
        touch(*b);
    }
    QString customerReschedules(qint64 phaseId, const QDateTime& start)
    {
        sandbox::test::SandboxTestClient customer(m_s->server().baseUrl());
        const auto r = customer.post(QStringLiteral("/bookings/%1/reschedule").arg(uidOf(phaseId)),
            { { "start", start.toString(Qt::ISODate) } },
            sandbox::test::SandboxTestClient::bookingsVersion());
        if (r.status != 201)
            qWarning() << r.body;
        return r.data().toObject().value("uid").toString();
    }
    QJsonObject* bookingInSandbox(const QString& uid)
    {
        for (QJsonObject& b : m_s->server().state().bookings)
            if (b.value("uid").toString() == uid)
                return &b;
        return nullptr;
    }

    // Makes a sandbox booking newer than every other one, as Cal.com does when it changes one.
    void touch(QJsonObject& booking)
    {
        QDateTime newest;
        for (const QJsonObject& b : m_s->server().state().bookings)
            newest = qMax(newest, QDateTime::fromString(b.value("updatedAt").toString(), Qt::ISODateWithMs));
        booking.insert("updatedAt", newest.addSecs(1).toUTC().toString(Qt::ISODateWithMs));
    }
    void giveToHost(qint64 phaseId, qint64 userId)
    {
        QJsonObject* b = bookingInSandbox(uidOf(phaseId));
        QVERIFY(b);
        b->insert("hosts", QJsonArray { QJsonObject { { "id", userId }, { "name", "Someone" } } });
        touch(*b);
    }
    // One look for changes, as `watch --once` and the desktop make it; each a fresh object (a restart).
    std::unique_ptr<ChangeWatch> look()
    {
        auto w = std::make_unique<ChangeWatch>(m_s->worker(), m_s->client());
        w->setAutoDelete(false);
        w->start();
        w->waitForFinished(60000);
        return w;
    }
    int storedItems() const { return m_s->count(QStringLiteral("SELECT COUNT(*) FROM calcom_drift_items")); }

    std::unique_ptr<DriftScan> scan()
    {
        auto s = std::make_unique<DriftScan>(m_s->worker(), m_s->client(), kFrom, kTo);
        s->setAutoDelete(false);
        s->start();
        s->waitForFinished(60000);
        return s;
    }
    const DriftItem* itemOf(const DriftScan& s, qint64 phaseId, BookingDrift::Kind kind)
    {
        for (const DriftItem& i : s.items())
            if (i.finding.phaseId == phaseId && i.finding.kind == kind)
                return &i;
        return nullptr;
    }
    std::unique_ptr<DriftApplyJob> apply(const DriftItem& item, DriftChoice choice, bool dryRun = false)
    {
        lifecycle::LifecycleOptions o = m_s->options();
        o.dryRun = dryRun;
        auto job = std::make_unique<DriftApplyJob>(
            m_s->worker(), m_s->client(), qint64(12345), QList<DriftDecision> { { item, choice } }, o);
        job->setAutoDelete(false);
        job->start();
        job->waitForFinished(120000);
        return job;
    }
    int auditRows(const QString& runId) const
    {
        return m_s->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id = ?"), { runId });
    }
    QString phaseRow(qint64 phaseId) const
    {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(m_s->status(phaseId), uidOf(phaseId), m_s->phaseStart(phaseId).toString(Qt::ISODate),
                m_s->column(phaseId, "staff_id").toString());
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

    // A look that saw no bookings at its newest time stores an empty list, not NULL (the desktop's first
    // look on a quiet account failed on the NOT NULL column before).
    void theWatchCursorStoresALookWithoutBookings()
    {
        WatchCursor cursor(m_s->db());
        const QDateTime at = QDateTime(QDate(2030, 11, 25), QTime(9, 30), Qt::UTC);
        QVERIFY2(cursor.write({ {}, {}, at }), "an empty look");
        auto read = cursor.read();
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        QVERIFY(!read->lastUpdatedAt.isValid());
        QVERIFY(read->uidsAtCursor.isEmpty());
        QCOMPARE(read->checkedAt, at);
        QVERIFY(cursor.write({ at, { QStringLiteral("uid-a"), QStringLiteral("uid-b") }, at.addSecs(60) }));
        QCOMPARE(
            cursor.read()->uidsAtCursor, (QStringList { QStringLiteral("uid-a"), QStringLiteral("uid-b") }));
    }

    void aCleanDayHasNothingToPropose()
    {
        const auto s = scan();
        QVERIFY2(!s->hasError(), qPrintable(s->errorString()));
        QVERIFY(s->items().isEmpty());
    }

    void aStepCancelledByTheCustomerCanBeBookedAgain()
    {
        customerCancels(LifecycleSandbox::kC);
        const QString before = phaseRow(LifecycleSandbox::kC);
        const auto s = scan();
        QVERIFY2(!s->hasError(), qPrintable(s->errorString()));
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kC, BookingDrift::Kind::Cancelled);
        QVERIFY(item);
        QCOMPARE(item->proposal.choices,
            (QList<DriftChoice> { DriftChoice::CancelAppointment, DriftChoice::BookAgain }));
        QCOMPARE(phaseRow(LifecycleSandbox::kC), before); // the scan changes nothing

        const auto dry = apply(*item, DriftChoice::BookAgain, true);
        QCOMPARE(dry->outcomes().first().result, DriftOutcome::Result::Planned);
        QCOMPARE(phaseRow(LifecycleSandbox::kC), before);

        const auto job = apply(*item, DriftChoice::BookAgain);
        QCOMPARE(job->outcomes().first().result, DriftOutcome::Result::Applied);
        QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("pending"));
        QCOMPARE(history::RunId::kindOf(job->runId()), QStringLiteral("drift"));
        QCOMPARE(auditRows(job->runId()), 1);
    }

    void aStepCancelledByTheCustomerCancelsTheWholeAppointment()
    {
        customerCancels(LifecycleSandbox::kC);
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kC, BookingDrift::Kind::Cancelled);
        QVERIFY(item);
        const auto job = apply(*item, item->proposal.recommended());
        QVERIFY2(job->failures() == 0, qPrintable(job->outcomes().first().message));
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QVERIFY(m_s->live(p).isEmpty());
        QVERIFY(auditRows(job->runId()) >= 2); // the lifecycle job audits under the same run
    }

    void aRescheduleThatFitsIsFollowed()
    {
        const QString fresh = customerReschedules(LifecycleSandbox::kD, at(11, 30));
        QVERIFY(!fresh.isEmpty());
        const auto s = scan();
        QCOMPARE(s->items().size(), 1); // the new booking is the step's, not a second one
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kD, BookingDrift::Kind::Rescheduled);
        QVERIFY(item);
        QVERIFY2(item->chainProblem.isEmpty(), qPrintable(item->chainProblem));
        QCOMPARE(item->liveBookingUid, fresh);
        QCOMPARE(item->proposal.recommended(), DriftChoice::FollowCalcom);

        const auto job = apply(*item, DriftChoice::FollowCalcom);
        QCOMPARE(job->failures(), 0);
        QCOMPARE(uidOf(LifecycleSandbox::kD), fresh);
        QCOMPARE(m_s->phaseStart(LifecycleSandbox::kD), at(11, 30));
        QCOMPARE(auditRows(job->runId()), 1);
        QVERIFY(scan()->items().isEmpty());
    }

    void aRescheduleThatEatsTheGapIsMovedBack()
    {
        QVERIFY(!customerReschedules(LifecycleSandbox::kB, at(9, 45)).isEmpty());
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kB, BookingDrift::Kind::Rescheduled);
        QVERIFY(item);
        QVERIFY2(item->chainProblem.contains(QLatin1String("processing")), qPrintable(item->chainProblem));
        QCOMPARE(item->proposal.choices,
            (QList<DriftChoice> { DriftChoice::MoveAppointment, DriftChoice::MoveStepBack }));

        const auto job = apply(*item, DriftChoice::MoveStepBack);
        QVERIFY2(job->failures() == 0, qPrintable(job->outcomes().first().message));
        const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kB);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().value("uid").toString(), uidOf(LifecycleSandbox::kB));
        QCOMPARE(live.first().value("start").toString(), QStringLiteral("2030-11-25T10:00:00.000Z"));
        QVERIFY(scan()->items().isEmpty());
    }

    void aRescheduleIntoTheGapMovesTheAppointment()
    {
        // Step A 15 minutes later eats the processing time; the whole appointment follows it.
        QVERIFY(!customerReschedules(LifecycleSandbox::kA, at(9, 15)).isEmpty());
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kA, BookingDrift::Kind::Rescheduled);
        QVERIFY(item);
        QVERIFY2(item->chainProblem.contains(QLatin1String("processing")), qPrintable(item->chainProblem));
        QCOMPARE(item->moveAppointmentTo, at(9, 15));
        QCOMPARE(item->proposal.recommended(), DriftChoice::MoveAppointment);

        const auto job = apply(*item, DriftChoice::MoveAppointment);
        QVERIFY2(job->failures() == 0, qPrintable(job->outcomes().first().message));
        QCOMPARE(m_s->appointmentStart(), at(9, 15));
        QCOMPARE(m_s->phaseStart(LifecycleSandbox::kA), at(9, 15));
        QCOMPARE(m_s->phaseStart(LifecycleSandbox::kD), at(11, 0));
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            const QList<QJsonObject> live = m_s->live(p);
            QCOMPARE(live.size(), 1);
            QCOMPARE(live.first().value("uid").toString(), uidOf(p));
        }
        QVERIFY(scan()->items().isEmpty());
    }

    void aHostChangedInCalcomIsFollowed()
    {
        QJsonObject* b = bookingInSandbox(uidOf(LifecycleSandbox::kC));
        QVERIFY(b);
        b->insert("hosts",
            QJsonArray {
                QJsonObject { { "id", LifecycleSandbox::kFabianUser }, { "name", "Fabian Spitzer" } } });
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kC, BookingDrift::Kind::HostChanged);
        QVERIFY(item);
        QCOMPARE(item->followStaffId, LifecycleSandbox::kFabian);
        const auto job = apply(*item, DriftChoice::FollowCalcom);
        QCOMPARE(job->failures(), 0);
        QCOMPARE(m_s->column(LifecycleSandbox::kC, "staff_id").toString(), LifecycleSandbox::kFabian);
        QCOMPARE(auditRows(job->runId()), 1);
    }

    // Putting Cal.com back books the step with its own staff member again at the same time (the re-staff
    // path: the event map's event type, the same metadata), then cancels the booking Cal.com moved; whether
    // Cal.com's host is a staff member here or nobody.
    void aHostChangedInCalcomIsPutBack_data()
    {
        QTest::addColumn<qint64>("host");
        QTest::newRow("to a staff member here") << LifecycleSandbox::kFabianUser;
        QTest::newRow("to nobody here") << qint64(999);
    }
    void aHostChangedInCalcomIsPutBack()
    {
        QFETCH(qint64, host);
        const QString oldUid = uidOf(LifecycleSandbox::kC);
        const QJsonObject before = *bookingInSandbox(oldUid);
        const QString staff = m_s->column(LifecycleSandbox::kC, "staff_id").toString();
        giveToHost(LifecycleSandbox::kC, host);
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kC, BookingDrift::Kind::HostChanged);
        QVERIFY(item);
        QVERIFY(item->proposal.choices.contains(DriftChoice::PutBackHost));
        QCOMPARE(item->proposal.putBack(), std::optional<DriftChoice>(DriftChoice::PutBackHost));

        const int posts = m_s->requests("POST", "/bookings$");
        const auto dry = apply(*item, DriftChoice::PutBackHost, true);
        QCOMPARE(dry->outcomes().first().result, DriftOutcome::Result::Planned);
        QCOMPARE(uidOf(LifecycleSandbox::kC), oldUid);
        QCOMPARE(m_s->requests("POST", "/bookings$"), posts);

        const auto job = apply(*item, DriftChoice::PutBackHost);
        QVERIFY2(job->failures() == 0, qPrintable(job->outcomes().first().message));
        const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kC);
        QCOMPARE(live.size(), 1); // no double booking
        QCOMPARE(live.first().value("uid").toString(), uidOf(LifecycleSandbox::kC));
        QVERIFY(uidOf(LifecycleSandbox::kC) != oldUid);
        QCOMPARE(live.first().value("hosts"), before.value("hosts"));
        QCOMPARE(live.first().value("eventTypeId"), before.value("eventTypeId"));
        QCOMPARE(live.first().value("start"), before.value("start"));
        QCOMPARE(live.first().value("metadata").toObject().value("salonPhaseId"),
            before.value("metadata").toObject().value("salonPhaseId"));
        QCOMPARE(m_s->booking(oldUid).value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_s->column(LifecycleSandbox::kC, "staff_id").toString(), staff);
        QCOMPARE(m_s->requests("POST", "/bookings$"), posts + 1);
        QCOMPARE(history::RunId::kindOf(job->runId()), QStringLiteral("drift"));
        QCOMPARE(m_s->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id = ? AND action = "
                                           "'phase.rebooked'"),
                     { job->runId() }),
            1);
        QVERIFY(scan()->items().isEmpty());
    }

    // A look stores what it found: the next look (a fresh object, the point moved on) lists it again, until
    // it is applied.
    void aChangeNobodySettledIsListedUntilApplied()
    {
        QVERIFY(look()->items().isEmpty()); // the salon's own four bookings
        customerCancels(LifecycleSandbox::kC);
        const auto first = look();
        QVERIFY2(!first->hasError(), qPrintable(first->errorString()));
        QCOMPARE(first->items().size(), 1);
        QCOMPARE(first->newItems(), 1);
        QCOMPARE(storedItems(), 1);

        const auto second = look();
        QCOMPARE(second->changedBookings(), 0);
        QCOMPARE(second->newItems(), 0);
        QCOMPARE(second->items().size(), 1);
        const DriftItem item = second->items().first();
        QCOMPARE(item.finding.kind, BookingDrift::Kind::Cancelled);
        QCOMPARE(item.proposal.choices,
            (QList<DriftChoice> { DriftChoice::CancelAppointment, DriftChoice::BookAgain }));

        QCOMPARE(apply(item, DriftChoice::BookAgain, true)->outcomes().first().result,
            DriftOutcome::Result::Planned);
        QCOMPARE(storedItems(), 1); // a dry run settles nothing
        const auto job = apply(item, DriftChoice::BookAgain);
        QCOMPARE(job->failures(), 0);
        QCOMPARE(storedItems(), 0);
        QVERIFY(look()->items().isEmpty());
    }

    // Cal.com takes its change back (the host is ours again): the stored change drops out at the next look;
    // a change the phase settled otherwise (a sync, another program) drops out when it is read.
    void aChangeThatNoLongerShowsIsNotListed()
    {
        const qint64 ourHost = bookingInSandbox(uidOf(LifecycleSandbox::kC))
                                   ->value("hosts")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("id")
                                   .toInteger();
        QVERIFY(look()->items().isEmpty());
        giveToHost(LifecycleSandbox::kC, LifecycleSandbox::kFabianUser);
        QCOMPARE(look()->items().size(), 1);
        giveToHost(LifecycleSandbox::kC, ourHost);
        QVERIFY(look()->items().isEmpty());
        QCOMPARE(storedItems(), 0);

        customerCancels(LifecycleSandbox::kB);
        QCOMPARE(look()->items().size(), 1);
        QVERIFY(runSql(m_s->db(),
            "UPDATE appointment_phases SET sync_status = 'pending', calcom_booking_id = NULL, "
            "calcom_booking_uid = NULL WHERE id = ?",
            { LifecycleSandbox::kB }));
        QVERIFY(look()->items().isEmpty());
        QCOMPARE(storedItems(), 0);
    }

    void aBookingMadeInCalcomForAFailedPhaseIsAdopted()
    {
        // Cal.com has the booking of 269, the salon does not know it (the answer to the POST was lost).
        const QString uid = uidOf(LifecycleSandbox::kA);
        QVERIFY(runSql(m_s->db(),
            "UPDATE appointment_phases SET sync_status = 'failed', calcom_booking_id = NULL, "
            "calcom_booking_uid = NULL WHERE id = ?",
            { LifecycleSandbox::kA }));
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kA, BookingDrift::Kind::Untracked);
        QVERIFY(item);
        QCOMPARE(item->proposal.choices, QList<DriftChoice> { DriftChoice::Adopt });
        const int posts = m_s->requests("POST", "/bookings$");
        const auto job = apply(*item, DriftChoice::Adopt);
        QCOMPARE(job->failures(), 0);
        QCOMPARE(m_s->status(LifecycleSandbox::kA), QStringLiteral("synced"));
        QCOMPARE(uidOf(LifecycleSandbox::kA), uid);
        QCOMPARE(m_s->requests("POST", "/bookings$"), posts); // no second booking
        QVERIFY(scan()->items().isEmpty());
    }

    void aDoubleBookingKeepsTheStoredOne()
    {
        QJsonObject copy = *bookingInSandbox(uidOf(LifecycleSandbox::kC));
        copy.insert("uid", "second-272");
        copy.insert("id", 990272);
        m_s->server().state().bookings.append(copy);
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kC, BookingDrift::Kind::Duplicate);
        QVERIFY(item);
        const auto job = apply(*item, DriftChoice::CancelOther);
        QVERIFY2(job->failures() == 0, qPrintable(job->outcomes().first().message));
        const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kC);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().value("uid").toString(), uidOf(LifecycleSandbox::kC));
        QCOMPARE(auditRows(job->runId()), 1);
    }

    void aChoiceThatIsNotOfferedIsSkipped()
    {
        customerCancels(LifecycleSandbox::kC);
        const auto s = scan();
        const DriftItem* item = itemOf(*s, LifecycleSandbox::kC, BookingDrift::Kind::Cancelled);
        QVERIFY(item);
        const auto job = apply(*item, DriftChoice::Adopt);
        QCOMPARE(job->outcomes().first().result, DriftOutcome::Result::Skipped);
        QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("synced"));
    }
};

QTEST_GUILESS_MAIN(TestDriftApply)
#include "tst_drift_apply.moc"
