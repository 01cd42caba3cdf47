#include "AppController.h"

#include "CalcomConnection.h"
#include "Icons.h"
#include "MainWindow.h"
#include "StatusIndicators.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "db/DatabaseConnection.h"
#include "db/Migrator.h"
#include "eventmaps/EventMapRepository.h"
#include "eventmaps/EventMapVerifier.h"
#include "eventmaps/TeamEventTypeCache.h"
#include "models/StandardTables.h"
#include "pages/AppointmentsPage.h"
#include "pages/EventMapPage.h"
#include "pages/TablePage.h"
#include "secrets/ApiKeyFormat.h"
#include "secrets/ApiKeyJob.h"
#include "secrets/ApiKeyStore.h"
#include "settings/SettingsDialog.h"
#include "sync/SyncConsole.h"
#include "wizard/EventTypeWizard.h"

#include <QMenuBar>
#include <QStatusBar>

#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent>

namespace salon::ui
{

namespace
{
// Opens (creating the file) and migrates; runs in a pool thread with its own connection.
QString prepareDatabase(const DatabaseUrl& url)
{
    static std::atomic_int counter { 0 };
    const QString name = QStringLiteral("salon-ui-startup-%1").arg(++counter);
    auto connection = DatabaseConnection::open(url, name);
    if (!connection)
        return connection.error();
    Migrator migrator(connection.value()->db());
    // A newer Salon Admin's schema is refused before anything reads or writes it.
    if (auto version = migrator.checkNotNewer(); !version)
        return version.error();
    auto migrated = migrator.migrate();
    if (!migrated)
        return QCoreApplication::translate(
            "salon::ui::AppController", "Cannot update the database schema: %1")
            .arg(migrated.error());
    qCInfo(lcUi) << "database ready:" << url.toString() << "migrations applied:" << migrated.value();
    return {};
}
} // namespace

AppController::AppController(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
}

AppController::~AppController()
{
    if (m_window) {
        m_settings.setWindowGeometry(m_window->saveGeometry());
        m_settings.setLastPage(m_window->currentPageId());
        m_settings.sync();
    }
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

void AppController::addStandardPages(
    MainWindow& window, const DatabaseUrl& url, const QTimeZone& zone, const QString& actor)
{
    auto prepare = [&](TablePage* page) {
        page->setTimeZone(zone);
        page->setActor(actor);
        return page;
    };
    window.addPage(QStringLiteral("services"), tr("Services"), Icons::services(),
        prepare(new TablePage(StandardTables::services(), url)));
    window.addPage(QStringLiteral("segments"), tr("Segments"), Icons::segments(),
        prepare(new TablePage(StandardTables::segments(), url)));
    window.addPage(QStringLiteral("staff"), tr("Staff"), Icons::staff(),
        prepare(new TablePage(StandardTables::staff(), url)));
    window.addPage(
        QStringLiteral("eventmap"), tr("Event map"), Icons::eventMap(), prepare(new EventMapPage(url)));
    window.addPage(QStringLiteral("appointments"), tr("Appointments"), Icons::appointments(),
        prepare(new AppointmentsPage(url)));
    window.addPage(QStringLiteral("phases"), tr("Phases"), Icons::phases(),
        prepare(new TablePage(StandardTables::phases(), url)));
}

void AppController::start(
    const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom, const QString& startPage)
{
    if (!url.isSqlite() && url.password().isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // The settings dialog keeps the PostgreSQL password in the keychain, never in QSettings.
        auto* store = new ApiKeyStore(this);
        ApiKeyJob* job = store->readKey(url.secretId());
        connect(job, &ApiKeyJob::finished, this, [this, job, store, url, calcom, startPage] {
            store->deleteLater();
            DatabaseUrl withPassword = url;
            withPassword.setPassword(job->key());
            openDatabase(withPassword, calcom, startPage);
        });
        return;
    }
    openDatabase(url, calcom, startPage);
}

void AppController::openDatabase(
    const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom, const QString& startPage)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, url, calcom, startPage] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            qCWarning(lcUi) << "cannot start:" << error;
            emit startFailed(error);
            return;
        }
        buildWindow(url, calcom, startPage);
        emit started();
    });
    watcher->setFuture(QtConcurrent::run(prepareDatabase, url));
}

