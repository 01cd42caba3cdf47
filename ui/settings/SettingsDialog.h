#pragma once

#include "AppSettings.h"
#include "db/DatabaseUrl.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui
{
class SettingsDialog;
}

namespace salon::ui
{

// The settings: database (SQLite file or PostgreSQL server), Cal.com (base URL, team, API key, test),
// salon time zone and language. Non-secret values are saved to AppSettings on OK; the API key and the
// database password are only emitted as signals for the keychain (core/secrets) and are write-only:
// the dialog never shows a stored secret.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Tells the dialog whether secrets are stored, so the empty fields say "stored; type to replace".
    void setStoredSecrets(bool apiKeyStored, bool databasePasswordStored);
    // Shows the outcome of a connection test the dialog asked for.
    void setTestConnectionResult(bool ok, const QString& message);
    // `salon-admin --demo`: shows what the demo really uses — the built-in Cal.com sandbox and a temporary
    // database — read-only under a note, instead of the real settings it does not use. OK then saves
    // only the time zone and the language, so the real settings are never overwritten with the demo's.
    void showDemo(const QUrl& sandboxUrl, qint64 teamId, const salon::DatabaseUrl& database);
    bool isDemo() const { return m_demo; }

    // The database the form describes, or a message for people.
    Expected<DatabaseUrl, QString> databaseUrl() const;
    QString errorText() const;

    void accept() override;

signals:
    // The user typed a new API key (on OK); store it in the keychain.
    void apiKeyEntered(const QString& apiKey);
    // The user typed a PostgreSQL password for url (on OK); store it in the keychain.
    void databasePasswordEntered(const salon::DatabaseUrl& url, const QString& password);
    // "Test connection": the typed key, or empty to test with the stored one.
    void testConnectionRequested(const QUrl& baseUrl, qint64 teamId, const QString& typedApiKey);
    // Saved; restartNeeded when the database or the language changed.
    void settingsSaved(bool restartNeeded);

private:
    void load();
    void updateBackendFields();
    void browse();
    void requestTest();
    void showError(const QString& message);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    bool m_demo = false;
};

} // namespace salon::ui
