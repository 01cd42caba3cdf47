// A newcomer's walk (issue 21, "Proof"): the README's demo story and a salon admin's daily tasks through the
// real main window at 1280×720, offscreen, once in German and once in English, on the demo data with the
// built-in sandbox and the main-thread SQL guard fatal. On every page and in every dialog the admin opens
// (new appointment, settings, Move / Cancel / Change staff, the wizard's pages) WidgetWalk reads the
// visible labels, buttons, tabs, headers, tool bars and first rows and names cut text, a tool bar overflow,
// English words in German, raw values, placeholders and date formats; each page must follow an operation
// without Refresh. Findings still open are listed below by issue item: the walk passes with them and fails
// on anything new. With SALON_SCREENSHOT_DIR set it saves the README's screenshots on the way.
#include "IncidentSandbox.h"
#include "UiTestData.h"
#include "WidgetWalk.h"
#include "core/db/DatabaseSession.h"
#include "core/db/MainThreadSqlGuard.h"
#include "core/domain/AppointmentAccess.h"
#include "core/domain/NextFreeTime.h"
#include "ui/AppController.h"
#include "ui/CalcomConnection.h"
#include "ui/DateTimeText.h"
#include "ui/MainWindow.h"
#include "ui/lifecycle/AppointmentLifecycleActions.h"
#include "ui/lifecycle/LifecycleActionDialog.h"
#include "ui/pages/AppointmentsPage.h"
#include "ui/pages/EventMapPage.h"
#include "ui/pages/MessageBanner.h"
#include "ui/pages/NewAppointmentDialog.h"
#include "ui/pages/RecordFormDialog.h"
#include "ui/pages/TablePage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/SyncConsole.h"
#include "ui/wizard/EventTypeWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QUuid>

using namespace salon;
using namespace salon::ui;

namespace
{
constexpr qint64 kAppointment = 763; // the incident's appointment with four staff steps
constexpr int kEventTypeColumn = 4;
constexpr qint64 kLastParent = 3982584; // the incident's MANAGED parents have ids up to this one

// Findings the walk still reports, each with the issue item that owns it. A finding matches when the
// pattern (a regular expression) matches it; language "" matches both. Remove an entry once it is fixed:
// the walk then fails if the finding comes back.
struct OpenFinding {
    const char* language;
    const char* pattern;
    const char* item;
};
// None open now: every finding the walk knows fails it. Add an entry only for a finding that another
// change owns, naming it.
const OpenFinding kOpenFindings[] = {
    { "", "^$", "(none)" },
};

bool isOpen(const QString& language, const QString& finding)
{
    for (const OpenFinding& open : kOpenFindings)
        if ((!*open.language || language == QLatin1String(open.language))
            && QRegularExpression(QString::fromUtf8(open.pattern)).match(finding).hasMatch())
            return true;
    return false;
}
} // namespace

class TestWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walkTheDemoStory_data();
    void walkTheDemoStory();
    // Focused checks of the fixes the walk cannot see (issue 21, items 8–10).
    void helpIsTheLastMenuAndTabLeavesATable();
    void aBannerMovesNothingAboveIt();
    void staffIdsStayOutOfTheWayAndActiveAsksFirst();
    void aValidationErrorGoesOnceFixed();
    void newAppointmentsStartAtTheStaffsNextFreeTime();
    void datesReadTheSameOnEveryPage();
    void cleanup();

private:
    void start(const QString& language);
    void walk(const QString& where, QWidget* root);
    void shoot(QWidget* widget, const QString& name);
    TablePage* page(const char* id) const
    {
        return m_controller->mainWindow()->pageAs<TablePage>(QLatin1String(id));
    }
    QString statusBarText() const { return m_controller->mainWindow()->statusBar()->currentMessage(); }
    void walkPages(const QString& step);
    void verify(const QString& step);
    void runWizard();
    void sync();
    void newAppointment();
    void settings();
    void lifecycleDialogs();
    void exportAppointments();

    QString m_language;
    QStringList m_findings;
    QSet<QString> m_seen;
    QTemporaryDir m_dir;
    QTranslator m_app;
    QTranslator m_qt;
    std::unique_ptr<test::IncidentSandbox> m_incident;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppController> m_controller;
};

