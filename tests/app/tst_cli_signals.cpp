// Ctrl-C and SIGTERM for the long commands, driving the real binary against a sandbox in this process:
// sync stops taking phases, waits for the POSTs already sent, gives its claims back and exits 130/143 (the
// next plain run finishes the work, nothing booked twice); a second signal ends it at once; import rolls
// its transaction back; create-event-types, repair-event-maps and reconcile stop and exit 130/143 too.
#include "CliProcess.h"
#include "SyncSandbox.h"

#include "db/SqlStatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>

using namespace salon;
using salon::test::scalar;
using salon::test::SyncSandbox;

namespace
{

struct SignalledRun {
    int exitCode = -1; // -2: crashed, -3: ended before it could be signalled
    QByteArray out;
    QByteArray err;
    qint64 msAfterLastSignal = 0;
};

} // namespace

class TestCliSignals : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncSandbox> m_s;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("CALCOM_API_KEY", SyncSandbox::kApiKey);
        env.insert("CALCOM_URL", m_s->server().baseUrl().toString());
        env.insert("CALCOM_TEAM_ID", QString::number(SyncSandbox::kTeamId));
        env.insert("LANG", "C");
        env.remove("LANGUAGE");
        env.remove("LC_ALL");
        env.insert("QT_LOGGING_RULES", "*.debug=false;*.info=false;salon.io.debug=true");
        return env;
    }

    test::CliResult cli(const QStringList& args)
    {
        return test::runCli(QStringLiteral(SALON_ADMIN_CLI),
            QStringList { "--db", m_s->database().cliUrl() } + args, environment());
    }

    // Starts the CLI, waits until `ready()` (the test's event loop keeps serving the sandbox), then sends
    // `signals` `gapMs` apart and waits for the end.
    SignalledRun runAndSignal(const QStringList& args,
        const std::function<bool(const QByteArray& err)>& ready, const QList<int>& signalNumbers,
        int gapMs = 0)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, &process,
            [&] { err += process.readAllStandardError(); });
        process.start(
            QStringLiteral(SALON_ADMIN_CLI), QStringList { "--db", m_s->database().cliUrl() } + args);
        if (!process.waitForStarted(10000))
            qFatal("cannot start the CLI");
        QElapsedTimer waited;
        waited.start();
        while (!ready(err) && process.state() == QProcess::Running && waited.elapsed() < 60000)
            QTest::qWait(5);
        SignalledRun run;
        if (process.state() != QProcess::Running) {
            run.exitCode = -3;
            run.err = err;
            return run;
        }
        QElapsedTimer sinceSignal;
        for (int i = 0; i < signalNumbers.size(); ++i) {
            if (i > 0)
                QTest::qWait(gapMs);
            ::kill(pid_t(process.processId()), signalNumbers.at(i));
            sinceSignal.start();
        }
        QSignalSpy done(&process, &QProcess::finished);
        if (process.state() == QProcess::Running && !done.wait(90000))
            qFatal("the CLI did not end after the signal");
        run.msAfterLastSignal = sinceSignal.elapsed();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = err + process.readAllStandardError();
        return run;
    }

    int countPhases(const QString& where) const
    {
        return scalar(m_s->db(), QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE ") + where)
            .toInt();
    }

    int postsSoFar() const { return m_s->posts(); }

    // 763 plus 20 one-phase appointments of Fabian #2 the next day, every 30 minutes: enough POSTs that a
    // signal lands mid-run at 300 ms latency.
    QStringList appointmentArgs()
    {
        QStringList args { "sync", "--appointment", QString::number(SyncSandbox::kAppointment) };
        for (int i = 0; i < 20; ++i)
            args << "--appointment" << QString::number(920 + i);
        return args;
    }

    void prepareManyPhases()
    {
        QVERIFY(m_s->repointIncidentMaps());
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_s->insertAppointment(
                920 + i, 9200 + i, QDateTime(QDate(2030, 11, 26), QTime(7, 0), Qt::UTC).addSecs(i * 1800)));
        m_s->server().options().latencyMs = 300;
    }

    QString phasesOfRun() const
    {
        return QStringLiteral(
                   "(appointment_id = 763 OR appointment_id BETWEEN 920 AND 939) AND staff_required = ")
            + (m_s->db().driverName() == QLatin1String("QPSQL") ? QStringLiteral("true")
                                                                : QStringLiteral("1"));
    }

