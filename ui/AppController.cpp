#include "AppController.h"

#include "CalcomConnection.h"
#include "Icons.h"
#include "MainWindow.h"
#include "StatusIndicators.h"
#include "core/calcom/CalcomClient.h"
#include "core/common/Logging.h"
#include "core/db/DatabaseSession.h"
#include "core/tables/StandardTables.h"
#include "ui/app/AppStartup.h"
#include "ui/app/ConnectionTest.h"
#include "ui/app/EventMapVerification.h"
#include "ui/app/ScreenshotTaker.h"
#include "ui/app/SecretStorage.h"
#include "ui/app/ToolsMenu.h"
#include "ui/day/DayPage.h"
#include "ui/drift/CalcomChangesPart.h"
#include "ui/history/HistoryPage.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"
#include "ui/pages/AppointmentsPage.h"
#include "ui/pages/EventMapPage.h"
#include "ui/pages/MessageBanner.h"
#include "ui/pages/StaffPage.h"
#include "ui/pages/TablePage.h"
#include "ui/rehearsal/RehearsalDialog.h"
#include "ui/rehearsal/RehearsalLauncher.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/SyncConsole.h"
#include "ui/sync/SyncConsoleController.h"
#include "ui/wizard/EventTypeWizard.h"

#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>

namespace salon::ui
{

using tables::StandardTables;

AppController::AppController(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(new SecretStorage(this))
{
    connect(
        m_secrets, &SecretStorage::storeFailed, this, [this](const QString& title, const QString& message) {
            QMessageBox::warning(m_window.get(), title, message);
        });
    connect(m_secrets, &SecretStorage::apiKeyStored, this, [this] {
        if (m_calcom)
            m_calcom->connectToCalcom();
    });
}

AppController::~AppController()
{
    if (m_window) {
        m_settings.setWindowGeometry(m_window->saveGeometry());
        m_settings.setLastPage(m_window->currentPageId());
        m_settings.sync();
    }
    // The pages use the session: they go first, then the lifecycle jobs still running.
    m_window.reset();
    delete m_calcomChanges;
    delete m_lifecycleJobs;
    m_session.reset();
}

Expected<DatabaseUrl, QString> AppController::configuredDatabase(const AppSettings& settings)
{
    const QString text = settings.databaseUrl();
    if (text.isEmpty())
        return DatabaseUrl::sqliteFile(DatabaseUrl::defaultSqlitePath());
    return DatabaseUrl::parse(text);
}

QString AppController::defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return QStringLiteral("gui:") + user;
}

void AppController::start(
    const DatabaseUrl& url, const std::optional<CalcomStartOptions>& calcom, const QString& startPage)
{
    auto* startup = new AppStartup(url, this);
    connect(startup, &Job::finished, this, [this, startup, calcom, startPage] {
        if (startup->hasError())
            return emit startFailed(startup->errorString());
        buildWindow(startup->url(), calcom, startPage);
        emit started();
    });
    startup->start();
}

void AppController::buildWindow(
    const DatabaseUrl& url, const std::optional<CalcomStartOptions>& calcom, const QString& startPage)
{
    m_session = std::make_unique<DatabaseSession>(url);
    m_verification = new EventMapVerification(m_session.get(), this);
    m_window = std::make_unique<MainWindow>();
    const QTimeZone zone(m_settings.timeZoneId());
    m_window->statusIndicators()->setDatabase(
        url.isSqlite() ? QDir::toNativeSeparators(url.path()) : url.toString(), true);
    const qint64 team = calcom ? calcom->teamId : m_settings.calcomTeamId();
    if (team > 0)
        m_window->statusIndicators()->setCalcomTeam(QString::number(team));
    if (calcom && calcom->sandbox) {
        m_window->setWindowTitle(tr("Salon Admin — demo on the built-in Cal.com sandbox"));
        m_demoCalcom = calcom;
        m_demoDatabase = url;
    }
    addRehearsalParts(calcom && calcom->rehearsal);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(m_verification, &EventMapVerification::finished, m_window.get(), &MainWindow::showStatus);
    connectCalcom(calcom, url);
    m_lifecycleJobs = new LifecycleJobBuilder(m_session->worker(), this);
    m_lifecycleJobs->setTimeZone(zone);
    m_lifecycleJobs->setActor(defaultActor());
    connect(m_calcom, &CalcomConnection::ready, m_lifecycleJobs,
        [this] { m_lifecycleJobs->setCalcom(m_calcom->client(), m_calcom->teamId()); });
    addPages(zone);
    auto* tools = new ToolsMenu(m_window->menuBar(), this);
    connect(tools, &ToolsMenu::verifyEventMapsRequested, this, &AppController::verifyEventMaps);
    connect(tools, &ToolsMenu::eventTypeWizardRequested, this, &AppController::openEventTypeWizard);
    connect(tools, &ToolsMenu::syncConsoleRequested, this,
        [this] { m_window->setCurrentPage(QStringLiteral("sync")); });
    connect(tools, &ToolsMenu::historyRequested, this,
        [this] { m_window->setCurrentPage(QStringLiteral("history")); });
    if (!m_window->restoreGeometry(m_settings.windowGeometry()))
        m_window->resize(1200, 760);
    const QString page = startPage.isEmpty() ? m_settings.lastPage() : startPage;
    if (!page.isEmpty())
        m_window->setCurrentPage(page);
    m_window->show();
}

void AppController::addPages(const QTimeZone& zone)
{
    DatabaseSession* session = m_session.get();
    auto add = [&](const QString& id, const QString& title, const QIcon& icon, TablePage* page) {
        page->setTimeZone(zone);
        page->setActor(defaultActor());
        connect(page, &TablePage::statusMessage, m_window.get(), &MainWindow::showStatus);
        m_window->addPage(id, title, icon, page);
    };
    add(QStringLiteral("services"), tr("Services"), Icons::services(),
        new TablePage(StandardTables::services(), session));
    add(QStringLiteral("segments"), tr("Segments"), Icons::segments(),
        new TablePage(StandardTables::segments(), session));
    auto* staff = new StaffPage(session);
    staff->setLifecycle(m_lifecycleJobs);
    add(QStringLiteral("staff"), tr("Staff"), Icons::staff(), staff);
    auto* eventMap = new EventMapPage(session);
    connect(eventMap, &EventMapPage::openEventTypeWizardRequested, this, &AppController::openEventTypeWizard);
    add(QStringLiteral("eventmap"), tr("Event map"), Icons::eventMap(), eventMap);
    auto* appointments = new AppointmentsPage(session);
    appointments->setLifecycle(m_lifecycleJobs);
    add(QStringLiteral("appointments"), tr("Appointments"), Icons::appointments(), appointments);
    add(QStringLiteral("phases"), tr("Phases"), Icons::phases(),
        new TablePage(StandardTables::phases(), session));

    auto* console = new SyncConsole(session);
    console->setTimeZone(zone);
    console->setActor(defaultActor());
    console->setLifecycle(m_lifecycleJobs);
    connect(console, &SyncConsole::statusMessage, m_window.get(), &MainWindow::showStatus);
    m_window->addPage(QStringLiteral("sync"), tr("Sync console"), Icons::warning(), console);
    connect(m_calcom, &CalcomConnection::ready, console,
        [this, console] { console->setCalcom(m_calcom->client(), m_calcom->teamId()); });
    connect(console, &SyncConsole::openEventMapVerifierRequested, this, &AppController::verifyEventMaps);
    connect(console, &SyncConsole::openEventTypeWizardRequested, this, &AppController::openEventTypeWizard);
    connect(console, &SyncConsole::openSettingsRequested, this, &AppController::showSettings);
    m_calcomChanges = new CalcomChangesPart(session, console, m_window->statusIndicators(), this);
    m_calcomChanges->setTimeZone(zone);
    m_calcomChanges->setActor(defaultActor());
    m_calcomChanges->setIntervalMinutes(m_settings.calcomPollMinutes());
    connect(m_calcom, &CalcomConnection::ready, m_calcomChanges,
        [this] { m_calcomChanges->setCalcom(m_calcom->client(), m_calcom->teamId()); });

    auto* history = new HistoryPage(session);
    history->setTimeZone(zone);
    history->setActor(defaultActor());
    connect(history, &HistoryPage::statusMessage, m_window.get(), &MainWindow::showStatus);
    m_window->addPage(QStringLiteral("history"), tr("History"), Icons::search(), history);
    connect(m_calcom, &CalcomConnection::ready, history,
        [this, history] { history->setCalcom(m_calcom->client(), m_calcom->teamId()); });

    auto* day = new DayPage(session);
    day->setTimeZone(zone);
    day->setActor(defaultActor());
    day->setLifecycle(m_lifecycleJobs);
    connect(day, &DayPage::statusMessage, m_window.get(), &MainWindow::showStatus);
    const auto showInConsole = [this, console, zone](qint64 appointmentId) {
        sync::SyncQueueFilter filter;
        filter.status = sync::SyncQueueFilter::Status::All;
        filter.text = QString::number(appointmentId);
        filter.zone = zone;
        console->setFilter(filter);
        m_window->setCurrentPage(QStringLiteral("sync"));
    };
    connect(day, &DayPage::showInConsoleRequested, this, showInConsole);
    // Retry from the day is the console's retry (claims, Cal.com asked first, live status), shown there.
    connect(day, &DayPage::retryRequested, this,
        [console, showInConsole](qint64 appointmentId, const QList<qint64>& phaseIds) {
            showInConsole(appointmentId);
            console->controller()->retryPhases(phaseIds, false);
        });
    // Enter on a block: the Appointments page with that appointment selected (its phases below).
    connect(day, &DayPage::openAppointmentRequested, this, [this, appointments](qint64 appointmentId) {
        m_window->setCurrentPage(QStringLiteral("appointments"));
        appointments->showRow(appointmentId);
    });
    m_window->addPage(QStringLiteral("day"), tr("Day"), Icons::appointments(), day);
}

SettingsDialog* AppController::settingsDialog() const
{
    return m_settingsDialog;
}

void AppController::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    auto* dialog = new SettingsDialog(m_settings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_demoCalcom)
        dialog->showDemo(m_demoCalcom->baseUrl, m_demoCalcom->teamId, m_demoDatabase);
    m_settingsDialog = dialog;
    connect(dialog, &SettingsDialog::apiKeyEntered, this, [this](const QString& apiKey) {
        m_secrets->storeApiKey(
            m_calcom ? m_calcom->client()->settings().baseUrl : m_settings.calcomBaseUrl(), apiKey);
    });
    connect(
        dialog, &SettingsDialog::databasePasswordEntered, m_secrets, &SecretStorage::storeDatabasePassword);
    connect(dialog, &SettingsDialog::testConnectionRequested, this, &AppController::testConnection);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this](bool restartNeeded) {
        if (!m_window)
            return;
        // The time zone applies at once; database and language on the next start.
        const QTimeZone zone(m_settings.timeZoneId());
        m_lifecycleJobs->setTimeZone(zone);
        m_calcomChanges->setTimeZone(zone);
        m_calcomChanges->setIntervalMinutes(m_settings.calcomPollMinutes());
        for (const QString& id : m_window->pageIds())
            if (auto* page = m_window->pageAs<TablePage>(id))
                page->setTimeZone(zone);
        if (auto* history = m_window->pageAs<HistoryPage>(QStringLiteral("history")))
            history->setTimeZone(zone);
        if (auto* day = m_window->pageAs<DayPage>(QStringLiteral("day")))
            day->setTimeZone(zone);
        if (restartNeeded)
            QMessageBox::information(m_window.get(), tr("Settings saved"),
                tr("The new database or language takes effect when Salon Admin is started "
                   "again."));
    });
    dialog->open();
}

