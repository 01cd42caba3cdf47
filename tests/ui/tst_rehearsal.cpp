// File → Rehearse on a copy… through the real main window, on both backends, with the SQL guard fatal: a
// snapshot of the "live" sandbox (taken with GETs only) and a copy of the database open in a second window
// whose title bar and banner say it is a rehearsal; a wizard run there changes the copy and the rehearsal
// sandbox only — the live sandbox hears no write and the real database keeps its map. With
// SALON_SCREENSHOT_DIR set, the rehearsal window is saved as a PNG.
#include "IncidentSandbox.h"
#include "SandboxServer.h"
#include "TestDatabase.h"
#include "UiTestData.h"
#include "core/db/DatabaseSession.h"
#include "core/db/SqlStatement.h"
#include "core/eventtypes/EventTypeCreationRun.h"
#include "core/eventtypes/EventTypePlanner.h"
#include "core/rehearsal/CalcomSnapshotJob.h"
#include "ui/AppController.h"
#include "ui/CalcomConnection.h"
#include "ui/MainWindow.h"
#include "ui/pages/MessageBanner.h"
#include "ui/rehearsal/DifferenceReportDialog.h"
#include "ui/rehearsal/RehearsalDialog.h"
#include "ui/rehearsal/RehearsalEnvironment.h"
#include "ui/rehearsal/RehearsalLauncher.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace salon;
using namespace salon::ui;
using salon::test::scalar;

namespace
{
int writesTo(sandbox::SandboxServer& server)
{
    int writes = 0;
    for (const auto& entry : server.log().entries())
        writes += entry.method != u"GET" ? 1 : 0;
    return writes;
}
} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void rehearsalWindowWorksOnTheCopyOnly();
};