private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_s = SyncSandbox::create(backend, &error);
        QVERIFY2(m_s, qPrintable(error));
    }

    void cleanup() { m_s.reset(); }

    void syncStopsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void syncStopsCleanlyOnSignal()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, exitCode);
        prepareManyPhases();
        const SignalledRun run = runAndSignal(
            appointmentArgs(), [this](const QByteArray&) { return postsSoFar() >= 1; }, { signalNumber });
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QVERIFY2(run.err.contains("stopping the sync"), run.err.constData());
        QVERIFY2(run.err.contains(signalNumber == SIGINT ? "SIGINT" : "SIGTERM"), run.err.constData());
        // Claims given back; every POST that went out was answered and stored.
        QCOMPARE(countPhases("sync_status = 'syncing'"), 0);
        const int synced = countPhases(phasesOfRun() + " AND sync_status = 'synced'");
        QVERIFY(synced >= 1);
        QCOMPARE(m_s->posts(), synced);
        QVERIFY2(countPhases(phasesOfRun() + " AND sync_status = 'pending'") > 0, "the signal came too late");
        QVERIFY2(run.out.contains("cancelled"), run.out.constData());

        // A plain rerun (no take-over) finishes the rest: nothing was left held.
        const auto rest = cli(appointmentArgs());
        QVERIFY2(rest.exitCode == 0, rest.out.constData());
        QCOMPARE(countPhases(phasesOfRun() + " AND sync_status <> 'synced'"), 0);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_s->bookingsOf(9200 + i).size(), 1);
        for (qint64 id : SyncSandbox::kStaffPhases)
            QCOMPARE(m_s->bookingsOf(id).size(), 1);
    }

    void secondSignalStopsAtOnce()
    {
        prepareManyPhases();
        m_s->server().options().latencyMs = 3000; // a POST in flight would hold a graceful stop for 3 s
        const SignalledRun run = runAndSignal(
            appointmentArgs(), [this](const QByteArray&) { return postsSoFar() >= 1; }, { SIGINT, SIGINT },
            100);
        QVERIFY2(run.exitCode == 130, run.err.constData());
        QVERIFY2(run.err.contains("second SIGINT"), run.err.constData());
        QVERIFY2(run.msAfterLastSignal < 2500, qPrintable(QString::number(run.msAfterLastSignal)));

        // Whatever was left held is taken over after the crash and nothing is booked twice.
        m_s->server().options().latencyMs = 0;
        const auto rest = cli(appointmentArgs() << "--take-over-after"
                                                << "0");
        QVERIFY2(rest.exitCode == 0, rest.out.constData());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_s->bookingsOf(9200 + i).size(), 1);
    }

    void importRollsBackOnSignal()
    {
        // A large file: the transaction runs long enough to be interrupted.
        QJsonArray appointments;
        for (int i = 0; i < 6000; ++i) {
            const QDateTime start = QDateTime(QDate(2031, 1, 1), QTime(8, 0), Qt::UTC).addSecs(i * 3600);
            QJsonArray phases;
            for (int j = 0; j < 4; ++j)
                phases.append(QJsonObject { { "id", 500000 + i * 4 + j }, { "segmentKey", "A" },
                    { "staffId", SyncSandbox::kFabian2 }, { "staffRequired", true },
                    { "startsAt", start.addSecs(j * 60).toString(Qt::ISODate) },
                    { "endsAt", start.addSecs(j * 60 + 60).toString(Qt::ISODate) } });
            appointments.append(
                QJsonObject { { "id", 100000 + i }, { "serviceId", 440 }, { "customerName", "Kundin" },
                    { "startsAt", start.toString(Qt::ISODate) }, { "phases", phases } });
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("big.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject { { "version", 1 }, { "appointments", appointments } }).toJson());
        file.close();
        const int before = countPhases("1 = 1");

        const SignalledRun run = runAndSignal({ "import", path },
            [](const QByteArray& err) { return err.contains("records in one transaction"); }, { SIGTERM });
        QVERIFY2(run.exitCode == 143, run.err.constData());
        QVERIFY2(run.err.contains("rolled back, nothing was written"), run.err.constData());
        QCOMPARE(countPhases("1 = 1"), before);
    }

    void createEventTypesStopsAndResumes()
    {
        m_s->server().options().latencyMs = 300;
        const QStringList args { "create-event-types", "--service", "440", "--service", "442", "--service",
            "444" };
        const SignalledRun run = runAndSignal(args,
            [this](const QByteArray&) {
                return m_s->server().log().count("POST", "^/v2/teams/12345/event-types$") >= 1;
            },
            { SIGINT });
        QVERIFY2(run.exitCode == 130, run.err.constData());
        QVERIFY2(run.err.contains("creates nothing twice"), run.err.constData());
        const int created = m_s->server().log().count("POST", "^/v2/teams/12345/event-types$");

        m_s->server().options().latencyMs = 0;
        const auto rest = cli(args);
        QVERIFY2(rest.exitCode == 0, rest.err.constData());
        // Every item once: the first run's creations are kept, not created again.
        QVERIFY(created >= 1);
        QCOMPARE(m_s->server().log().count("POST", "^/v2/teams/12345/event-types$"), 24);
        QSet<QString> slugs;
        for (const auto& et : m_s->server().state().eventTypes) {
            if (et.value("teamId").toInteger() != SyncSandbox::kTeamId)
                continue;
            const QString slug = et.value("slug").toString();
            QVERIFY2(!slugs.contains(slug), qPrintable(slug));
            slugs.insert(slug);
        }
    }

    void readOnlyCommandsStopAtOnce_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("repair-event-maps") << QStringList { "repair-event-maps" };
        QTest::newRow("populate-event-maps") << QStringList { "populate-event-maps" };
        QTest::newRow("reconcile") << QStringList { "reconcile", "--from", "2030-01-01", "--to",
            "2031-01-01" };
        QTest::newRow("watch") << QStringList { "watch", "--interval", "1" };
    }

    void readOnlyCommandsStopAtOnce()
    {
        QFETCH(QStringList, args);
        m_s->server().options().latencyMs = 2000;
        const QString mapsBefore = scalar(m_s->db(),
            "SELECT COUNT(*) || '/' || COALESCE(SUM(COALESCE(child_event_type_id, 0)), 0) FROM "
            "calcom_event_map")
                                       .toString();
        const int requestsBefore = int(m_s->server().log().size());
        const SignalledRun run = runAndSignal(args,
            [&](const QByteArray&) { return int(m_s->server().log().size()) > requestsBefore; }, { SIGINT });
        QVERIFY2(run.exitCode == 130, run.err.constData());
        QVERIFY2(run.err.contains("nothing was changed") || run.err.contains("nothing"), run.err.constData());
        QVERIFY2(run.msAfterLastSignal < 1500, qPrintable(QString::number(run.msAfterLastSignal)));
        QCOMPARE(scalar(m_s->db(),
                     "SELECT COUNT(*) || '/' || COALESCE(SUM(COALESCE(child_event_type_id, 0)), 0) FROM "
                     "calcom_event_map")
                     .toString(),
            mapsBefore);
    }
};

QTEST_MAIN(TestCliSignals)
#include "tst_cli_signals.moc"
