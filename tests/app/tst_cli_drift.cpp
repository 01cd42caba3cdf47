// reconcile with proposals and --apply, and watch, as real processes against a sandbox in this test process
// playing the customer, on both backends: nothing changes without --apply, the chosen kinds are applied and
// printed, a dry run plans only; watch --once reports what changed since its last look (stored in the
// database), with one list request per page of changed bookings.
#include "CliProcess.h"
#include "LifecycleSandbox.h"
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

#include <functional>

using namespace salon;
using salon::test::LifecycleSandbox;

class TestCliDrift : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CALCOM_API_KEY", "cal_sandbox_demo_key");
        environment.insert("CALCOM_URL", m_s->server().baseUrl().toString());
        environment.insert("CALCOM_TEAM_ID", "12345");
        environment.insert("LANG", "C");
        environment.remove("LANGUAGE");
        environment.remove("LC_ALL");
        return environment;
    }
    test::CliResult cli(const QStringList& args)
    {
        return test::runCli(QStringLiteral(SALON_ADMIN_CLI),
            QStringList { "--db", m_s->sync().database().cliUrl() } + args, environment());
    }
    // Starts the CLI and kills it (SIGKILL) once `when` holds; false when it ended before.
    bool killWhen(const QStringList& args, const std::function<bool()>& when)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(
            QStringLiteral(SALON_ADMIN_CLI), QStringList { "--db", m_s->sync().database().cliUrl() } + args);
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!when() && process.state() == QProcess::Running && waited.elapsed() < 60000)
            QTest::qWait(5);
        if (process.state() != QProcess::Running)
            return false;
        process.kill();
        QSignalSpy done(&process, &QProcess::finished);
        return process.state() == QProcess::NotRunning || done.wait(10000);
    }
    QStringList reconcile(const QStringList& more = {})
    {
        return QStringList { "reconcile", "--from", "2030-11-25", "--to", "2030-11-26" } + more;
    }
    QString uidOf(qint64 phaseId) const { return m_s->column(phaseId, "calcom_booking_uid").toString(); }
    // After a kill and a rerun: every staff step has exactly one live booking, the one its phase stores.
    void expectOneLiveBookingPerStep()
    {
        for (qint64 p : LifecycleSandbox::kStaffPhases) {
            const QList<QJsonObject> live = m_s->live(p);
            QCOMPARE(live.size(), 1);
            QCOMPARE(live.first().value("uid").toString(), uidOf(p));
        }
    }
    void customerCancels(qint64 phaseId)
    {
        sandbox::test::SandboxTestClient customer(m_s->server().baseUrl());
        const auto r = customer.post(QStringLiteral("/bookings/%1/cancel").arg(uidOf(phaseId)),
            { { "cancellationReason", "Ich bin krank" } },
            sandbox::test::SandboxTestClient::bookingsVersion());
        QVERIFY2(r.status == 200, r.body.constData());
    }
    void customerReschedules(qint64 phaseId, const QString& start)
    {
        sandbox::test::SandboxTestClient customer(m_s->server().baseUrl());
        const auto r = customer.post(QStringLiteral("/bookings/%1/reschedule").arg(uidOf(phaseId)),
            { { "start", start } }, sandbox::test::SandboxTestClient::bookingsVersion());
        QVERIFY2(r.status == 201, r.body.constData());
    }
    QString phases() const
    {
        QStringList rows;
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            rows << m_s->status(p) + QLatin1Char('/') + uidOf(p);
        return rows.join(QLatin1Char(' '));
    }
    // Gives the phase's booking to another host, as staff do in Cal.com's UI (newer than every booking).
    void giveToHost(qint64 phaseId, qint64 userId)
    {
        QDateTime newest;
        for (const QJsonObject& b : m_s->server().state().bookings)
            newest = qMax(newest, QDateTime::fromString(b.value("updatedAt").toString(), Qt::ISODateWithMs));
        for (QJsonObject& b : m_s->server().state().bookings)
            if (b.value("uid").toString() == uidOf(phaseId)) {
                b.insert(
                    "hosts", QJsonArray { QJsonObject { { "id", userId }, { "name", "Fabian Spitzer" } } });
                b.insert("updatedAt", newest.addSecs(1).toUTC().toString(Qt::ISODateWithMs));
            }
    }
    qint64 hostOf(const QJsonObject& booking) const
    {
        return booking.value("hosts").toArray().first().toObject().value("id").toInteger();
    }
    int changesInCalcom() const
    {
        return m_s->requests("POST", "/cancel$") + m_s->requests("POST", "/reschedule$")
            + m_s->requests("POST", "/bookings$");
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

    void withoutApplyNothingChanges()
    {
        customerCancels(LifecycleSandbox::kC);
        customerReschedules(LifecycleSandbox::kD, "2030-11-25T11:30:00Z");
        const QString before = phases();
        const int sent = changesInCalcom();
        const auto r = cli(reconcile());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("cancelled phase 272") && r.out.contains("rescheduled phase 273"),
            r.out.constData());
        QVERIFY2(r.out.contains("choices: cancel-appointment"), r.out.constData());
        QVERIFY2(r.out.contains("Nothing was changed"), r.out.constData());
        QCOMPARE(phases(), before);
        QCOMPARE(changesInCalcom(), sent);

        const auto json = cli(reconcile({ "--json" })).json();
        QCOMPARE(json.value("drift").toArray().size(), 2);
        const QJsonObject first = json.value("drift").toArray().first().toObject();
        QVERIFY(first.value("proposal").toObject().value("choices").toArray().size() >= 1);
        QCOMPARE(phases(), before);
    }

    void aDryRunPlansAndChangesNothing()
    {
        customerCancels(LifecycleSandbox::kC);
        const QString before = phases();
        const int sent = changesInCalcom();
        const auto r = cli(reconcile({ "--apply-all", "--dry-run" }));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("cancel-appointment: planned"), r.out.constData());
        QCOMPARE(phases(), before);
        QCOMPARE(changesInCalcom(), sent);
    }

    void applyTakesOnlyTheChosenKinds()
    {
        customerCancels(LifecycleSandbox::kC);
        customerReschedules(LifecycleSandbox::kD, "2030-11-25T11:30:00Z");
        const auto r = cli(reconcile({ "--apply", "rescheduled" }));
        QCOMPARE(r.exitCode, 1); // the cancelled step is still there
        QVERIFY2(
            r.out.contains("rescheduled phase 273 (appointment 763) follow: applied"), r.out.constData());
        QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("synced"));
        QCOMPARE(
            m_s->phaseStart(LifecycleSandbox::kD), QDateTime(QDate(2030, 11, 25), QTime(11, 30), Qt::UTC));

        const auto again = cli(reconcile({ "--apply", "cancelled:book-again", "--json" }));
        QCOMPARE(again.exitCode, 0);
        const QJsonObject report = again.json();
        QCOMPARE(report.value("applied").toArray().size(), 1);
        QCOMPARE(report.value("applied").toArray().first().toObject().value("result").toString(),
            QStringLiteral("applied"));
        QVERIFY(report.value("runId").toString().startsWith("drift-"));
        QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("pending"));
        QCOMPARE(m_s->count(
                     "SELECT COUNT(*) FROM audit_log WHERE run_id = ?", { report.value("runId").toString() }),
            1);
    }

    void applyAllCancelsTheAppointmentOfACancelledStep()
    {
        customerCancels(LifecycleSandbox::kC);
        const auto r = cli(reconcile({ "--apply-all" }));
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QVERIFY(m_s->live(p).isEmpty());
        QCOMPARE(cli(reconcile()).exitCode, 0);
    }

    void badApplyArgumentsCannotRun_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown kind") << QStringList { "--apply", "moved" } << "moved";
        QTest::newRow("unknown choice") << QStringList { "--apply", "cancelled:delete" } << "delete";
        QTest::newRow("both") << QStringList { "--apply", "cancelled", "--apply-all" } << "not both";
        QTest::newRow("dry run alone") << QStringList { "--dry-run" } << "--apply";
    }
    void badApplyArgumentsCannotRun()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const auto r = cli(reconcile(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    }

    void aKillDuringApplyThenARerunLeavesOneLiveBookingPerStep()
    {
        // Step A moved into the processing time (the whole appointment follows: four reschedules) and a
        // second booking of step C (cancelled first: it would block the move); the first run is killed once
        // Cal.com answered the move's first reschedule.
        customerReschedules(LifecycleSandbox::kA, "2030-11-25T09:15:00Z");
        QJsonObject copy;
        for (const QJsonObject& b : m_s->server().state().bookings)
            if (b.value("uid").toString() == uidOf(LifecycleSandbox::kC))
                copy = b;
        copy.insert("uid", "second-272");
        copy.insert("id", 990272);
        m_s->server().state().bookings.append(copy);
        m_s->server().options().latencyMs = 300;
        const int before = m_s->requests("POST", "/reschedule$");
        QVERIFY(killWhen(
            reconcile({ "--apply-all" }), [&] { return m_s->requests("POST", "/reschedule$") > before; }));
        m_s->server().options().latencyMs = 0;

        const auto rerun = cli(reconcile({ "--apply-all" }));
        QVERIFY2(rerun.exitCode == 0 || rerun.exitCode == 1, (rerun.out + rerun.err).constData());
        const auto check = cli(reconcile());
        QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
        expectOneLiveBookingPerStep();
        if (QTest::currentTestFailed())
            return;
    }

    // Putting Cal.com back after a host change: the step is booked with the salon's staff member again and
    // Cal.com's booking with the other host is cancelled.
    void applyPutsAHostChangeBack()
    {
        const QString oldUid = uidOf(LifecycleSandbox::kC);
        const qint64 ours = hostOf(m_s->booking(oldUid));
        giveToHost(LifecycleSandbox::kC, LifecycleSandbox::kFabianUser);
        const auto report = cli(reconcile());
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.out.contains("hostChanged phase 272") && report.out.contains("put-back ("),
            report.out.constData());
        QCOMPARE(uidOf(LifecycleSandbox::kC), oldUid);

        const auto r = cli(reconcile({ "--apply", "hostChanged:put-back" }));
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(
            r.out.contains("hostChanged phase 272 (appointment 763) put-back: applied"), r.out.constData());
        const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kC);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().value("uid").toString(), uidOf(LifecycleSandbox::kC));
        QCOMPARE(hostOf(live.first()), ours);
        QCOMPARE(m_s->booking(oldUid).value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(cli(reconcile()).exitCode, 0);
    }

    // The re-staff path's claims and step rows: a kill -9 between booking our staff member and cancelling
    // Cal.com's booking leaves work the rerun finishes, not a customer booked twice.
    void aKillDuringPutBackThenARerunLeavesOneLiveBooking()
    {
        const qint64 ours = hostOf(m_s->booking(uidOf(LifecycleSandbox::kC)));
        giveToHost(LifecycleSandbox::kC, LifecycleSandbox::kFabianUser);
        m_s->server().options().latencyMs = 300;
        const int before = m_s->requests("POST", "/bookings$");
        QVERIFY(killWhen(reconcile({ "--apply", "hostChanged:put-back" }),
            [&] { return m_s->requests("POST", "/bookings$") > before; }));
        m_s->server().options().latencyMs = 0;

        const auto rerun = cli(reconcile({ "--apply", "hostChanged:put-back" }));
        QVERIFY2(rerun.exitCode == 0, (rerun.out + rerun.err).constData());
        const auto check = cli(reconcile());
        QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
        expectOneLiveBookingPerStep();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(hostOf(m_s->live(LifecycleSandbox::kC).first()), ours);
    }

    // What a look found and nobody settled is listed by the next watch too (a new process; the stored
    // point has moved on), and watch keeps saying something needs attention until it is applied.
    void watchListsWhatNobodySettledUntilApplied()
    {
        QCOMPARE(cli({ "watch", "--once" }).exitCode, 0);
        QTest::qWait(5);
        customerCancels(LifecycleSandbox::kC);
        const auto first = cli({ "watch", "--once" });
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.out.contains("cancelled phase 272"), first.out.constData());

        const auto again = cli({ "watch", "--once", "--json" });
        QCOMPARE(again.exitCode, 1);
        const QJsonObject look = again.json();
        QCOMPARE(look.value("changedBookings").toInt(), 0);
        QCOMPARE(look.value("newItems").toInt(), 0);
        QCOMPARE(look.value("items").toArray().size(), 1);
        QCOMPARE(look.value("items").toArray().first().toObject().value("kind").toString(),
            QStringLiteral("cancelled"));

        const auto applied = cli(reconcile({ "--apply", "cancelled:book-again" }));
        QVERIFY2(applied.exitCode == 0, (applied.out + applied.err).constData());
        const auto after = cli({ "watch", "--once", "--json" });
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json().value("items").toArray().size(), 0);
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM calcom_drift_items"), 0);
    }

    void watchOnceSeesOnlyWhatIsNewer()
    {
        // The first look finds the salon's own four bookings, all in step.
        const int listsBefore = m_s->requests("GET", "/bookings$");
        const auto first = cli({ "watch", "--once", "--json" });
        QVERIFY2(first.exitCode == 0, (first.out + first.err).constData());
        QCOMPARE(first.json().value("ourBookings").toInt(), 4);
        QCOMPARE(first.json().value("items").toArray().size(), 0);
        QCOMPARE(m_s->requests("GET", "/bookings$") - listsBefore, 1); // one page
        QCOMPARE(m_s->count("SELECT COUNT(*) FROM calcom_watch_cursor"), 1);

        // Nothing happened since: nothing to report.
        QTest::qWait(5);
        const int listsQuiet = m_s->requests("GET", "/bookings$");
        const auto quiet = cli({ "watch", "--once", "--json" });
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.json().value("changedBookings").toInt(), 0);
        QCOMPARE(m_s->requests("GET", "/bookings$") - listsQuiet, 1);

        // The customer cancels one step: the next look sees that one booking only, and needs attention.
        QTest::qWait(5);
        customerCancels(LifecycleSandbox::kB);
        const int lists = m_s->requests("GET", "/bookings$");
        const auto second = cli({ "watch", "--once" });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.out.contains("cancelled phase 271") && second.out.contains("1 bookings"),
            second.out.constData());
        QCOMPARE(m_s->requests("GET", "/bookings$") - lists, 1);
        QCOMPARE(m_s->status(LifecycleSandbox::kB), QStringLiteral("synced")); // watch changes nothing
    }
};

QTEST_GUILESS_MAIN(TestCliDrift)
#include "tst_cli_drift.moc"