void AppController::testConnection(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey)
{
    auto* test = new ConnectionTest(baseUrl, teamId, typedApiKey, this);
    connect(test, &Job::finished, this, [this, test] {
        if (m_settingsDialog)
            m_settingsDialog->setTestConnectionResult(
                !test->hasError(), test->hasError() ? test->errorString() : test->message());
    });
    test->start();
}

void AppController::connectCalcom(
    const std::optional<CalcomStartOptions>& calcom, const DatabaseUrl& database)
{
    salon::calcom::CalcomSettings settings;
    settings.baseUrl = calcom ? calcom->baseUrl : m_settings.calcomBaseUrl();
    const qint64 team = calcom ? calcom->teamId : m_settings.calcomTeamId();
    if (team > 0)
        settings.teamId = team;
    settings.timeZone = QString::fromLatin1(m_settings.timeZoneId());
    m_calcom = new CalcomConnection(settings, this);
    // One request budget with the CLI and other windows on the same key and database.
    m_calcom->shareRateBudget(database);
    StatusIndicators* status = m_window->statusIndicators();
    connect(m_calcom, &CalcomConnection::stateChanged, status,
        [status](CalcomConnection::State state, const QString& detail) {
            status->setCalcomState(StatusIndicators::calcomState(state), detail);
        });
    connect(m_calcom, &CalcomConnection::teamChanged, status, [status](qint64 id, const QString& name) {
        status->setCalcomTeam(
            name.isEmpty() ? QString::number(id) : QStringLiteral("%1 (%2)").arg(name).arg(id));
    });
    connect(m_calcom, &CalcomConnection::userChanged, status, &StatusIndicators::setCalcomUser);
    connect(m_calcom->client()->rateLimiter(), &salon::calcom::RateLimiter::budgetChanged, status,
        &StatusIndicators::setRateLimitBudget);
    m_calcom->connectToCalcom(calcom ? calcom->apiKey : QString());
}

