#pragma once

#include "core/db/DatabaseUrl.h"
#include "ui/settings/AppSettings.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace salon
{
class DatabaseSession;
}

namespace salon::ui
{

class CalcomChangesPart;
class CalcomConnection;
class EventMapVerification;
class LifecycleJobBuilder;
class MainWindow;
class RehearsalLauncher;
class SecretStorage;
class SettingsDialog;

// Cal.com given on the command line instead of the settings (the demo passes its built-in sandbox).
struct CalcomStartOptions {
    QUrl baseUrl;
    qint64 teamId = 0;
    QString apiKey; // kept in memory only (the demo sandbox's key); empty = environment or keychain
    bool sandbox = false; // the built-in sandbox: the title bar says so
    bool rehearsal = false; // a rehearsal window (a database copy, a snapshot): title bar and banner say so
};

// The GUI's composition root: gets the database ready (AppStartup), then builds the one DatabaseSession
// (worker + change watcher) every page and service shares, the main window with its pages, the Cal.com
// connection and the Tools menu, and wires them. The parts do the work: AppStartup, EventMapVerification,
// ConnectionTest, SecretStorage, ScreenshotTaker, ToolsMenu.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // The database the settings name, or the default SQLite file.
    static Expected<DatabaseUrl, QString> configuredDatabase(const AppSettings& settings);
    // "gui:<login name>", for audit_log.actor.
    static QString defaultActor();

    // Opens and migrates url off the GUI thread; then shows the main window (emits started) or emits
    // startFailed with a message for people.
    void start(const DatabaseUrl& url, const std::optional<CalcomStartOptions>& calcom = std::nullopt,
        const QString& startPage = {});
    MainWindow* mainWindow() const { return m_window.get(); }
    // The open settings dialog, if any (tests).
    SettingsDialog* settingsDialog() const;
    CalcomConnection* calcom() const { return m_calcom; }
    // Builds the cancel, move, re-staff and sick-day jobs the pages run.
    LifecycleJobBuilder* lifecycleJobs() const { return m_lifecycleJobs; }
    // The looks for changes made in Cal.com and the sync console's tab for them.
    CalcomChangesPart* calcomChanges() const { return m_calcomChanges; }
    DatabaseSession* session() const { return m_session.get(); }
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
    // File → Rehearse on a copy…: asks for the snapshot (taken now or a saved file), then startRehearsal().
    void openRehearsal();

public:
    // Copies the database, serves the snapshot file in the built-in sandbox and opens a second window on
    // both (rehearsalStarted or rehearsalFailed follows). The launcher ends with its window.
    RehearsalLauncher* startRehearsal(const QString& snapshotPath);

signals:
    void started();
    void startFailed(const QString& message);
    void screenshotSaved(const QString& path, bool ok);
    void rehearsalStarted(salon::ui::AppController* rehearsal);
    void rehearsalFailed(const QString& message);

private:
    void buildWindow(
        const DatabaseUrl& url, const std::optional<CalcomStartOptions>& calcom, const QString& startPage);
    void addPages(const QTimeZone& zone);
    void connectCalcom(const std::optional<CalcomStartOptions>& calcom, const DatabaseUrl& database);
    void testConnection(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey);
    void addRehearsalParts(bool isRehearsal);

    AppSettings& m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    CalcomConnection* m_calcom = nullptr;
    EventMapVerification* m_verification = nullptr;
    LifecycleJobBuilder* m_lifecycleJobs = nullptr;
    CalcomChangesPart* m_calcomChanges = nullptr;
    SecretStorage* m_secrets = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    // In --demo: the sandbox and the temporary database, for the settings dialog to show.
    std::optional<CalcomStartOptions> m_demoCalcom;
    DatabaseUrl m_demoDatabase;
};

} // namespace salon::ui
