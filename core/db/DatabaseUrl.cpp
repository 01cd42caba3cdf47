#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace salon
{

namespace
{
// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct DatabaseUrlText {
    Q_DECLARE_TR_FUNCTIONS(salon::DatabaseUrl)
};
} // namespace

Expected<DatabaseUrl, QString> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        const QString path = trimmed.mid(7);
        if (path.isEmpty())
            return Unexpected(
                DatabaseUrlText::tr("The database URL \"%1\" names no file; use sqlite:PATH.").arg(text));
        return sqliteFile(path);
    }
    if (trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Unexpected(DatabaseUrlText::tr(
                "The database URL \"%1\" is not of the form postgresql://USER@HOST:PORT/DBNAME.")
                                  .arg(text));
        if (!url.password().isEmpty())
            return Unexpected(DatabaseUrlText::tr(
                "The database URL must not contain a password; set PGPASSWORD or store it in "
                "the keychain from the settings."));
        DatabaseUrl result;
        result.m_backend = Backend::PostgreSql;
        result.m_host = url.host();
        result.m_port = url.port(5432);
        result.m_user = url.userName();
        result.m_databaseName = url.path().mid(1);
        if (result.m_databaseName.isEmpty() || result.m_databaseName.contains(QLatin1Char('/')))
            return Unexpected(DatabaseUrlText::tr(
                "The database URL \"%1\" names no database; use postgresql://USER@HOST:PORT/DBNAME.")
                                  .arg(text));
        return result;
    }
    return Unexpected(DatabaseUrlText::tr(
        "Unknown database URL \"%1\": use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.")
                          .arg(text));
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl result;
    result.m_backend = Backend::Sqlite;
    result.m_path = path;
    return result;
}

QString DatabaseUrl::defaultSqlitePath()
{
    // The GUI's data folder (organisation "salon-admin", application "Salon Admin") spelled out, not
    // AppDataLocation: that follows the application name, and the CLI's is "salon-admin-cli".
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("salon-admin/Salon Admin/salon-admin.sqlite"));
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    const QString userPart = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(userPart, m_host).arg(m_port).arg(m_databaseName);
}

QUrl DatabaseUrl::secretId() const
{
    if (m_backend == Backend::Sqlite)
        return {};
    return QUrl(
        QStringLiteral("postgresql://%1:%2/%3/%4").arg(m_host).arg(m_port).arg(m_databaseName, m_user));
}

QString DatabaseUrl::driverName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

} // namespace salon