void TestRehearsal::rehearsalWindowWorksOnTheCopyOnly()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto live = test::IncidentSandbox::create(backend, &error);
    QVERIFY2(live, qPrintable(error));
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots in German: SALON_QM_DIR names the folder with salon-admin_de.qm (the checks below are
    // made in English, so only the screenshot run sets it).
    QTranslator german;
    const bool inGerman = !qEnvironmentVariableIsEmpty("SALON_QM_DIR");
    if (inGerman) {
        QVERIFY(german.load(QStringLiteral("salon-admin_de"), qEnvironmentVariable("SALON_QM_DIR")));
        QCoreApplication::installTranslator(&german);
    }

    // The snapshot of the live account, as File → Rehearse takes it (GETs only).
    const QString snapshotPath = dir.filePath(QStringLiteral("snapshot.json"));
    {
        auto client = test::IncidentSandbox::client(*live->server);
        std::unique_ptr<rehearsal::CalcomSnapshotJob> job(new rehearsal::CalcomSnapshotJob(client.get(),
            { test::IncidentSandbox::kTeamId, QDateTime::currentDateTimeUtc().addDays(-30),
                QDateTime::currentDateTimeUtc().addDays(335) }));
        job->setAutoDelete(false);
        QVERIFY(job->waitForFinished(60000));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QVERIFY(job->snapshot().saveFile(snapshotPath));
    }

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    AppController controller(settings);
    QSignalSpy started(&controller, &AppController::started);
    controller.start(live->database->url(),
        CalcomStartOptions {
            live->server->baseUrl(), test::IncidentSandbox::kTeamId, test::IncidentSandbox::kApiKey, true });
    QVERIFY(started.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(controller.calcom()->isReady(), 20000);
    auto* rehearseAction = controller.mainWindow()->findChild<QAction*>(QStringLiteral("rehearseAction"));
    QVERIFY(rehearseAction);
    QVERIFY(rehearseAction->isEnabled());
    const int liveWrites = writesTo(*live->server);
    const qint64 mapBefore
        = scalar(live->database->db(), QStringLiteral("SELECT SUM(event_type_id) FROM calcom_event_map"))
              .toLongLong();

    // The dialog: a missing file is named; a snapshot taken now is saved and handed on (GETs only).
    {
        RehearsalDialog dialog(controller.calcom()->client(), controller.calcom()->teamId());
        dialog.setSnapshotFolder(dir.filePath(QStringLiteral("snapshots")));
        QSignalSpy chosen(&dialog, &RehearsalDialog::snapshotChosen);
        dialog.setSnapshotPath(dir.filePath(QStringLiteral("missing.json")));
        dialog.findChild<QPushButton*>(QStringLiteral("startButton"))->click();
        QVERIFY(chosen.isEmpty());
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("status"))
                     ->text()
                     .contains(QLatin1String("missing.json")),
            qPrintable(dialog.findChild<QLabel*>(QStringLiteral("status"))->text()));
        dialog.findChild<QRadioButton*>(QStringLiteral("takeSnapshot"))->setChecked(true);
        dialog.findChild<QPushButton*>(QStringLiteral("startButton"))->click();
        QVERIFY(chosen.wait(30000));
        const QString taken = chosen.first().first().toString();
        QVERIFY2(
            taken.startsWith(dir.filePath(QStringLiteral("snapshots/calcom-snapshot-"))), qPrintable(taken));
        QVERIFY(rehearsal::CalcomSnapshot::loadFile(taken));
        QCOMPARE(writesTo(*live->server), liveWrites);
    }

    // The second window on the copy and the snapshot.
    QSignalSpy rehearsalStarted(&controller, &AppController::rehearsalStarted);
    QSignalSpy rehearsalFailed(&controller, &AppController::rehearsalFailed);
    RehearsalLauncher* launcher = controller.startRehearsal(snapshotPath);
    QVERIFY(launcher);
    QTRY_VERIFY_WITH_TIMEOUT(!rehearsalStarted.isEmpty() || !rehearsalFailed.isEmpty(), 30000);
    QVERIFY2(rehearsalFailed.isEmpty(), qPrintable(rehearsalFailed.value(0).value(0).toString()));
    AppController* rehearsal = launcher->controller();
    QCOMPARE(rehearsalStarted.first().first().value<AppController*>(), rehearsal);
    MainWindow* window = rehearsal->mainWindow();
    QVERIFY(window->windowTitle().contains(inGerman ? QStringLiteral("Probe — nichts erreicht Cal.com")
                                                    : QStringLiteral("Rehearsal — nothing reaches Cal.com")));
    auto* banner = window->findChild<MessageBanner*>(QStringLiteral("rehearsalBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().startsWith(inGerman ? QStringLiteral("Probe — nichts erreicht Cal.com")
                                               : QStringLiteral("Rehearsal — nothing reaches Cal.com")));
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("rehearseAction"))); // no rehearsal in a rehearsal
    RehearsalEnvironment* environment = launcher->environment();
    QVERIFY(rehearsal->session()->url().isSqlite());
    QCOMPARE(rehearsal->session()->url().path(), environment->copyPath());
    QVERIFY(environment->sandboxUrl() != live->server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(rehearsal->calcom()->isReady(), 20000);
    QCOMPARE(rehearsal->calcom()->teamId(), test::IncidentSandbox::kTeamId);

    // The wizard in the rehearsal: the copy and the rehearsal sandbox change, the live side does not.
    {
        eventtypes::EventTypePlanner planner(rehearsal->session()->worker(), rehearsal->calcom()->client());
        planner.start(eventtypes::PlanRequest { { 440, 442, 444 }, {}, {} });
        QVERIFY(planner.waitForFinished(30000));
        QVERIFY2(!planner.hasError(), qPrintable(planner.errorString()));
        QCOMPARE(planner.plan().items.size(), 24);
        eventtypes::EventTypeCreationRun run(rehearsal->session()->worker(), rehearsal->calcom()->client(),
            planner.plan(), QStringLiteral("gui:test"));
        run.start();
        QVERIFY(run.waitForFinished(60000));
    }
    QCOMPARE(writesTo(*environment->sandbox()), 24);
    QCOMPARE(writesTo(*live->server), liveWrites);
    QCOMPARE(scalar(live->database->db(), QStringLiteral("SELECT SUM(event_type_id) FROM calcom_event_map"))
                 .toLongLong(),
        mapBefore);

    // What would change: the 24 new event types in Cal.com and the 24 map rows in the database.
    QVERIFY(window->findChild<QAction*>(QStringLiteral("differencesAction")));
    DifferenceReportDialog* differences = launcher->showDifferences();
    QVERIFY(differences);
    QSignalSpy reported(differences, &DifferenceReportDialog::reportReady);
    QVERIFY(reported.wait(30000));
    using rehearsal::ChangeRecord;
    const rehearsal::DifferenceReport& report = differences->report();
    QVERIFY(report.calcomCompared && report.databaseCompared);
    QCOMPARE(report.count(
                 ChangeRecord::Area::Calcom, ChangeRecord::Kind::EventType, ChangeRecord::Change::Created),
        24);
    QCOMPARE(report.count(
                 ChangeRecord::Area::Database, ChangeRecord::Kind::EventMap, ChangeRecord::Change::Changed),
        24);
    const QString csvPath = dir.filePath(QStringLiteral("changes.csv"));
    QVERIFY(differences->exportCsvTo(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("area,staff,kind,change,id,subject,details"));
    if (const QString shots = qEnvironmentVariable("SALON_SCREENSHOT_DIR");
        !shots.isEmpty() && backend == u"sqlite")
        QVERIFY(differences->grab().save(shots + QStringLiteral("/what-would-change.png")));
    differences->close();

    if (const QString shots = qEnvironmentVariable("SALON_SCREENSHOT_DIR");
        !shots.isEmpty() && backend == u"sqlite") {
        window->resize(1280, 720);
        QTest::qWait(500);
        QVERIFY(window->grab().save(
            shots + (inGerman ? QStringLiteral("/rehearsal-de.png") : QStringLiteral("/rehearsal-en.png"))));
    }

    // Closing the rehearsal window ends the rehearsal and removes the copy.
    const QString folder = environment->folder();
    QSignalSpy gone(launcher, &QObject::destroyed);
    window->close();
    QVERIFY(gone.wait(10000));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