void AppController::verifyEventMaps()
{
    if (!m_window || m_verification->isRunning())
        return;
    m_window->setCurrentPage(QStringLiteral("eventmap"));
    m_verification->run(m_window->pageAs<EventMapPage>(QStringLiteral("eventmap")), m_calcom);
}

void AppController::openEventTypeWizard()
{
    if (!m_window)
        return;
    if (!m_calcom || !m_calcom->isReady()) {
        QMessageBox::information(m_window.get(), tr("Event type wizard"),
            tr("The wizard creates event types in Cal.com, but Cal.com is not connected. "
               "Check the Cal.com settings and the API key."));
        return;
    }
    // The pages show the wizard's changes by themselves (change notifications): nothing to refresh after.
    auto* wizard
        = new EventTypeWizard(m_session->worker(), m_calcom->client(), defaultActor(), m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &EventTypeWizard::syncConsoleRequested, this,
        [this] { m_window->setCurrentPage(QStringLiteral("sync")); });
    wizard->open();
}

void AppController::addRehearsalParts(bool isRehearsal)
{
    if (isRehearsal) {
        m_window->setWindowTitle(tr("Salon Admin — Rehearsal — nothing reaches Cal.com"));
        // A bar above every page that cannot be closed: no one takes this window for the real one.
        auto* bar = new QToolBar(m_window.get());
        bar->setObjectName(QStringLiteral("rehearsalBar"));
        bar->setMovable(false);
        bar->setFloatable(false);
        bar->toggleViewAction()->setEnabled(false);
        auto* banner = new MessageBanner(bar);
        banner->setObjectName(QStringLiteral("rehearsalBanner"));
        banner->showMessage(
            tr("Rehearsal — nothing reaches Cal.com. This window works on a copy of the "
               "database and on the built-in sandbox playing a snapshot of your Cal.com team."),
            RowFinding::Severity::Warning);
        if (auto* close = banner->findChild<QToolButton*>())
            close->hide();
        // In a tool bar the wrapped text would ask for its height at the narrowest width: two lines at most.
        banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        banner->setMaximumHeight(2 * banner->fontMetrics().lineSpacing() + 16);
        bar->addWidget(banner);
        m_window->addToolBar(Qt::TopToolBarArea, bar);
        return;
    }
    // File → Rehearse on a copy…, above Settings (the File menu is the one that holds Settings).
    QMenu* fileMenu = nullptr;
    for (QObject* object : m_window->settingsAction()->associatedObjects())
        if ((fileMenu = qobject_cast<QMenu*>(object)))
            break;
    if (!fileMenu)
        return;
    auto* rehearse = new QAction(tr("&Rehearse on a copy…"), m_window.get());
    rehearse->setObjectName(QStringLiteral("rehearseAction"));
    rehearse->setToolTip(tr("Try changes on a copy of the database and a snapshot of Cal.com first"));
    connect(rehearse, &QAction::triggered, this, &AppController::openRehearsal);
    fileMenu->insertAction(m_window->settingsAction(), rehearse);
    fileMenu->insertSeparator(m_window->settingsAction());
}

