// Smoke test of the real main window on a fresh database: it starts through AppController, every page
// opens and shows its rows, pages can be added, the status bar takes its state from setters.

#include "TestDatabase.h"
#include "UiTestData.h"
#include "core/db/DatabaseConnection.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"
#include "ui/StatusIndicators.h"
#include "ui/day/DayPage.h"
#include "ui/day/DayTimelinePreview.h"
#include "ui/pages/AppointmentsPage.h"
#include "ui/pages/EventMapPage.h"
#include "ui/pages/MessageBanner.h"
#include "ui/pages/NewAppointmentDialog.h"
#include "ui/pages/RecordFormDialog.h"
#include "ui/pages/TablePage.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;

namespace
{
template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsOnAFreshDatabase();
    void everyPageOpensAndLoads();
    void searchFieldFilters();
    void addPageExtendsNavigation();
    void statusIndicators();
    void verifierFindingsOnEventMap();
    void formRefusesBadInputAndAdds();
    void newAppointmentFollowsSegments();
    void dayOpensTheAppointmentSelected();
    void failsClearlyOnABadDatabase();
    void screenshotIsWritten();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppController> m_controller;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestMainWindow::startsOnAFreshDatabase()
{
    // A file that does not exist yet: created and migrated on first start.
    const DatabaseUrl url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("data/salon.sqlite")));
    m_controller = std::make_unique<AppController>(*m_settings);
    QSignalSpy started(m_controller.get(), &AppController::started);
    QSignalSpy failed(m_controller.get(), &AppController::startFailed);
    m_controller->start(url, std::nullopt, QStringLiteral("staff"));
    QVERIFY(started.wait(20000));
    QCOMPARE(failed.count(), 0);
    MainWindow* window = m_controller->mainWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentPageId(), QStringLiteral("staff"));
    QCOMPARE(window->pageIds(),
        QStringList({ QStringLiteral("services"), QStringLiteral("segments"), QStringLiteral("staff"),
            QStringLiteral("eventmap"), QStringLiteral("appointments"), QStringLiteral("phases"),
            QStringLiteral("sync"), QStringLiteral("history"), QStringLiteral("day") }));
    // The tools are in the menu bar too.
    QVERIFY(window->findChild<QMenu*>() != nullptr);
    // Tools → History opens its page; File → Rehearse on a copy… is there.
    auto* history = window->findChild<QAction*>(QStringLiteral("historyAction"));
    QVERIFY(history);
    history->trigger();
    QCOMPARE(window->currentPageId(), QStringLiteral("history"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("rehearseAction")));
    window->setCurrentPage(QStringLiteral("staff"));
    QVERIFY(window->statusIndicators()->databaseText().contains(QStringLiteral("salon.sqlite")));

    // Seed through another connection (the test's own); the pages show it without a refresh.
    auto connection = DatabaseConnection::open(url, QStringLiteral("tst-seed"), GuiThreadUse::TestFixture);
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    QVERIFY(test::seedSalon(connection.value()->db()));
    connection.value().reset();
}

void TestMainWindow::everyPageOpensAndLoads()
{
    MainWindow* window = m_controller->mainWindow();
    const QHash<QString, int> expected = { { QStringLiteral("services"), 3 },
        { QStringLiteral("segments"), 5 }, { QStringLiteral("staff"), 2 }, { QStringLiteral("eventmap"), 2 },
        { QStringLiteral("appointments"), 1 }, { QStringLiteral("phases"), 0 } };
    const QStringList ids = window->pageIds();
    for (const QString& id : ids) {
        if (!expected.contains(id))
            continue; // the sync console and the history have their own tests
        QVERIFY(window->setCurrentPage(id));
        QCOMPARE(window->currentPageId(), id);
        auto* page = window->pageAs<TablePage>(id);
        QVERIFY2(page, qPrintable(id));
        QVERIFY(page->isVisible());
        test::checkModel(page->model());
        QVERIFY2(test::waitUntilLoaded(*page->model()), qPrintable(id));
        QTRY_COMPARE(page->model()->rowCount(), expected.value(id));
        QVERIFY(!page->view()->accessibleName().isEmpty());
        QVERIFY(!child<QLineEdit>(page, "search")->accessibleName().isEmpty());
        QVERIFY(!child<QAction>(page, "addAction")->shortcut().isEmpty());
        QVERIFY(!child<QAction>(page, "exportAction")->shortcut().isEmpty());
        // No failure banner on a healthy page.
        auto* banner = child<MessageBanner>(page, "banner");
        QVERIFY2(banner->isHidden(), qPrintable(banner->text()));
    }
    // The navigation list follows too.
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    navigation->setCurrentRow(0);
    QCOMPARE(window->currentPageId(), QStringLiteral("services"));
}