void AppController::storeDatabasePassword(const DatabaseUrl& url, const QString& password)
{
    auto* store = new ApiKeyStore(this);
    ApiKeyJob* job = store->writeKey(url.secretId(), password);
    connect(job, &ApiKeyJob::finished, this, [this, job, store] {
        store->deleteLater();
        if (!job->errorString().isEmpty())
            QMessageBox::warning(m_window.get(), tr("Password not stored"), job->errorString());
    });
}

void AppController::buildWindow(
    const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom, const QString& startPage)
{
    m_window = std::make_unique<MainWindow>();
    QTimeZone zone(m_settings.timeZoneId());
    addStandardPages(*m_window, url, zone, defaultActor());
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
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::showSettings);
    static std::atomic_int guiConnections { 0 };
    auto guiDatabase = DatabaseConnection::open(url, QStringLiteral("salon-gui-%1").arg(++guiConnections));
    if (guiDatabase)
        m_guiDatabase = std::move(*guiDatabase);
    else
        qCWarning(lcUi) << "no GUI database connection:" << guiDatabase.error();
    connectCalcom(calcom);
    addToolPages(url, zone);
    if (!m_window->restoreGeometry(m_settings.windowGeometry()))
        m_window->resize(1200, 760);
    const QString page = startPage.isEmpty() ? m_settings.lastPage() : startPage;
    if (!page.isEmpty())
        m_window->setCurrentPage(page);
    m_window->show();
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
    connect(dialog, &SettingsDialog::apiKeyEntered, this, &AppController::apiKeyEntered);
    connect(dialog, &SettingsDialog::apiKeyEntered, this, &AppController::storeApiKey);
    connect(dialog, &SettingsDialog::testConnectionRequested, this, &AppController::testConnection);
    connect(dialog, &SettingsDialog::databasePasswordEntered, this, &AppController::databasePasswordEntered);
    connect(dialog, &SettingsDialog::databasePasswordEntered, this, &AppController::storeDatabasePassword);
    connect(dialog, &SettingsDialog::testConnectionRequested, this, &AppController::testConnectionRequested);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this](bool restartNeeded) {
        if (!m_window)
            return;
        // The time zone applies at once; database and language on the next start.
        const QTimeZone zone(m_settings.timeZoneId());
        for (const QString& id : m_window->pageIds())
            if (auto* page = m_window->pageAs<TablePage>(id))
                page->setTimeZone(zone);
        if (restartNeeded)
            QMessageBox::information(m_window.get(), tr("Settings saved"),
                tr("The new database or language takes effect when Salon Admin is started "
                   "again."));
    });
    dialog->open();
}

