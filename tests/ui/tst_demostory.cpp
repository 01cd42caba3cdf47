// The demo story through the real main window with the main-thread SQL guard fatal (SALON_SQL_GUARD=fatal,
// as for every test): the incident's salon and Cal.com sides → verify → wizard → sync, then a repair and an
// import by another program, a move and a cancel from the Appointments page. After each step every open page
// shows the new state without Refresh, and the banner and the status bar give one count of problems. No
// connection of the application is allowed SQL on the GUI thread (the sync engine too runs on the session's
// worker), or this test aborts.
#include "IncidentSandbox.h"
#include "TestDatabase.h"
#include "UiTestData.h"
#include "core/db/MainThreadSqlGuard.h"
#include "core/db/SqlStatement.h"
#include "core/db/SqlTime.h"
#include "core/eventmaps/EventMapRepository.h"
#include "core/io/DatasetImporter.h"
#include "core/io/DatasetJson.h"
#include "ui/AppController.h"
#include "ui/CalcomConnection.h"
#include "ui/MainWindow.h"
#include "ui/lifecycle/AppointmentLifecycleActions.h"
#include "ui/lifecycle/CancelAppointmentDialog.h"
#include "ui/lifecycle/MoveAppointmentDialog.h"
#include "ui/pages/AppointmentsPage.h"
#include "ui/pages/EventMapPage.h"
#include "ui/pages/MessageBanner.h"
#include "ui/pages/TablePage.h"
#include "ui/sync/SyncConsole.h"
#include "ui/wizard/EventTypeWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;
using salon::test::scalar;

namespace
{
// Event map columns (StandardTables::eventMap) and phase columns (StandardTables::phases).
constexpr int kEventTypeColumn = 4;
constexpr int kChildColumn = 5;
constexpr int kPhaseAppointmentColumn = 1;
constexpr int kPhaseStartColumn = 5;
constexpr int kPhaseStatusColumn = 7;
// Appointment columns (StandardTables::appointments).
constexpr int kAppointmentStartColumn = 4;
constexpr int kAppointmentStatusColumn = 5;
// The incident's MANAGED parents have the ids up to this one.
constexpr qint64 kLastParent = 3982584;

// What a loaded page shows in one column, by row key.
QHash<QString, QString> columnByKey(const LazyTableModel& model, int column, int role = Qt::DisplayRole)
{
    QHash<QString, QString> values;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.isRowLoaded(row))
            values.insert(model.keyOf(row).toString(), model.data(model.index(row, column), role).toString());
    return values;
}

// What the loaded rows of appointment 763 show in one column of the Phases page, by phase id.
QHash<QString, QString> phasesOf763(const LazyTableModel& phases, int column)
{
    QHash<QString, QString> values;
    for (int row = 0; row < phases.rowCount(); ++row)
        if (phases.isRowLoaded(row) && phases.data(phases.index(row, kPhaseAppointmentColumn)).toInt() == 763)
            values.insert(phases.keyOf(row).toString(),
                phases.data(phases.index(row, column), LazyTableModel::StoredValueRole).toString());
    return values;
}
} // namespace

class TestDemoStory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void verifyWizardSyncRepairImport();

private:
    TablePage* page(const char* id) const
    {
        return m_controller->mainWindow()->pageAs<TablePage>(QLatin1String(id));
    }
    QString statusBarText() const { return m_controller->mainWindow()->statusBar()->currentMessage(); }
    void verify(const QString& step);
    void runWizard();
    void sync();
    // Selects appointment 763 on the Appointments page and opens one of its lifecycle dialogs.
    template <typename D> D* openFor763(const char* actionName);
    void confirm(LifecycleActionDialog* dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<test::IncidentSandbox> m_incident;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppController> m_controller;
};

void TestDemoStory::init()
{
    QCOMPARE(MainThreadSqlGuard::mode(), MainThreadSqlGuard::Mode::Fatal);
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_incident = test::IncidentSandbox::create(backend, &error);
    QVERIFY2(m_incident, qPrintable(error));
    QStandardPaths::setTestModeEnabled(true);
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_controller = std::make_unique<AppController>(*m_settings);
    QSignalSpy started(m_controller.get(), &AppController::started);
    m_controller->start(m_incident->database->url(),
        CalcomStartOptions { m_incident->server->baseUrl(), test::IncidentSandbox::kTeamId,
            test::IncidentSandbox::kApiKey, true },
        QStringLiteral("eventmap"));
    QVERIFY(started.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->calcom()->isReady(), 20000);
    QVERIFY(test::waitUntilWatching(*m_controller->session()));
    for (const QString& id : m_controller->mainWindow()->pageIds())
        if (auto* table = m_controller->mainWindow()->pageAs<TablePage>(id)) {
            test::checkModel(table->model());
            QVERIFY2(test::waitUntilLoaded(*table->model()), qPrintable(id));
        }
}

