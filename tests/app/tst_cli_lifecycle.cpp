// cancel-appointment, move-appointment and reassign as real processes against a sandbox in this test
// process, on both backends: one line per step as it finishes, the plan for --dry-run, --json, and the exit
// codes (0 done, 1 nothing changed because something is busy, 2 could not run).
#include "CliProcess.h"
#include "LifecycleSandbox.h"

#include <QtTest>

using namespace salon;
using salon::test::LifecycleSandbox;

class TestCliLifecycle : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

    test::CliResult cli(const QStringList& args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CALCOM_API_KEY", "cal_sandbox_demo_key");
        environment.insert("CALCOM_URL", m_s->server().baseUrl().toString());
        environment.insert("CALCOM_TEAM_ID", "12345");
        environment.insert("LANG", "C");
        environment.remove("LANGUAGE");
        environment.remove("LC_ALL");
        return test::runCli(QStringLiteral(SALON_ADMIN_CLI),
            QStringList { "--db", m_s->sync().database().cliUrl() } + args, environment);
    }
    static int lines(const QByteArray& out, const QByteArray& needle)
    {
        int n = 0;
        for (const QByteArray& line : out.split('\n'))
            n += line.contains(needle) ? 1 : 0;
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
        QVERIFY(m_s->book());
    }
    void cleanup() { m_s.reset(); }

    void cancelAppointmentPrintsOneLinePerStep()
    {
        const auto r = cli({ "cancel-appointment", "763", "--reason", "Kundin krank" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out, "appointment 763 step"), 4);
        QCOMPARE(lines(r.out, "cancel: done"), 4);
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QVERIFY(m_s->live(p).isEmpty());
    }

    void aDryRunMoveShowsEveryStepAndChangesNothing()
    {
        const auto r = cli({ "move-appointment", "763", "--to", "2030-11-26T10:00:00+01:00", "--dry-run" });
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(lines(r.out, "appointment 763 step"), 5);
        QVERIFY2(r.out.contains("2030-11-26 11:15") && r.out.contains("free"), r.out.constData());
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 0);
        QCOMPARE(m_s->appointmentStart(), QDateTime(QDate(2030, 11, 25), QTime(9, 0), Qt::UTC));
    }

    void aMoveWithABusyStepExitsOneAndNamesIt()
    {
        m_s->block(
            LifecycleSandbox::kFabian2User, QDateTime(QDate(2030, 11, 26), QTime(10, 15), Qt::UTC), 30);
        const auto r = cli({ "move-appointment", "763", "--to", "2030-11-26T09:00:00Z" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("step C") && r.out.contains("Fabian Spitzer #2")
                && r.out.contains("nothing changed"),
            r.out.constData());
        QCOMPARE(m_s->requests("POST", "/reschedule$"), 0);
    }

    void aMoveToAFreeTimeMovesEveryStep()
    {
        const auto r = cli({ "move-appointment", "763", "--to", "2030-11-26T09:00:00Z", "--json" });
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject report = r.json();
        QVERIFY(report.value("ok").toBool());
        const QJsonObject outcome = report.value("appointments").toArray().first().toObject();
        QCOMPARE(outcome.value("result").toString(), QStringLiteral("done"));
        QCOMPARE(outcome.value("steps").toArray().size(), 4);
        QCOMPARE(m_s->appointmentStart(), QDateTime(QDate(2030, 11, 26), QTime(9, 0), Qt::UTC));
    }

    void badArgumentsCannotRun_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no offset") << QStringList { "move-appointment", "763", "--to", "2030-11-26T10:00:00" }
                                   << "offset";
        QTest::newRow("no --to") << QStringList { "move-appointment", "763" } << "--to";
        QTest::newRow("two ids") << QStringList { "move-appointment", "763", "764", "--to",
            "2030-11-26T10:00:00Z" }
                                 << "exactly one";
        QTest::newRow("cancel without id") << QStringList { "cancel-appointment" } << "at least one";
        QTest::newRow("cancel bad id") << QStringList { "cancel-appointment", "abc" } << "abc";
        QTest::newRow("reassign without staff") << QStringList { "reassign", "--phase", "271" } << "--staff";
        QTest::newRow("reassign two modes") << QStringList { "reassign", "--phase", "271", "--appointment",
            "763", "--staff", LifecycleSandbox::kFabian }
                                            << "exactly one";
        QTest::newRow("reassign bad date") << QStringList { "reassign", "--from-staff",
            LifecycleSandbox::kFabian2, "--to-staff", LifecycleSandbox::kFabian, "--on", "25.11.2030" }
                                           << "YYYY-MM-DD";
        QTest::newRow("reassign unknown staff") << QStringList { "reassign", "--appointment", "763",
            "--staff", "00000000-0000-4000-8000-000000000000" }
                                                << "does not exist";
    }

    void badArgumentsCannotRun()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const auto r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(m_s->requests("POST", "/reschedule$") + m_s->requests("POST", "/cancel$"), 0);
    }

    void reassignHandsAStepOver()
    {
        const auto r = cli({ "reassign", "--phase", "271", "--staff", LifecycleSandbox::kFabian });
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(lines(r.out, "rebook: done"), 1);
        QCOMPARE(m_s->column(LifecycleSandbox::kB, "staff_id").toString(), LifecycleSandbox::kFabian);
    }

    void reassignASickDay()
    {
        const auto r = cli({ "reassign", "--from-staff", LifecycleSandbox::kFabian2, "--to-staff",
            LifecycleSandbox::kFabian, "--on", "2030-11-25" });
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(lines(r.out, "rebook: done"), 4);
        for (qint64 p : LifecycleSandbox::kStaffPhases)
            QCOMPARE(m_s->column(p, "staff_id").toString(), LifecycleSandbox::kFabian);
    }

    void reassignToSomeoneWithoutEventTypesExitsOne()
    {
        const auto r = cli({ "reassign", "--appointment", "763", "--staff", LifecycleSandbox::kLena });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("event type wizard") && r.out.contains("next step"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