void TestWalk::initTestCase()
{
    QCOMPARE(MainThreadSqlGuard::mode(), MainThreadSqlGuard::Mode::Fatal);
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestWalk::walkTheDemoStory_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestWalk::start(const QString& language)
{
    m_language = language;
    m_findings.clear();
    m_seen.clear();
    // What AppTranslator does with the chosen language, from the .qm files of this build.
    QVERIFY(m_app.load(QStringLiteral("salon-admin_") + language, QStringLiteral(SALON_QM_DIR)));
    QApplication::installTranslator(&m_app);
    const QLocale locale(language == u"de" ? QLocale(QLocale::German, QLocale::Germany)
                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qt);
    QLocale::setDefault(locale);

    QString error;
    m_incident = test::IncidentSandbox::create(QStringLiteral("sqlite"), &error);
    QVERIFY2(m_incident, qPrintable(error));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(language + QStringLiteral(".ini")));
    m_controller = std::make_unique<AppController>(*m_settings);
    QSignalSpy started(m_controller.get(), &AppController::started);
    m_controller->start(m_incident->database->url(),
        CalcomStartOptions { m_incident->server->baseUrl(), test::IncidentSandbox::kTeamId,
            test::IncidentSandbox::kApiKey, true },
        QStringLiteral("eventmap"));
    QVERIFY(started.wait(20000));
    m_controller->mainWindow()->resize(1280, 720);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->calcom()->isReady(), 20000);
    QVERIFY(test::waitUntilWatching(*m_controller->session()));
    for (const QString& id : m_controller->mainWindow()->pageIds())
        if (auto* table = m_controller->mainWindow()->pageAs<TablePage>(id))
            QVERIFY2(test::waitUntilLoaded(*table->model()), qPrintable(id));
}

void TestWalk::cleanup()
{
    m_controller.reset();
    m_incident.reset();
    QApplication::removeTranslator(&m_app);
    QApplication::removeTranslator(&m_qt);
    QLocale::setDefault(QLocale::c());
}

void TestWalk::walk(const QString& where, QWidget* root)
{
    QTest::qWait(30); // layouts settle
    const test::WidgetWalk walker(m_language == u"de");
    // Each finding once, at the step it first shows.
    for (const QString& finding : walker.findings(root))
        if (!m_seen.contains(finding)) {
            m_seen.insert(finding);
            m_findings << QStringLiteral("[%1] %2").arg(where, finding);
        }
}

void TestWalk::shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SALON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, m_language)));
}

void TestWalk::walkPages(const QString& step)
{
    MainWindow* window = m_controller->mainWindow();
    const QString current = window->currentPageId();
    for (const QString& id : window->pageIds()) {
        window->setCurrentPage(id);
        if (auto* table = window->pageAs<TablePage>(id))
            QVERIFY(test::waitUntilLoaded(*table->model()));
        walk(step + QLatin1Char('/') + id, window);
    }
    window->setCurrentPage(current);
}

void TestWalk::verify(const QString& step)
{
    const QString before = statusBarText();
    m_controller->verifyEventMaps();
    QTRY_VERIFY_WITH_TIMEOUT(!statusBarText().isEmpty() && statusBarText() != before, 30000);
    auto* eventMap = m_controller->mainWindow()->pageAs<EventMapPage>(QStringLiteral("eventmap"));
    QTRY_VERIFY(eventMap->findings()->counts().total() > 0 || step != u"verify");
    if (step == u"verify") {
        // A finding reads in full once its row is selected with the keyboard (not only on hover), and
        // the fix the verifier proposes is a button, not a command name.
        QTableView* table = eventMap->view();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Up);
        auto* details = eventMap->findChild<QLabel*>(QStringLiteral("findingDetails"));
        QTRY_VERIFY(details->isVisible());
        QVERIFY(!details->text().isEmpty());
        QVERIFY(eventMap->findChild<QPushButton*>(QStringLiteral("openWizardButton"))->isVisible());
    }
    walk(step, m_controller->mainWindow());
}

void TestWalk::runWizard()
{
    LazyTableModel* eventMap = page("eventmap")->model();
    m_controller->openEventTypeWizard();
    EventTypeWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_controller->mainWindow()->findChild<EventTypeWizard*>()) != nullptr);
    auto* services = wizard->findChild<QListWidget*>(QStringLiteral("serviceList"));
    QTRY_COMPARE(services->count(), 3);
    for (int i = 0; i < services->count(); ++i)
        services->item(i)->setCheckState(Qt::Checked);
    walk(QStringLiteral("wizard/services"), wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::qWait(300);
    walk(QStringLiteral("wizard/staff"), wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), 30000);
    walk(QStringLiteral("wizard/plan"), wizard);
    shoot(wizard, QStringLiteral("wizard"));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 60000);
    walk(QStringLiteral("wizard/run"), wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::qWait(300);
    walk(QStringLiteral("wizard/") + QString::number(wizard->currentId()), wizard);
    if (wizard->currentId() == EventTypeWizard::RetirePage) {
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::qWait(300);
        walk(QStringLiteral("wizard/summary"), wizard);
    }
    wizard->close();
    // Not stale: the event map follows the wizard without Refresh.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int replaced = 0;
            for (int row = 0; row < eventMap->rowCount(); ++row)
                replaced += eventMap->isRowLoaded(row)
                        && eventMap->data(eventMap->index(row, kEventTypeColumn)).toLongLong() > kLastParent
                    ? 1
                    : 0;
            return replaced >= 24;
        }(),
        20000);
}