void TestMainWindow::searchFieldFilters()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("staff"));
    auto* page = window->pageAs<TablePage>(QStringLiteral("staff"));
    auto* search = child<QLineEdit>(page, "search");
    QTest::keyClicks(search, QStringLiteral("mia"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->queryState().searchText, QStringLiteral("mia"), 5000);
    QVERIFY(test::waitUntilLoaded(*page->model()));
    QCOMPARE(page->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->queryState().searchText, QString(), 5000);
    QVERIFY(test::waitUntilLoaded(*page->model()));
    QCOMPARE(page->model()->rowCount(), 2);
}

void TestMainWindow::addPageExtendsNavigation()
{
    MainWindow* window = m_controller->mainWindow();
    auto* console = new QLabel(QStringLiteral("another tool"));
    const int index = window->addPage(QStringLiteral("extra"), QStringLiteral("Extra"), QIcon(), console);
    QCOMPARE(index, 9); // after six table pages, the sync console, the history and the day
    QVERIFY(window->setCurrentPage(QStringLiteral("extra")));
    QVERIFY(console->isVisible());
    QCOMPARE(window->page(QStringLiteral("extra")), console);
    QVERIFY(!window->setCurrentPage(QStringLiteral("nope")));
    QCOMPARE(window->currentPageId(), QStringLiteral("extra"));
}

void TestMainWindow::statusIndicators()
{
    StatusIndicators* status = m_controller->mainWindow()->statusIndicators();
    QVERIFY(status->calcomText().contains(QStringLiteral("not configured")));
    QVERIFY(status->rateLimitText().isEmpty());
    status->setCalcomState(StatusIndicators::CalcomState::Connected);
    status->setCalcomTeam(QStringLiteral("Salon Spitzer"));
    status->setCalcomUser(QStringLiteral("fabian"));
    status->setRateLimitBudget(97, 120);
    QCOMPARE(status->calcomText(), QStringLiteral("Cal.com: connected (team Salon Spitzer, user fabian)"));
    QCOMPARE(status->rateLimitText(), QStringLiteral("Cal.com requests left: 97/120"));
    status->setRateLimitBudget(0, 0);
    QVERIFY(status->rateLimitText().isEmpty());
}

void TestMainWindow::verifierFindingsOnEventMap()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("eventmap"));
    auto* page = window->pageAs<EventMapPage>(QStringLiteral("eventmap"));
    QVERIFY(page);
    QVERIFY(test::waitUntilLoaded(*page->model()));
    page->setVerifierFindings(
        { { 1, RowFinding::Severity::Error, QStringLiteral("parent MANAGED id"), {} } });
    auto* banner = child<MessageBanner>(page, "banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->severity(), RowFinding::Severity::Error);
    const int row = page->model()->rowOfKey(1);
    QCOMPARE(page->view()->model()->data(page->view()->model()->index(row, 1), Qt::ToolTipRole).toString(),
        QStringLiteral("parent MANAGED id"));
    page->setVerifierFindings({});
    QVERIFY(banner->isHidden());
}

