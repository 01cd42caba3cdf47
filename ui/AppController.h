#pragma once

#include "db/DatabaseUrl.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace salon::ui {

class MainWindow;
class SettingsDialog;

// Cal.com settings given on start (the demo sandbox passes its own; normally they come from AppSettings).
struct CalcomSettings {
    QUrl baseUrl;
    qint64 teamId = 0;
};

// Starts the GUI on a database: opens it off the GUI thread (creating and migrating it on first start),
// then builds the main window with the standard pages. main() and a future --demo are one call each:
// start(url).
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // The database the settings name, or the default SQLite file.
    static Expected<DatabaseUrl, QString> configuredDatabase(const AppSettings& settings);
    // Adds Services, Segments, Staff, Event map, Appointments and Phases to a window.
    static void addStandardPages(MainWindow& window, const DatabaseUrl& url, const QTimeZone& zone,
                                 const QString& actor);
    // "gui:<login name>", for audit_log.actor.
    static QString defaultActor();

    // Opens and migrates url in a worker thread; then shows the main window (emits started) or emits
    // startFailed with a message for people.
    void start(const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom = std::nullopt,
               const QString& startPage = {});
    MainWindow* mainWindow() const { return m_window.get(); }
    SettingsDialog* settingsDialog() const { return m_settingsDialog; }
    // Renders the window to a PNG once the current page shows its first rows (or after 15 s), then emits
    // screenshotSaved.
    void saveScreenshotWhenLoaded(const QString& path);

public slots:
    void showSettings();

signals:
    void started();
    void startFailed(const QString& message);
    void screenshotSaved(const QString& path, bool ok);
    // From the settings dialog, for the keychain (core/secrets) and the Cal.com client.
    void apiKeyEntered(const QString& apiKey);
    void databasePasswordEntered(const salon::DatabaseUrl& url, const QString& password);
    void testConnectionRequested(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey);

private:
    void buildWindow(const DatabaseUrl& url, const std::optional<CalcomSettings>& calcom, const QString& startPage);
    bool currentPageLoaded() const;

    AppSettings& m_settings;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace salon::ui
