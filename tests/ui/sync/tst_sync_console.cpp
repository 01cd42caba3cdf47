// The sync console driven with Qt Test (offscreen) against the sandbox: the failed view with counts and a
// loud banner, a retry that fails on the incident's MANAGED parents and links to the wizard, a retry after
// the fix with live per-phase status until the rows turn synced and leave the failed view, archiving,
// the exported log, reconcile drift with confirmation, and changes made by another process showing up.
#include "SyncSandbox.h"
#include "core/db/DatabaseConnection.h"
#include "core/db/DatabaseSession.h"
#include "core/db/SqlStatement.h"
#include "core/db/SqlTime.h"
#include "core/sync/PhaseRepository.h"
#include "core/sync/SyncBatch.h"
#include "ui/pages/MessageBanner.h"
#include "ui/sync/SyncConsole.h"
#include "ui/sync/SyncConsoleController.h"
#include "ui/sync/SyncDetailPane.h"
#include "ui/sync/SyncQueueModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "../UiTestData.h"

using namespace salon;
using namespace salon::test;
using namespace salon::ui;
using sync::PhaseStage;

namespace
{

// The console's parts by object name (SyncConsole.ui), as a person finds them by their label.
template <typename T> T* part(const SyncConsole& console, const char* name)
{
    T* found = console.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("the sync console has no %s", name);
    return found;
}
QTreeView* view(const SyncConsole& console)
{
    return part<QTreeView>(console, "queueView");
}
QAction* action(const SyncConsole& console, const char* name)
{
    return part<QAction>(console, name);
}
MessageBanner* banner(const SyncConsole& console)
{
    return part<MessageBanner>(console, "banner");
}
SyncDetailPane* details(const SyncConsole& console)
{
    return part<SyncDetailPane>(console, "detailPane");
}

void selectAppointment(SyncConsole& console, qint64 appointmentId)
{
    const QModelIndex index = console.model()->indexOfAppointment(appointmentId);
    QVERIFY(index.isValid());
    view(console)->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString statusText(const SyncConsole& console, qint64 phaseId)
{
    return console.model()->indexOfPhase(phaseId, SyncQueueModel::StatusColumn).data().toString();
}

} // namespace

class TestSyncConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void retryFailedAppointmentUntilItsRowsTurnSynced()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));

        DatabaseSession session(s->database().url());
        SyncConsole console(&session);
        test::checkModel(console.model());
        console.setCalcom(s->client(), SyncSandbox::kTeamId);
        console.resize(1200, 700);
        console.show();
        QSignalSpy status(&console, &SyncConsole::statusMessage);
        QSignalSpy wizard(&console, &SyncConsole::openEventTypeWizardRequested);

        // The default view: everything that needs attention, with counts per filter and a loud banner.
        QTRY_COMPARE(console.model()->appointmentCount(), 3);
        QTRY_VERIFY(console.model()->hasCounts());
        QCOMPARE(part<QComboBox>(console, "statusFilter")->itemText(int(SyncQueueFilter::Status::Failed)),
            QStringLiteral("Failed (2)"));
        QCOMPARE(part<QComboBox>(console, "statusFilter")->itemText(int(SyncQueueFilter::Status::Pending)),
            QStringLiteral("Pending (1)"));
        QVERIFY(banner(console)->isVisible());
        QVERIFY2(banner(console)->text().contains(QLatin1String("8 phase(s) failed")),
            qPrintable(banner(console)->text()));

        // The failed view, searched down to the incident's appointment.
        SyncQueueFilter failed;
        failed.status = SyncQueueFilter::Status::Failed;
        console.setFilter(failed);
        QTRY_COMPARE(console.model()->appointmentCount(), 2);
        failed.text = QStringLiteral("parent managed");
        console.setFilter(failed);
        QTRY_COMPARE(console.model()->appointmentCount(), 2); // both carry the incident's error text
        failed.text = QStringLiteral("763");
        console.setFilter(failed);
        QTRY_COMPARE(console.model()->appointmentCount(), 1);
        QCOMPARE(console.model()->rowCount(console.model()->indexOfAppointment(763)), 5);
        QCOMPARE(statusText(console, 269), QStringLiteral("failed"));

        // Retry as imported: the maps point at MANAGED parents, so it fails again and says where to go.
        selectAppointment(console, 763);
        QVERIFY(action(console, "retrySelectedAction")->isEnabled());
        QSignalSpy finished(&console, &SyncConsole::syncFinished);
        action(console, "retrySelectedAction")->trigger();
        QVERIFY(console.isSyncing());
        QVERIFY(action(console, "cancelAction")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(console.lastStatus().contains(QLatin1String("failures")), qPrintable(console.lastStatus()));
        QVERIFY(banner(console)->isVisible());
        QVERIFY2(banner(console)->text().contains(QLatin1String("last sync run failed for 4")),
            qPrintable(banner(console)->text()));
        QTRY_VERIFY(console.model()->indexOfPhase(269).isValid());
        const QModelIndex phase269 = console.model()->indexOfPhase(269);
        view(console)->selectionModel()->setCurrentIndex(
            phase269, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy attempts(details(console), &SyncDetailPane::attemptsLoaded);
        QTRY_VERIFY(!attempts.isEmpty() || details(console)->attempts().size() == 1);
        QTRY_COMPARE(details(console)->attempts().size(), 1);
        QCOMPARE(details(console)->attempts().first().outcome, QStringLiteral("noChildForHost"));
        // The attempts list reads in the salon's words; the stored code stays in the tooltip.
        const QTreeWidgetItem* attempt = part<QTreeWidget>(console, "attemptList")->topLevelItem(0);
        QVERIFY(attempt);
        QCOMPARE(attempt->text(3), QStringLiteral("staff member has no event type"));
        QCOMPARE(attempt->toolTip(3), QStringLiteral("noChildForHost"));
        QVERIFY(details(console)->detailsText().contains(QLatin1String("has no personal copy")));
        QVERIFY(details(console)->detailsText().contains(QLatin1String("noChildForHost")));
        part<QPushButton>(console, "copyDetailsButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), details(console)->detailsText());
        QVERIFY(part<QPushButton>(console, "toolButton")->isVisibleTo(&console));
        part<QPushButton>(console, "toolButton")->click();
        QCOMPARE(wizard.size(), 1);

        // The fix, then the retry: live status per phase, the progress bar, and rows that turn synced.
        QVERIFY(s->repointIncidentMaps());
        selectAppointment(console, 763);
        console.retrySelected();
        sync::SyncBatch* batch = console.controller()->currentBatch();
        QVERIFY(batch);
        QVERIFY(part<QProgressBar>(console, "progress")->isVisible());
        QStringList shown;
        QList<PhaseStage> stages;
        connect(batch, &sync::SyncBatch::phaseStageChanged, this, [&](qint64 id, PhaseStage stage) {
            if (id == 269)
                stages.append(stage);
        });
        connect(console.model(), &QAbstractItemModel::dataChanged, this, [&] {
            const QString text = statusText(console, 269);
            if (!text.isEmpty() && (shown.isEmpty() || shown.last() != text))
                shown.append(text);
        });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY2(stages.contains(PhaseStage::Booking), qPrintable(QString::number(stages.size())));
        QCOMPARE(stages.last(), PhaseStage::Synced);
        QVERIFY2(shown.contains(QStringLiteral("booking")), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(shown.contains(QStringLiteral("synced")), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(console.lastStatus().contains(QLatin1String("4 synced")), qPrintable(console.lastStatus()));
        QVERIFY(!part<QProgressBar>(console, "progress")->isVisible());

        // Resolved rows leave the failed view ...
        QTRY_VERIFY(!console.model()->isLoading());
        QCOMPARE(console.model()->appointmentCount(), 0);
        // ... and show up as synced, with their bookings.
        SyncQueueFilter synced;
        synced.status = SyncQueueFilter::Status::Synced;
        console.setFilter(synced);
        QTRY_COMPARE(console.model()->appointmentCount(), 1);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            QCOMPARE(statusText(console, id), QStringLiteral("synced"));
            QVERIFY(console.model()->indexOfPhase(id, SyncQueueModel::BookingColumn).data().toLongLong() > 0);
        }
        QCOMPARE(s->server().state().bookings.size(), 4);

        // The log says what happened, and can be exported.
        QVERIFY(console.logText().contains(QLatin1String("phase 269 (appointment 763, A): synced")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sync-log.txt"));
        QVERIFY(console.exportLogTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("noChildForHost"));
        QVERIFY(!status.isEmpty());
    }

    void readsRowsAsTheListIsScrolled()
    {
        // 600 more failed appointments: the console shows the first chunk and reads the rest only when the
        // list is scrolled (QTreeView would otherwise pull every chunk after every layout).
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QSqlDatabase db = s->database().db();
        QVERIFY(db.transaction());
        const QDateTime first(QDate(2031, 1, 6), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 600; ++i) {
            const QDateTime start = first.addSecs(qint64(i) * 3600);
            QVERIFY(runSql(db,
                QStringLiteral(
                    "INSERT INTO appointments (id, service_id, customer_name, starts_at, created_at) "
                    "VALUES (?, 440, ?, ?, ?)"),
                { 50000 + i, QStringLiteral("Scroll %1").arg(i), toSqlTime(start), toSqlTime(first) }));
            QVERIFY(runSql(db,
                QStringLiteral(
                    "INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_required, "
                    "starts_at, ends_at, sync_status, sync_error, updated_at) "
                    "VALUES (?, ?, 'A', ?, ?, ?, 'failed', 'HTTP 500', ?)"),
                { 900000 + i, 50000 + i, false, toSqlTime(start), toSqlTime(start.addSecs(1800)),
                    toSqlTime(first) }));
        }
        QVERIFY(db.commit());

        DatabaseSession session(s->database().url());
        SyncConsole console(&session);
        test::checkModel(console.model());
        console.resize(1200, 700);
        console.show();
        SyncQueueFilter failed;
        failed.status = SyncQueueFilter::Status::Failed;
        console.setFilter(failed);
        SyncQueueModel* model = console.model();
        QTRY_VERIFY(model->hasCounts() && model->appointmentCount() > 0 && !model->isLoading());
        QTest::qWait(300); // time for the view to ask for more, if it could
        QCOMPARE(model->appointmentCount(), 200);
        QVERIFY(model->hasMoreRows());
        QCOMPARE(model->counts().appointments[size_t(SyncQueueFilter::Status::Failed)], 602);

        // To the end, as a person would press End: chunk after chunk until every row is there.
        for (int i = 0; i < 20 && model->hasMoreRows(); ++i) {
            view(console)->scrollToBottom();
            QTRY_VERIFY(!model->isLoading());
            QCoreApplication::processEvents();
        }
        QCOMPARE(model->appointmentCount(), 602);
        QVERIFY(!model->hasMoreRows());
        // The last appointment arrived expanded, like the first.
        QVERIFY(view(console)->isExpanded(model->index(601, 0)));
    }

    void rateLimitWaitIsShownAndCancelStopsAtOnce()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps()); // four requests in this minute's window
        calcom::RateLimiter* limiter = s->client()->rateLimiter();
        limiter->setLimit(4); // ... so the next one waits for the window

        DatabaseSession session(s->database().url());
        SyncConsole console(&session);
        test::checkModel(console.model());
        console.setCalcom(s->client(), SyncSandbox::kTeamId);
        SyncQueueFilter failed;
        failed.status = SyncQueueFilter::Status::Failed;
        failed.text = QStringLiteral("763");
        console.setFilter(failed);
        QTRY_COMPARE(console.model()->appointmentCount(), 1);
        QSignalSpy finished(&console, &SyncConsole::syncFinished);
        selectAppointment(console, 763);
        console.retrySelected();
        QVERIFY(console.isSyncing());

        // The queue says how long, the label how much budget is left.
        QTRY_VERIFY(statusText(console, 269).startsWith(QLatin1String("waiting ")));
        QVERIFY2(
            statusText(console, 269).endsWith(QLatin1String(" s")), qPrintable(statusText(console, 269)));
        QVERIFY2(part<QLabel>(console, "rateLimitLabel")->text().contains(QLatin1String("waiting")),
            qPrintable(part<QLabel>(console, "rateLimitLabel")->text()));
        QVERIFY2(
            part<QLabel>(console, "rateLimitLabel")->text().contains(QLatin1String("0 of 4 requests left")),
            qPrintable(part<QLabel>(console, "rateLimitLabel")->text()));

        // Cancel does not wait for the window: nothing was posted, every phase is as before.
        QElapsedTimer timer;
        timer.start();
        action(console, "cancelAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(console.lastStatus().contains(QLatin1String("cancelled")), qPrintable(console.lastStatus()));
        QCOMPARE(s->posts(), 0);
        for (qint64 id : SyncSandbox::kStaffPhases)
            QCOMPARE(s->status(id), QStringLiteral("failed"));
        QTRY_COMPARE(console.model()->appointmentCount(), 1);
    }

    void archiveKeepsHistoryAndLeavesTheFailedView()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        DatabaseSession session(s->database().url());
        SyncConsole console(&session);
        test::checkModel(console.model());
        SyncQueueFilter failed;
        failed.status = SyncQueueFilter::Status::Failed;
        console.setFilter(failed);
        QTRY_COMPARE(console.model()->appointmentCount(), 2);
        QTRY_VERIFY(console.model()->hasCounts());
        QCOMPARE(console.model()->counts().failedPhases, 8);

        selectAppointment(console, 765);
        QVERIFY(action(console, "archiveAction")->isEnabled());
        console.archiveSelected(QStringLiteral("test appointment, never real"));
        QTRY_COMPARE(console.model()->appointmentCount(), 1);
        QTRY_COMPARE(console.model()->counts().failedPhases, 4);
        QCOMPARE(s->column(279, QStringLiteral("archived_reason")).toString(),
            QStringLiteral("test appointment, never real"));
        QCOMPARE(s->status(279), QStringLiteral("failed"));

        SyncQueueFilter archived;
        archived.status = SyncQueueFilter::Status::Archived;
        console.setFilter(archived);
        QTRY_COMPARE(console.model()->appointmentCount(), 1);
        QVERIFY(statusText(console, 279).contains(QLatin1String("archived: test appointment")));
    }

    void changesByAnotherProcessShowUpLive()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        DatabaseSession session(s->database().url());
        SyncConsole console(&session);
        test::checkModel(console.model());
        QTRY_VERIFY(console.isWatching());
        QTRY_COMPARE(console.model()->appointmentCount(), 3);
        QCOMPARE(statusText(console, 274), QStringLiteral("pending"));

        // A cron job on its own connection syncs appointment 764 (after the maps were fixed for its staff).
        QVERIFY(s->repointIncidentMaps());
        // (A worker of its own: it plays another program.)
        DatabaseWorker cronWorker(s->database().url());
        auto cronClient = s->newClient();
        sync::SyncBatch cron(&cronWorker, cronClient.get(), SyncSandbox::kTeamId, s->options());
        QVERIFY(cron.addAppointments({ 764 }));
        cron.start();
        QVERIFY(cron.waitForFinished(30000));
        // Fabian (not #2) still points at MANAGED parents: failed, and the console sees it without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(statusText(console, 274), QStringLiteral("failed"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(console, 275), QStringLiteral("skipped"), 10000);
    }

    void reconcileDriftNeedsConfirmation()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(s->runBatch({ SyncSandbox::kAppointment }, s->options())->report().allOk());
        const QString uid = s->column(269, QStringLiteral("calcom_booking_uid")).toString();
        auto* cancel = s->client()->cancelBooking(uid);
        QVERIFY(cancel->waitForFinished(10000));
        delete cancel;

        DatabaseSession session(s->database().url());
        SyncConsole console(&session);
        test::checkModel(console.model());
        console.setCalcom(s->client(), SyncSandbox::kTeamId);
        QStringList questions;
        bool answer = false;
        console.setConfirmHandler([&](const QString& q) {
            questions.append(q);
            return answer;
        });
        // Without a date filter Reconcile checks the days the greyed date fields show (yesterday and the 30
        // after) and says so; the incident's appointment (2030) is outside, so nothing was compared.
        const QDate yesterday
            = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date().addDays(-1);
        QCOMPARE(part<QDateEdit>(console, "fromDate")->date(), yesterday);
        QCOMPARE(part<QDateEdit>(console, "toDate")->date(), yesterday.addDays(30));
        {
            QSignalSpy first(&console, &SyncConsole::reconcileFinished);
            action(console, "reconcileAction")->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(first.size(), 1, 30000);
            QVERIFY2(console.lastStatus().contains(QLocale().toString(yesterday, QLocale::ShortFormat))
                    && console.lastStatus().contains(QLatin1String("nothing to compare")),
                qPrintable(console.lastStatus()));
            QCOMPARE(part<QTreeWidget>(console, "driftList")->topLevelItemCount(), 0);
        }
        // With a date filter it covers the filter's days.
        SyncQueueFilter period;
        period.status = SyncQueueFilter::Status::All;
        period.from = QDate(2030, 11, 25);
        period.to = QDate(2030, 11, 25);
        console.setFilter(period);
        QSignalSpy done(&console, &SyncConsole::reconcileFinished);
        action(console, "reconcileAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(part<QTreeWidget>(console, "driftList")->topLevelItemCount(), 1);
        QTreeWidgetItem* item = part<QTreeWidget>(console, "driftList")->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("cancelled"));
        QCOMPARE(item->text(1), QStringLiteral("269"));
        QVERIFY(console.lastStatus().contains(QLatin1String("1 difference")));
        QCOMPARE(s->status(269), QStringLiteral("synced")); // reporting changes nothing

        // Acting on it asks first; "no" changes nothing.
        item->setSelected(true);
        console.markSelectedDriftForResync();
        QCOMPARE(questions.size(), 1);
        QCOMPARE(s->status(269), QStringLiteral("synced"));
        answer = true;
        console.markSelectedDriftForResync();
        QCOMPARE(questions.size(), 2);
        QTRY_COMPARE(s->status(269), QStringLiteral("pending"));
        QVERIFY(s->column(269, QStringLiteral("calcom_booking_uid")).isNull());
    }
};

QTEST_MAIN(TestSyncConsole)
#include "tst_sync_console.moc"