void TestMainWindow::formRefusesBadInputAndAdds()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("segments"));
    auto* page = window->pageAs<TablePage>(QStringLiteral("segments"));
    QVERIFY(test::waitUntilLoaded(*page->model()));
    child<QAction>(page, "addAction")->trigger();
    RecordFormDialog* form = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (form = page->findChild<RecordFormDialog*>()) != nullptr && form->isVisible(), 10000);
    auto* service = qobject_cast<QComboBox*>(form->fieldWidget(QStringLiteral("service_id")));
    QVERIFY(service);
    QCOMPARE(service->count(), 3);
    service->setCurrentIndex(service->findData(440));
    qobject_cast<QLineEdit*>(form->fieldWidget(QStringLiteral("segment_key")))->setText(QStringLiteral("E"));
    qobject_cast<QLineEdit*>(form->fieldWidget(QStringLiteral("name")))->setText(QStringLiteral("Blow-dry"));
    qobject_cast<QLineEdit*>(form->fieldWidget(QStringLiteral("position")))->setText(QStringLiteral("5"));
    qobject_cast<QLineEdit*>(form->fieldWidget(QStringLiteral("duration_minutes")))
        ->setText(QStringLiteral("0"));
    form->accept();
    QVERIFY(form->isVisible()); // refused, stays open
    QVERIFY(form->errorText().contains(QStringLiteral("at least 1")));
    qobject_cast<QLineEdit*>(form->fieldWidget(QStringLiteral("duration_minutes")))
        ->setText(QStringLiteral("20"));
    QSignalSpy written(page->model(), &LazyTableModel::writeSucceeded);
    form->accept();
    QVERIFY(written.wait(10000));
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QVERIFY(child<MessageBanner>(page, "banner")->text().contains(QStringLiteral("Added")));
}

void TestMainWindow::newAppointmentFollowsSegments()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("appointments"));
    auto* page = window->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    QVERIFY(page);
    QVERIFY(test::waitUntilLoaded(*page->model()));
    const int before = page->model()->rowCount();
    child<QAction>(page, "addAction")->trigger();
    QPointer<NewAppointmentDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = page->findChild<NewAppointmentDialog*>()) != nullptr && dialog->isVisible(), 10000);
    dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(440));
    QVERIFY(dialog->staffBox(QStringLiteral("A")));
    QVERIFY(!dialog->staffBox(QStringLiteral("B"))); // processing time: no staff to choose
    dialog->customerField()->setText(QStringLiteral("Erika"));
    dialog->setStartTime(QDateTime(QDate(2030, 12, 2), QTime(9, 0), QTimeZone("Europe/Berlin")));
    QComboBox* a = dialog->staffBox(QStringLiteral("A"));
    QComboBox* c = dialog->staffBox(QStringLiteral("C"));
    QComboBox* d = dialog->staffBox(QStringLiteral("D"));
    QVERIFY(a && c && d);
    // The steps show on Fabian's day as the Day page draws them.
    auto* timeline = dialog->timeline();
    QVERIFY(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->isCurrent(), 10000);
    QCOMPARE(timeline->schedule().date, QDate(2030, 12, 2));
    QVERIFY(!timeline->layout().blocks().isEmpty());
    // A start in the past is refused, naming it.
    dialog->setStartTime(QDateTime::currentDateTime().addDays(-1));
    QVERIFY(dialog->appointment().error().contains(QStringLiteral("past")));
    dialog->setStartTime(QDateTime(QDate(2030, 12, 2), QTime(9, 0), QTimeZone("Europe/Berlin")));
    // Fabian is the only qualified person, so he is preselected; without staff on C it is refused.
    QCOMPARE(a->currentData().toString(), test::kFabian);
    c->setCurrentIndex(0);
    QSignalSpy written(page->model(), &LazyTableModel::writeSucceeded);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(written.isEmpty());
    c->setCurrentIndex(c->findData(test::kFabian));
    dialog->accept();
    dialog->accept(); // a double OK books once
    QVERIFY(written.wait(10000));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(test::waitUntilLoaded(*page->model()));
    QCOMPARE(page->model()->rowCount(), before + 1);
    QCOMPARE(written.count(), 1);

    // Selecting it shows its phases below.
    page->model()->sort(0, Qt::DescendingOrder);
    QVERIFY(test::waitUntilLoaded(*page->model()));
    page->view()->selectRow(0);
    LazyTableModel* phases = page->phasesPanel()->model();
    QTRY_COMPARE_WITH_TIMEOUT(phases->queryState().fixedValues.value(0), page->model()->keyOf(0), 5000);
    QVERIFY(test::waitUntilLoaded(*phases));
    // A, B (gap), C, D, and E added by the form test above.
    QCOMPARE(phases->rowCount(), 5);
    QCOMPARE(phases->data(phases->index(1, 2)).toString(), QStringLiteral("B"));
    QVERIFY(phases->data(phases->index(1, 3)).toString().isEmpty()); // no staff on the gap
    QCOMPARE(phases->data(phases->index(0, 7), LazyTableModel::StoredValueRole).toString(),
        QStringLiteral("pending"));
}