void AppController::connectCalcom(const std::optional<CalcomSettings>& calcom)
{
    salon::calcom::CalcomSettings settings;
    settings.baseUrl = calcom ? calcom->baseUrl : m_settings.calcomBaseUrl();
    const qint64 team = calcom ? calcom->teamId : m_settings.calcomTeamId();
    if (team > 0)
        settings.teamId = team;
    settings.timeZone = QString::fromLatin1(m_settings.timeZoneId());
    m_calcom = new CalcomConnection(settings, this);
    StatusIndicators* status = m_window->statusIndicators();
    connect(m_calcom, &CalcomConnection::stateChanged, status,
        [status](CalcomConnection::State state, const QString& detail) {
            switch (state) {
            case CalcomConnection::State::NotConfigured:
                status->setCalcomState(StatusIndicators::CalcomState::NotConfigured, detail);
                break;
            case CalcomConnection::State::Connecting:
                status->setCalcomState(StatusIndicators::CalcomState::Connecting, detail);
                break;
            case CalcomConnection::State::Connected:
                status->setCalcomState(StatusIndicators::CalcomState::Connected, detail);
                break;
            case CalcomConnection::State::Failed:
                status->setCalcomState(StatusIndicators::CalcomState::Failed, detail);
                break;
            }
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

void AppController::addToolPages(const DatabaseUrl& url, const QTimeZone& zone)
{
    auto* console = new SyncConsole(url);
    console->setTimeZone(zone);
    console->setActor(defaultActor());
    m_window->addPage(QStringLiteral("sync"), tr("Sync console"), Icons::warning(), console);
    connect(m_calcom, &CalcomConnection::ready, console,
        [this, console] { console->setCalcom(m_calcom->client(), m_calcom->teamId()); });
    connect(console, &SyncConsole::openEventMapVerifierRequested, this, &AppController::verifyEventMaps);
    connect(console, &SyncConsole::openEventTypeWizardRequested, this, &AppController::openEventTypeWizard);
    connect(console, &SyncConsole::openSettingsRequested, this, &AppController::showSettings);

    QMenu* tools = m_window->menuBar()->addMenu(tr("&Tools"));
    QAction* verify = tools->addAction(
        Icons::eventMap(), tr("&Verify event maps"), this, &AppController::verifyEventMaps);
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction* wizard = tools->addAction(
        Icons::add(), tr("Event type &wizard…"), this, &AppController::openEventTypeWizard);
    wizard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    tools->addAction(Icons::warning(), tr("&Sync console"), this,
        [this] { m_window->setCurrentPage(QStringLiteral("sync")); });
}

void AppController::verifyEventMaps()
{
    if (!m_window || !m_guiDatabase || m_verifying)
        return;
    m_window->setCurrentPage(QStringLiteral("eventmap"));
    auto* page = m_window->pageAs<EventMapPage>(QStringLiteral("eventmap"));
    const auto data = eventmaps::EventMapRepository(m_guiDatabase->db()).load();
    if (!data) {
        QMessageBox::warning(m_window.get(), tr("Verify event maps"), data.error());
        return;
    }
    m_verifying = true;
    auto* verifier = new eventmaps::EventMapVerifier(this);
    eventmaps::TeamEventTypeCache* cache = nullptr;
    if (m_calcom && m_calcom->isReady())
        cache = new eventmaps::TeamEventTypeCache(m_calcom->client(), m_calcom->teamId(), verifier);
    const bool remote = cache != nullptr;
    connect(verifier, &eventmaps::EventMapVerifier::finished, this, [this, verifier, page, remote] {
        verifier->deleteLater();
        m_verifying = false;
        QList<RowFinding> rows;
        int errors = 0;
        for (const eventmaps::Finding& finding : verifier->findings()) {
            const bool isError = finding.severity == eventmaps::Finding::Severity::Error;
            errors += isError ? 1 : 0;
            const QString text = finding.fixText.isEmpty()
                ? finding.message
                : finding.message + QLatin1Char('\n') + finding.fixText;
            rows.append({ finding.mapId ? QVariant(*finding.mapId) : QVariant(),
                isError ? RowFinding::Severity::Error : RowFinding::Severity::Warning, text });
        }
        if (page)
            page->setVerifierFindings(rows);
        QString summary = verifier->findings().isEmpty()
            ? tr("Event maps verified: no problems found.")
            : tr("Event maps verified: %n problem(s) found.", nullptr, int(verifier->findings().size()));
        if (!remote)
            summary += QLatin1Char(' ') + tr("Only local checks ran: Cal.com is not connected.");
        else if (verifier->hasError())
            summary += QLatin1Char(' ')
                + tr("Cal.com could not be checked: %1").arg(verifier->error().userMessage());
        m_window->statusBar()->showMessage(summary, 15000);
    });
    verifier->start(*data, cache);
}

void AppController::openEventTypeWizard()
{
    if (!m_window || !m_guiDatabase)
        return;
    if (!m_calcom || !m_calcom->isReady()) {
        QMessageBox::information(m_window.get(), tr("Event type wizard"),
            tr("The wizard creates event types in Cal.com, but Cal.com is not connected. "
               "Check the Cal.com settings and the API key."));
        return;
    }
    auto* wizard
        = new EventTypeWizard(m_guiDatabase->db(), m_calcom->client(), defaultActor(), m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, [this] {
        if (auto* page = m_window->pageAs<TablePage>(QStringLiteral("eventmap")))
            page->model()->refresh();
    });
    wizard->open();
}

void AppController::storeApiKey(const QString& apiKey)
{
    auto* store = new ApiKeyStore(this);
    const QUrl baseUrl = m_calcom ? m_calcom->client()->settings().baseUrl : m_settings.calcomBaseUrl();
    ApiKeyJob* job = store->writeKey(baseUrl, apiKey);
    connect(job, &ApiKeyJob::finished, this, [this, job, store] {
        store->deleteLater();
        if (!job->errorString().isEmpty()) {
            QMessageBox::warning(m_window.get(), tr("API key not stored"), job->errorString());
            return;
        }
        if (m_calcom)
            m_calcom->connectToCalcom();
    });
}

void AppController::testConnection(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey)
{
    // A key typed into the settings goes into a header: check its form first (storing checks it too).
    if (const QString problem = ApiKeyFormat::problem(typedApiKey.trimmed(), tr("entered in the settings"));
        !typedApiKey.isEmpty() && !problem.isEmpty()) {
        if (m_settingsDialog)
            m_settingsDialog->setTestConnectionResult(false, problem);
        return;
    }
    salon::calcom::CalcomSettings settings;
    settings.baseUrl = baseUrl;
    if (teamId > 0)
        settings.teamId = teamId;
    auto* probe = new CalcomConnection(settings, this);
    connect(probe, &CalcomConnection::stateChanged, this,
        [this, probe](CalcomConnection::State state, const QString& detail) {
            if (state == CalcomConnection::State::Connecting)
                return;
            if (state != CalcomConnection::State::Connected) {
                if (m_settingsDialog)
                    m_settingsDialog->setTestConnectionResult(false, detail);
                probe->deleteLater();
                return;
            }
            auto* list = probe->client()->teamEventTypes(probe->teamId());
            connect(list, &salon::calcom::CalcomJob::finished, this, [this, probe, list] {
                if (m_settingsDialog) {
                    if (list->hasError())
                        m_settingsDialog->setTestConnectionResult(false, list->error().userMessage());
                    else
                        m_settingsDialog->setTestConnectionResult(true,
                            tr("Connected to team %1: %n event type(s).", nullptr, int(list->result().size()))
                                .arg(probe->teamId()));
                }
                probe->deleteLater();
            });
        });
    probe->connectToCalcom(typedApiKey);
}

bool AppController::currentPageLoaded() const
{
    if (!m_window)
        return false;
    auto* page = m_window->pageAs<TablePage>(m_window->currentPageId());
    if (!page)
        return true;
    const LazySqlTableModel* model = page->model();
    return model->isCountKnown() && (model->rowCount() == 0 || model->isRowLoaded(0));
}

void AppController::saveScreenshotWhenLoaded(const QString& path)
{
    auto* poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll, clock, path] {
        if (!currentPageLoaded() && clock->elapsed() < 15000)
            return;
        poll->stop();
        poll->deleteLater();
        // One more turn of the event loop so the rows that just arrived are painted.
        QTimer::singleShot(150, this, [this, path] {
            const bool ok = m_window && m_window->grab().save(path, "PNG");
            if (!ok)
                qCWarning(lcUi) << "cannot save the screenshot to" << path;
            emit screenshotSaved(path, ok);
        });
    });
    poll->start();
}

} // namespace salon::ui