void TestDemoStory::cleanup()
{
    m_controller.reset();
    m_incident.reset();
}

void TestDemoStory::verify(const QString& step)
{
    auto* eventMap = m_controller->mainWindow()->pageAs<EventMapPage>(QStringLiteral("eventmap"));
    auto* banner = eventMap->findChild<MessageBanner*>(QStringLiteral("banner"));
    const QString before = statusBarText();
    m_controller->verifyEventMaps();
    QTRY_VERIFY_WITH_TIMEOUT(
        statusBarText().startsWith(QLatin1String("Event maps verified")) && statusBarText() != before, 30000);
    // One count of problems: the status bar names the numbers the page's findings (and banner) hold.
    const FindingsProxyModel::Counts counts = eventMap->findings()->counts();
    QVERIFY2(
        statusBarText().contains(QStringLiteral("%1 error(s)").arg(counts.errors)) || counts.total() == 0,
        qPrintable(step + QLatin1String(": ") + statusBarText()));
    QVERIFY2(
        statusBarText().contains(QStringLiteral("%1 warning(s)").arg(counts.warnings)) || counts.total() == 0,
        qPrintable(step + QLatin1String(": ") + statusBarText()));
    if (counts.errors > 0)
        QVERIFY2(banner->text().contains(QStringLiteral("%1 error(s)").arg(counts.errors)),
            qPrintable(banner->text()));
}

void TestDemoStory::runWizard()
{
    m_controller->openEventTypeWizard();
    EventTypeWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_controller->mainWindow()->findChild<EventTypeWizard*>()) != nullptr);
    auto* services = wizard->findChild<QListWidget*>(QStringLiteral("serviceList"));
    QTRY_COMPARE(services->count(), 3);
    for (int i = 0; i < services->count(); ++i)
        services->item(i)->setCheckState(Qt::Checked);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), 30000);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 60000);
    wizard->close();
}

void TestDemoStory::sync()
{
    m_controller->mainWindow()->setCurrentPage(QStringLiteral("sync"));
    auto* console = m_controller->mainWindow()->pageAs<SyncConsole>(QStringLiteral("sync"));
    QSignalSpy finished(console, &SyncConsole::syncFinished);
    auto* retryAll = console->findChild<QAction*>(QStringLiteral("retryFailedAction"));
    QTRY_VERIFY(retryAll->isEnabled());
    retryAll->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
}

template <typename D> D* TestDemoStory::openFor763(const char* actionName)
{
    m_controller->mainWindow()->setCurrentPage(QStringLiteral("appointments"));
    auto* appointments = m_controller->mainWindow()->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    LazyTableModel* model = appointments->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->isRowLoaded(row) && model->keyOf(row).toLongLong() == 763)
            appointments->view()->selectRow(row);
    if (appointments->currentKey().toLongLong() != 763)
        return nullptr;
    auto* action = appointments->findChild<QAction*>(QLatin1String(actionName));
    if (!action || !QTest::qWaitFor([&] { return action->isEnabled(); }, 10000))
        return nullptr;
    QSignalSpy opened(appointments->lifecycleActions(), &AppointmentLifecycleActions::dialogOpened);
    action->trigger();
    if (!QTest::qWaitFor([&] { return opened.size() == 1; }, 10000))
        return nullptr;
    return qobject_cast<D*>(opened.first().first().value<LifecycleActionDialog*>());
}

void TestDemoStory::confirm(LifecycleActionDialog* dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checksFinished() > 0, 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(),
        qPrintable(dialog->findChild<MessageBanner*>(QStringLiteral("banner"))->text()), 10000);
    QSignalSpy finished(dialog, &LifecycleActionDialog::changeFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.first().first().toBool());
    dialog->close();
}

