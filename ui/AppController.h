#pragma once

#include "db/DatabaseConnection.h"
#include "db/DatabaseUrl.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace salon::ui
{

class CalcomConnection;
class MainWindow;
class SettingsDialog;

// Cal.com settings given on start (the demo sandbox passes its own; normally they come from AppSettings).
struct CalcomSettings {
    QUrl baseUrl;
    qint64 teamId = 0;
    QString apiKey; // kept in memory only (the demo sandbox's key); empty = environment or keychain
    bool sandbox = false; // the built-in sandbox: the title bar says so
};

// Starts the GUI on a database: opens it off the GUI thread (creating and migrating it on first start),
// then builds the main window with the standard pages. main() and a future --demo are one call each:
// start(url).
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // The database the settings name, or the default SQLite file.
    static Expected<DatabaseUrl, QString> configuredDatabase(const AppSettings& settings);
    // Adds Services, Segments, Staff, Event map, Appointments and Phases to a window.
    static void addStandardPages(
        MainWindow& window, const DatabaseUrl& url, const QTimeZone& zone, const QString& actor);
    // "gui:<login name>", for audit_log.actor.
    static QString defaultActor();

    // Opens and migrates url in a worker thread; then shows the main window (emits started) or emits
    // startFailed with a message for people.
    void start(const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom = std::nullopt,
        const QString& startPage = {});
    MainWindow* mainWindow() const { return m_window.get(); }
    CalcomConnection* calcom() const { return m_calcom; }
    SettingsDialog* settingsDialog() const { return m_settingsDialog; }
    // Renders the window to a PNG once the current page shows its first rows (or after 15 s), then emits
    // screenshotSaved.
    void saveScreenshotWhenLoaded(const QString& path);

public slots:
    void showSettings();
    // Runs the event-map verifier (remote checks too when Cal.com is connected) and shows its findings
    // on the Event map page.
    void verifyEventMaps();
    // Opens the event type wizard (needs a Cal.com connection).
    void openEventTypeWizard();

signals:
    void started();
    void startFailed(const QString& message);
    void screenshotSaved(const QString& path, bool ok);
    // From the settings dialog, for the keychain (core/secrets) and the Cal.com client.
    void apiKeyEntered(const QString& apiKey);
    void databasePasswordEntered(const salon::DatabaseUrl& url, const QString& password);
    void testConnectionRequested(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey);

private:
    void buildWindow(
        const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom, const QString& startPage);
    void openDatabase(
        const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom, const QString& startPage);
    void storeDatabasePassword(const salon::DatabaseUrl& url, const QString& password);
    void connectCalcom(const std::optional<CalcomSettings>& calcom);
    void addToolPages(const DatabaseUrl& url, const QTimeZone& zone);
    void testConnection(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey);
    void storeApiKey(const QString& apiKey);
    bool currentPageLoaded() const;

    AppSettings& m_settings;
    std::unique_ptr<MainWindow> m_window;
    // A GUI-thread connection for small reads and writes (event map, wizard items); large lists load in
    // the models' own worker threads.
    std::unique_ptr<DatabaseConnection> m_guiDatabase;
    CalcomConnection* m_calcom = nullptr;
    bool m_verifying = false;
    QPointer<SettingsDialog> m_settingsDialog;
    // In --demo: the sandbox and the temporary database, for the settings dialog to show.
    std::optional<CalcomSettings> m_demoCalcom;
    DatabaseUrl m_demoDatabase;
};

} // namespace salon::ui