void TestMainWindow::dayOpensTheAppointmentSelected()
{
    // 600 more appointments, so the one asked for is in a chunk the table has not loaded.
    const DatabaseUrl url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("data/salon.sqlite")));
    {
        auto connection
            = DatabaseConnection::open(url, QStringLiteral("tst-many"), GuiThreadUse::TestFixture);
        QVERIFY(connection);
        QSqlDatabase db = connection.value()->db();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO appointments (id, service_id, customer_name, starts_at, "
                                      "created_at) VALUES (?, 442, ?, '2030-11-27T09:00:00.000Z', "
                                      "'2030-11-01T09:00:00.000Z')"));
        for (int i = 0; i < 600; ++i) {
            insert.addBindValue(2000 + i);
            insert.addBindValue(QStringLiteral("Kundin %1").arg(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    MainWindow* window = m_controller->mainWindow();
    auto* page = window->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    auto* day = window->pageAs<DayPage>(QStringLiteral("day"));
    QVERIFY(page && day);
    window->setCurrentPage(QStringLiteral("appointments"));
    page->model()->sort(0, Qt::AscendingOrder);
    // A search that hides the appointment: opening it clears the search.
    child<QLineEdit>(page, "search")->setText(QStringLiteral("Erika"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->queryState().searchText, QStringLiteral("Erika"), 5000);
    QVERIFY(test::waitUntilLoaded(*page->model()));
    window->setCurrentPage(QStringLiteral("day"));

    // Enter on a block of the Day page asks for its appointment.
    QSignalSpy shown(page, &TablePage::rowShown);
    emit day->openAppointmentRequested(2450);
    QCOMPARE(window->currentPageId(), QStringLiteral("appointments"));
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().at(1).toBool(), true);
    QCOMPARE(page->currentKey().toLongLong(), 2450);
    QVERIFY(child<QLineEdit>(page, "search")->text().isEmpty());
    QVERIFY(page->currentRow() > page->model()->chunkSize());
    // Scrolled to: the selected row is inside the table's viewport, and its phases are below.
    const QRect row = page->view()->visualRect(page->view()->model()->index(page->currentRow(), 0));
    QVERIFY(page->view()->viewport()->rect().intersects(row));
    QTRY_COMPARE_WITH_TIMEOUT(
        page->phasesPanel()->model()->queryState().fixedValues.value(0).toLongLong(), qint64(2450), 5000);

    // An appointment that does not exist: a message, nothing selected anew.
    shown.clear();
    emit day->openAppointmentRequested(99999);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().at(1).toBool(), false);
    QVERIFY(child<MessageBanner>(page, "banner")->text().contains(QStringLiteral("99999")));
}

void TestMainWindow::failsClearlyOnABadDatabase()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("bad.ini")));
    AppController controller(settings);
    QSignalSpy failed(&controller, &AppController::startFailed);
    // A folder where the database file should be cannot be opened as one.
    controller.start(DatabaseUrl::sqliteFile(m_dir.path()));
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!controller.mainWindow());
}

void TestMainWindow::screenshotIsWritten()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("services"));
    QSignalSpy saved(m_controller.get(), &AppController::screenshotSaved);
    const QString path = m_dir.filePath(QStringLiteral("shot.png"));
    m_controller->saveScreenshotWhenLoaded(path);
    QVERIFY(saved.wait(20000));
    QVERIFY(saved.at(0).at(1).toBool());
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window->size() * window->devicePixelRatio());
    m_controller.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