void TestWalk::sync()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("sync"));
    auto* console = window->pageAs<SyncConsole>(QStringLiteral("sync"));
    QSignalSpy finished(console, &SyncConsole::syncFinished);
    auto* retryAll = console->findChild<QAction*>(QStringLiteral("retryFailedAction"));
    QTRY_VERIFY(retryAll->isEnabled());
    retryAll->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    walk(QStringLiteral("sync"), window);
    shoot(window, QStringLiteral("sync-console"));
}

void TestWalk::newAppointment()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("appointments"));
    auto* appointments = window->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    const int rows = appointments->model()->rowCount();
    appointments->addRow();
    NewAppointmentDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = appointments->findChild<NewAppointmentDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    walk(QStringLiteral("new appointment"), dialog);
    dialog->customerField()->setText(QStringLiteral("Nora Neu"));
    for (QComboBox* box : dialog->findChildren<QComboBox*>())
        if (box != dialog->serviceBox() && box->currentIndex() <= 0 && box->count() > 1)
            box->setCurrentIndex(1); // the first staff member after "Choose…"
    walk(QStringLiteral("new appointment, filled in"), dialog);
    QPointer<NewAppointmentDialog> open(dialog);
    dialog->accept();
    QTRY_VERIFY2_WITH_TIMEOUT(!open || !open->isVisible(),
        qPrintable(open ? open->findChild<QLabel*>(QStringLiteral("error"))->text() : QString()), 20000);
    // Not stale: the new appointment is listed without Refresh.
    QTRY_COMPARE_WITH_TIMEOUT(appointments->model()->rowCount(), rows + 1, 20000);
}

void TestWalk::settings()
{
    m_controller->showSettings();
    SettingsDialog* dialog = m_controller->settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    walk(QStringLiteral("settings"), dialog);
    dialog->reject();
}

void TestWalk::lifecycleDialogs()
{
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("appointments"));
    auto* appointments = window->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    LazyTableModel* model = appointments->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->isRowLoaded(r) && model->keyOf(r).toLongLong() == kAppointment)
            row = r;
    QVERIFY(row >= 0);
    appointments->view()->selectRow(row);
    QTRY_VERIFY(appointments->phasesPanel()->model()->rowCount() > 0);
    QVERIFY(test::waitUntilLoaded(*appointments->phasesPanel()->model()));
    walk(QStringLiteral("appointments, one selected"), window);
    shoot(window, QStringLiteral("main-window"));
    AppointmentLifecycleActions* actions = appointments->lifecycleActions();
    const std::pair<const char*, void (AppointmentLifecycleActions::*)()> dialogs[] = {
        { "move", &AppointmentLifecycleActions::moveSelected },
        { "cancel", &AppointmentLifecycleActions::cancelSelected },
        { "change staff", &AppointmentLifecycleActions::changeStaffSelected },
    };
    for (const auto& [name, open] : dialogs) {
        QSignalSpy opened(actions, &AppointmentLifecycleActions::dialogOpened);
        (actions->*open)();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        auto* dialog = opened.first().first().value<LifecycleActionDialog*>();
        QVERIFY(dialog);
        // Cancel checks at once; Move and Change staff wait for a new time or person (read as they open).
        const bool checked = QTest::qWaitFor([dialog] { return dialog->checksFinished() > 0; }, 10000);
        QVERIFY2(checked || name != std::string("cancel"),
            qPrintable(dialog->findChild<MessageBanner*>(QStringLiteral("banner"))->text()));
        walk(QString::fromLatin1(name), dialog);
        dialog->reject();
        QTest::qWait(50);
    }
}

void TestWalk::exportAppointments()
{
    auto* appointments = page("appointments");
    QSignalSpy exported(appointments, &TablePage::exported);
    const QString file = m_dir.filePath(m_language + QStringLiteral("-appointments.csv"));
    appointments->exportCsvTo(file);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
    QVERIFY(exported.first().at(1).toBool());
    walk(QStringLiteral("after export"), m_controller->mainWindow());
}

