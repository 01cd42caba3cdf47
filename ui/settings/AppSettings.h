#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace salon::ui
{

// The app's non-secret settings in QSettings. Secrets (the Cal.com API key, a PostgreSQL password) never
// come here: they go to the keychain (core/secrets), and no setter below takes one.
class AppSettings
{
public:
    enum class Language { System, German, English };

    // The platform's settings for the application and organization names.
    AppSettings();
    // A given INI file (tests, portable installs).
    explicit AppSettings(const QString& iniFile);

    // The database URL text ("sqlite:PATH" or "postgresql://USER@HOST:PORT/DB"); empty = the default file.
    QString databaseUrl() const;
    void setDatabaseUrl(const QString& url);

    QUrl calcomBaseUrl() const;
    void setCalcomBaseUrl(const QUrl& url);
    static QUrl defaultCalcomBaseUrl();
    // 0 when no team is set.
    qint64 calcomTeamId() const;
    void setCalcomTeamId(qint64 id);

    // How often the running app looks for changes made in Cal.com; 0 = never.
    int calcomPollMinutes() const;
    void setCalcomPollMinutes(int minutes);
    static constexpr int kDefaultCalcomPollMinutes = 5;
    static constexpr int kMaxCalcomPollMinutes = 24 * 60;

    // An IANA id such as "Europe/Berlin".
    QByteArray timeZoneId() const;
    void setTimeZoneId(const QByteArray& id);
    static QByteArray defaultTimeZoneId();

    Language language() const;
    void setLanguage(Language language);
    // "de", "en", or "" for the system's language.
    static QString languageCode(Language language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastPage() const;
    void setLastPage(const QString& id);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace salon::ui
