#include "AppSettings.h"

#include <QTimeZone>

namespace salon::ui
{

namespace
{
const QString kDatabaseUrl = QStringLiteral("database/url");
const QString kCalcomBaseUrl = QStringLiteral("calcom/baseUrl");
const QString kCalcomTeamId = QStringLiteral("calcom/teamId");
const QString kCalcomPollMinutes = QStringLiteral("calcom/pollMinutes");
const QString kTimeZone = QStringLiteral("salon/timeZone");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kLastPage = QStringLiteral("ui/lastPage");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString AppSettings::databaseUrl() const
{
    return m_settings->value(kDatabaseUrl).toString();
}

void AppSettings::setDatabaseUrl(const QString& url)
{
    m_settings->setValue(kDatabaseUrl, url);
}

QUrl AppSettings::defaultCalcomBaseUrl()
{
    return QUrl(QStringLiteral("https://api.cal.com/v2"));
}

QUrl AppSettings::calcomBaseUrl() const
{
    const QUrl url = m_settings->value(kCalcomBaseUrl).toUrl();
    return url.isValid() && !url.isEmpty() ? url : defaultCalcomBaseUrl();
}

void AppSettings::setCalcomBaseUrl(const QUrl& url)
{
    // Only scheme, host, port and path: user info in a URL would be a secret in plain text.
    QUrl clean = url;
    clean.setUserInfo(QString());
    m_settings->setValue(kCalcomBaseUrl, clean.toString());
}

qint64 AppSettings::calcomTeamId() const
{
    return m_settings->value(kCalcomTeamId, 0).toLongLong();
}

void AppSettings::setCalcomTeamId(qint64 id)
{
    m_settings->setValue(kCalcomTeamId, qMax<qint64>(0, id));
}

int AppSettings::calcomPollMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kCalcomPollMinutes, kDefaultCalcomPollMinutes).toInt(&ok);
    return ok ? qBound(0, minutes, kMaxCalcomPollMinutes) : kDefaultCalcomPollMinutes;
}

void AppSettings::setCalcomPollMinutes(int minutes)
{
    m_settings->setValue(kCalcomPollMinutes, qBound(0, minutes, kMaxCalcomPollMinutes));
}

QByteArray AppSettings::defaultTimeZoneId()
{
    return QByteArrayLiteral("Europe/Berlin");
}

QByteArray AppSettings::timeZoneId() const
{
    const QByteArray id = m_settings->value(kTimeZone).toByteArray();
    return QTimeZone::isTimeZoneIdAvailable(id) ? id : defaultTimeZoneId();
}

void AppSettings::setTimeZoneId(const QByteArray& id)
{
    m_settings->setValue(kTimeZone, QString::fromUtf8(id));
}

AppSettings::Language AppSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    if (code == QLatin1String("de"))
        return Language::German;
    if (code == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    m_settings->setValue(
        kLanguage, language == Language::System ? QStringLiteral("system") : languageCode(language));
}

QString AppSettings::languageCode(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("de");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    return {};
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(kLastPage).toString();
}

void AppSettings::setLastPage(const QString& id)
{
    m_settings->setValue(kLastPage, id);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace salon::ui