void TestWalk::walkTheDemoStory()
{
    QFETCH(QString, language);
    // Each step stops the walk when it fails (its checks are in helper functions).
#define WALK_STEP(call)                                                                                      \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)
    WALK_STEP(start(language));
    WALK_STEP(walkPages(QStringLiteral("start")));
    WALK_STEP(verify(QStringLiteral("verify")));
    WALK_STEP(runWizard());
    WALK_STEP(verify(QStringLiteral("verify after the wizard")));
    WALK_STEP(sync());
    WALK_STEP(newAppointment());
    WALK_STEP(settings());
    WALK_STEP(lifecycleDialogs());
    WALK_STEP(exportAppointments());
    WALK_STEP(walkPages(QStringLiteral("end")));
#undef WALK_STEP

    QStringList unexpected;
    for (const QString& finding : std::as_const(m_findings))
        if (!isOpen(language, finding))
            unexpected << finding;
    unexpected.removeDuplicates();
    if (!unexpected.isEmpty())
        qWarning().noquote() << "New findings:\n" + unexpected.join(QLatin1Char('\n'));
    QVERIFY2(unexpected.isEmpty(),
        qPrintable(QStringLiteral("%1 new finding(s), the first: %2")
                       .arg(unexpected.size())
                       .arg(unexpected.value(0))));
}

void TestWalk::helpIsTheLastMenuAndTabLeavesATable()
{
    start(QStringLiteral("en"));
    MainWindow* window = m_controller->mainWindow();
    const QList<QAction*> menus = window->menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    QCOMPARE(menus.last()->menu()->objectName(), QStringLiteral("helpMenu"));
    // No empty strip between the page list and the pages: only the splitter's handle.
    auto* navigation = window->findChild<QWidget*>(QStringLiteral("navigation"));
    auto* pages = window->findChild<QWidget*>(QStringLiteral("pages"));
    auto* splitter = qobject_cast<QSplitter*>(pages->parentWidget());
    QVERIFY(splitter);
    QVERIFY2(pages->geometry().left() - navigation->geometry().right() <= splitter->handleWidth() + 2,
        qPrintable(QStringLiteral("list ends at %1, pages start at %2")
                       .arg(navigation->geometry().right())
                       .arg(pages->geometry().left())));

    window->setCurrentPage(QStringLiteral("staff"));
    QTableView* table = page("staff")->view();
    table->setFocus();
    table->selectRow(0);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY2(!table->hasFocus(), "Tab stays in the table");
}

void TestWalk::aBannerMovesNothingAboveIt()
{
    start(QStringLiteral("de"));
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("services"));
    TablePage* services = page("services");
    auto* toolBar = services->findChild<QToolBar*>();
    QTest::qWait(50);
    const QPoint barAt = toolBar->mapTo(window, QPoint());
    const QPoint tableAt = services->view()->mapTo(window, QPoint());
    services->showMessage(QStringLiteral("Gespeichert."));
    QTest::qWait(50);
    QCOMPARE(toolBar->mapTo(window, QPoint()), barAt);
    QCOMPARE(services->view()->mapTo(window, QPoint()), tableAt);
}

void TestWalk::staffIdsStayOutOfTheWayAndActiveAsksFirst()
{
    start(QStringLiteral("en"));
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("staff"));
    TablePage* staff = page("staff");
    QTableView* table = staff->view();
    constexpr int kId = 0, kName = 1, kActive = 5; // StandardTables::staff()
    QVERIFY2(table->columnWidth(kId) < table->columnWidth(kName),
        qPrintable(QStringLiteral("id %1 px, name %2 px")
                       .arg(table->columnWidth(kId))
                       .arg(table->columnWidth(kName))));

    // The form for a new staff member: a made-up id, focus on the name.
    staff->addRow();
    RecordFormDialog* form = nullptr;
    QTRY_VERIFY((form = staff->findChild<RecordFormDialog*>()) != nullptr);
    QTRY_VERIFY(form->isVisible());
    auto* id = qobject_cast<QLineEdit*>(form->fieldWidget(QStringLiteral("id")));
    QVERIFY(id);
    QVERIFY(!QUuid::fromString(id->text()).isNull());
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(QStringLiteral("name")));
    form->reject();

    // One click on Active asks; Keep active keeps the row active, Deactivate makes it inactive.
    int row = -1;
    for (int r = 0; r < staff->model()->rowCount() && row < 0; ++r)
        if (staff->model()->data(staff->model()->index(r, kActive), Qt::CheckStateRole).toInt()
            == Qt::Checked)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex active = table->model()->index(row, kActive);
    auto clickActive = [&] {
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.rect = table->visualRect(active);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect check
            = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, check.center());
    };
    auto question = [&] { return staff->findChild<QMessageBox*>(QStringLiteral("deactivateQuestion")); };
    clickActive();
    QTRY_VERIFY(question() && question()->isVisible());
    QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // nothing changed yet
    question()->reject();
    QTRY_VERIFY(!question());
    QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    clickActive();
    QTRY_VERIFY(question() && question()->isVisible());
    question()->findChild<QPushButton*>(QStringLiteral("deactivateButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        staff->model()->data(staff->model()->index(row, kActive), Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked), 10000);
}

void TestWalk::aValidationErrorGoesOnceFixed()
{
    start(QStringLiteral("en"));
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("appointments"));
    auto* appointments = window->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    appointments->addRow();
    NewAppointmentDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = appointments->findChild<NewAppointmentDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("error"));
    dialog->accept(); // no customer yet
    QVERIFY(error->isVisible());
    dialog->customerField()->setText(QStringLiteral("Nora Neu"));
    for (QComboBox* box : dialog->findChildren<QComboBox*>())
        if (box != dialog->serviceBox() && box->count() > 1)
            box->setCurrentIndex(1);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    dialog->reject();
}