void AppController::openRehearsal()
{
    if (!m_window)
        return;
    const bool connected = m_calcom && m_calcom->isReady();
    auto* dialog = new RehearsalDialog(
        connected ? m_calcom->client() : nullptr, connected ? m_calcom->teamId() : 0, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RehearsalDialog::snapshotChosen, this, &AppController::startRehearsal);
    dialog->open();
}

RehearsalLauncher* AppController::startRehearsal(const QString& snapshotPath)
{
    if (!m_session)
        return nullptr;
    auto* launcher = new RehearsalLauncher(m_session->worker(), m_settings, snapshotPath, this);
    connect(launcher, &RehearsalLauncher::started, this, &AppController::rehearsalStarted);
    connect(launcher, &RehearsalLauncher::failed, this, [this, launcher](const QString& message) {
        if (m_window)
            m_window->showStatus(tr("The rehearsal could not start: %1").arg(message));
        emit rehearsalFailed(message);
        launcher->deleteLater();
    });
    if (m_window)
        m_window->showStatus(tr("Copying the database for the rehearsal…"));
    launcher->start();
    return launcher;
}

void AppController::saveScreenshotWhenLoaded(const QString& path)
{
    auto* taker = new ScreenshotTaker(m_window.get(), path, this);
    connect(taker, &Job::finished, this,
        [this, taker] { emit screenshotSaved(taker->path(), !taker->hasError()); });
    taker->start();
}

} // namespace salon::ui
