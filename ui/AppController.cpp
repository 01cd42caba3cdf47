#include "AppController.h"

#include "Icons.h"
#include "MainWindow.h"
#include "StatusIndicators.h"
#include "common/Logging.h"
#include "db/DatabaseConnection.h"
#include "db/Migrator.h"
#include "pages/AppointmentsPage.h"
#include "pages/EventMapPage.h"
#include "pages/TablePage.h"
#include "models/StandardTables.h"
#include "settings/SettingsDialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent>

namespace salon::ui {

namespace {
// Opens (creating the file) and migrates; runs in a pool thread with its own connection.
QString prepareDatabase(const DatabaseUrl& url)
{
    static std::atomic_int counter {0};
    const QString name = QStringLiteral("salon-ui-startup-%1").arg(++counter);
    auto connection = DatabaseConnection::open(url, name);
    if (!connection)
        return connection.error();
    Migrator migrator(connection.value()->db());
    auto migrated = migrator.migrate();
    if (!migrated)
        return QCoreApplication::translate("salon::ui::AppController", "Cannot update the database schema: %1")
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

void AppController::addStandardPages(MainWindow& window, const DatabaseUrl& url, const QTimeZone& zone,
                                     const QString& actor)
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
    window.addPage(QStringLiteral("eventmap"), tr("Event map"), Icons::eventMap(), prepare(new EventMapPage(url)));
    window.addPage(QStringLiteral("appointments"), tr("Appointments"), Icons::appointments(),
                   prepare(new AppointmentsPage(url)));
    window.addPage(QStringLiteral("phases"), tr("Phases"), Icons::phases(),
                   prepare(new TablePage(StandardTables::phases(), url)));
}

void AppController::start(const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom,
                          const QString& startPage)
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

void AppController::buildWindow(const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom,
                                const QString& startPage)
{
    m_window = std::make_unique<MainWindow>();
    QTimeZone zone(m_settings.timeZoneId());
    addStandardPages(*m_window, url, zone, defaultActor());
    m_window->statusIndicators()->setDatabase(url.isSqlite() ? QDir::toNativeSeparators(url.path()) : url.toString(),
                                              true);
    const qint64 team = calcom ? calcom->teamId : m_settings.calcomTeamId();
    if (team > 0)
        m_window->statusIndicators()->setCalcomTeam(QString::number(team));
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::showSettings);
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
    m_settingsDialog = dialog;
    connect(dialog, &SettingsDialog::apiKeyEntered, this, &AppController::apiKeyEntered);
    connect(dialog, &SettingsDialog::databasePasswordEntered, this, &AppController::databasePasswordEntered);
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