void TestWalk::newAppointmentsStartAtTheStaffsNextFreeTime()
{
    start(QStringLiteral("en"));
    MainWindow* window = m_controller->mainWindow();
    window->setCurrentPage(QStringLiteral("appointments"));
    auto* appointments = window->pageAs<AppointmentsPage>(QStringLiteral("appointments"));
    DatabaseWorker* worker = m_controller->session()->worker();
    const QTimeZone zone(m_settings->timeZoneId());
    const auto services = worker->runBlocking<Expected<QList<ServiceChoice>, QString>>(
        [](QSqlDatabase& db) { return AppointmentAccess::readServiceChoices(db); });
    QVERIFY2(services && !services->isEmpty(), qPrintable(services ? QString() : services.error()));
    const ServiceChoice service = services->first(); // the dialog's first service
    QHash<QString, QString> staff;
    for (const SegmentTemplate& segment : service.segments)
        if (segment.staffRequired)
            staff.insert(segment.key, service.staff.first().first);

    // The staff member is booked at the first working time: the dialog must start after that booking.
    const QDateTime first
        = NextFreeTime::find(service.segments, {}, {}, QDateTime::currentDateTimeUtc(), zone);
    NewAppointment booked;
    booked.serviceId = service.id;
    booked.customerName = QStringLiteral("Bea Besetzt");
    booked.startsAt = first.toUTC();
    booked.phases = AppointmentPhasePlanner::plan(service.segments, first, staff).value();
    const auto inserted = worker->runBlocking<Expected<qint64, QString>>(
        [&](QSqlDatabase& db) { return AppointmentStore::insert(db, booked, QStringLiteral("test")); });
    QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error()));

    appointments->addRow();
    NewAppointmentDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = appointments->findChild<NewAppointmentDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->serviceBox()->currentData().toLongLong(), service.id);
    for (auto it = staff.cbegin(); it != staff.cend(); ++it) {
        QComboBox* box = dialog->staffBox(it.key());
        box->setCurrentIndex(box->findData(it.value()));
    }
    const auto expected = worker->runBlocking<Expected<QDateTime, QString>>([&](QSqlDatabase& db) {
        return NextFreeTime::read(db, service.segments, staff, QDateTime::currentDateTimeUtc(), zone);
    });
    QVERIFY(expected);
    QVERIFY(expected.value() > first);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->startTime(), expected.value(), 10000);
    // Edited by hand, the start stays when the staff changes.
    const QDateTime mine = expected.value().addDays(1);
    dialog->startField()->setDateTime(QDateTime(mine.date(), mine.time(), Qt::UTC));
    QComboBox* box = dialog->staffBox(staff.cbegin().key());
    box->setCurrentIndex(0);
    QTest::qWait(200);
    QCOMPARE(dialog->startTime(), mine.toTimeZone(zone));
    dialog->reject();
}

void TestWalk::datesReadTheSameOnEveryPage()
{
    // German: four-digit years, German month names whatever LANG says (the locale follows the UI language).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const QDateTime utc(QDate(2026, 12, 2), QTime(8, 5, 30), Qt::UTC);
    QCOMPARE(DateTimeText::dateTime(utc, berlin), QStringLiteral("02.12.2026 09:05"));
    QCOMPARE(QLocale().toString(utc.date(), QStringLiteral("MMMM")), QStringLiteral("Dezember"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(DateTimeText::dateTime(utc, berlin), QStringLiteral("12/2/2026 9:05 AM"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestWalk)
#include "tst_walk.moc"