void TestDemoStory::verifyWizardSyncRepairImport()
{
    const QSqlDatabase other = m_incident->database->db(); // another program's connection
    LazyTableModel* eventMap = page("eventmap")->model();
    LazyTableModel* phases = page("phases")->model();
    LazyTableModel* staff = page("staff")->model();
    const int mapRows = eventMap->rowCount();
    QVERIFY(mapRows >= 24);

    // 1. Verify: the MANAGED parents without children are marked.
    verify(QStringLiteral("verify"));
    auto* findings = m_controller->mainWindow()->pageAs<EventMapPage>(QStringLiteral("eventmap"))->findings();
    const int errorsBefore = findings->counts().errors;
    QVERIFY(errorsBefore >= 24);

    // 2. The wizard: the map rows point at the new event types, and their findings are gone — no Refresh.
    runWizard();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto types = columnByKey(*eventMap, kEventTypeColumn);
            int replaced = 0;
            for (const QString& type : types)
                replaced += type.toLongLong() > kLastParent ? 1 : 0;
            return replaced >= 24;
        }(),
        20000);
    QTRY_VERIFY(findings->counts().errors < errorsBefore);
    QCOMPARE(eventMap->rowCount(), mapRows);

    // 3. Verify again: the counts agree with what the page shows.
    verify(QStringLiteral("verify after the wizard"));

    // 4. Sync: appointment 763's phases turn synced on the Phases page by themselves.
    sync();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int synced = 0;
            for (int row = 0; row < phases->rowCount(); ++row)
                if (phases->isRowLoaded(row)
                    && phases->data(phases->index(row, kPhaseAppointmentColumn)).toInt() == 763
                    && phases->data(phases->index(row, kPhaseStatusColumn), LazyTableModel::StoredValueRole)
                            .toString()
                        == QLatin1String("synced"))
                    ++synced;
            return synced == 4;
        }(),
        20000);

    // 5. A repair by another program (repair-event-maps stores a resolved child): the row shows it.
    auto entry = eventmaps::EventMapRepository(other).entry(1);
    QVERIFY(entry && entry->has_value());
    eventmaps::EventMapChange change { **entry, **entry, QStringLiteral("test") };
    change.after.childEventTypeId = 4999999;
    change.after.childResolvedAt = QDateTime::currentDateTimeUtc();
    auto applied = eventmaps::EventMapRepository(other).apply(
        { change }, QStringLiteral("cli:test"), QStringLiteral("event_map.repair"));
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error()));
    QTRY_COMPARE_WITH_TIMEOUT(
        columnByKey(*eventMap, kChildColumn).value(QStringLiteral("1")), QStringLiteral("4999999"), 20000);

    // 6. An import by another program: the new staff member is listed.
    const int staffBefore = staff->rowCount();
    auto dataset = DatasetJson::parse(
        R"({"staff": [{"id": "7d2f4c1a-0000-4000-8000-0000000000aa", "name": "Nora Import"}]})");
    QVERIFY(dataset);
    auto imported = DatasetImporter(other, QStringLiteral("cli:test")).import(*dataset, false);
    QVERIFY(imported);
    QTRY_COMPARE_WITH_TIMEOUT(staff->rowCount(), staffBefore + 1, 20000);
    QVERIFY(columnByKey(*staff, 1).values().contains(QStringLiteral("Nora Import"))
        || !staff->isRowLoaded(staffBefore));

    // 7. Move appointment 763 by a day (Appointments page, Move…): both pages show the new times.
    LazyTableModel* appointments = page("appointments")->model();
    const QString startBefore
        = columnByKey(*appointments, kAppointmentStartColumn, LazyTableModel::StoredValueRole)
              .value(QStringLiteral("763"));
    const QHash<QString, QString> phaseStartsBefore = phasesOf763(*phases, kPhaseStartColumn);
    QCOMPARE(phaseStartsBefore.size(), 5);
    const QDateTime start
        = test::scalar(other, QStringLiteral("SELECT starts_at FROM appointments WHERE id = 763"))
              .toDateTime();
    auto* move = openFor763<MoveAppointmentDialog>("moveAppointmentAction");
    QVERIFY(move);
    QVERIFY(start.isValid());
    // The first later day on which the incident's staff are free at that time (the check says which).
    for (int days : { 7, 14, 1, 2, 3 }) {
        const int checks = move->checksFinished();
        move->setNewStart(start.addDays(days));
        QTRY_VERIFY_WITH_TIMEOUT(move->checksFinished() > checks, 30000);
        if (move->confirmButton()->isEnabled())
            break;
    }
    confirm(move);
    QTRY_VERIFY_WITH_TIMEOUT(
        columnByKey(*appointments, kAppointmentStartColumn, LazyTableModel::StoredValueRole)
                .value(QStringLiteral("763"))
            != startBefore,
        20000);
    const auto everyPhaseMoved = [&] {
        const QHash<QString, QString> now = phasesOf763(*phases, kPhaseStartColumn);
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            if (it.value() == phaseStartsBefore.value(it.key()))
                return false;
        return now.size() == 5;
    };
    QTRY_VERIFY_WITH_TIMEOUT(everyPhaseMoved(), 20000);

    // 8. Cancel it (Cancel appointment…): the appointment and its four booked steps show cancelled.
    auto* cancel = openFor763<CancelAppointmentDialog>("cancelAppointmentAction");
    QVERIFY(cancel);
    confirm(cancel);
    QTRY_COMPARE_WITH_TIMEOUT(
        columnByKey(*appointments, kAppointmentStatusColumn, LazyTableModel::StoredValueRole)
            .value(QStringLiteral("763")),
        QStringLiteral("cancelled"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        phasesOf763(*phases, kPhaseStatusColumn).values().count(QStringLiteral("cancelled")), 4, 20000);
}

QTEST_MAIN(TestDemoStory)
#include "tst_demostory.moc"
