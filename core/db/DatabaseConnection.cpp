#include "DatabaseConnection.h"

#include "SqliteHooks.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace salon
{

namespace
{
// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct ConnectionText {
    Q_DECLARE_TR_FUNCTIONS(salon::DatabaseConnection)
};

// Settings every connection needs; SQLite leaves foreign keys off unless asked.
QString configure(QSqlDatabase& db, DatabaseUrl::Backend backend)
{
    QStringList statements;
    if (backend == DatabaseUrl::Backend::Sqlite)
        statements = { QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL") };
    else
        statements
            = { QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages TO WARNING") };
    for (const QString& statement : statements) {
        MainThreadSqlGuard::check(db, statement);
        QSqlQuery query(db);
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return {};
}
} // namespace

DatabaseConnection::DatabaseConnection(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
}

Expected<std::unique_ptr<DatabaseConnection>, QString> DatabaseConnection::open(
    const DatabaseUrl& url, const QString& connectionName, GuiThreadUse use)
{
    if (!QSqlDatabase::isDriverAvailable(url.driverName()))
        return Unexpected(ConnectionText::tr("The Qt Sql driver %1 is not installed (Debian package %2).")
                              .arg(url.driverName(),
                                  url.isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                 : QStringLiteral("libqt6sql6-psql")));
    if (QSqlDatabase::contains(connectionName))
        return Unexpected(
            ConnectionText::tr("A database connection named %1 is already open.").arg(connectionName));

    std::unique_ptr<DatabaseConnection> connection(new DatabaseConnection(url, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), connectionName);
    if (url.isSqlite()) {
        const QFileInfo file(url.path());
        if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath()))
            return Unexpected(ConnectionText::tr("Cannot create the folder %1 for the database file.")
                                  .arg(file.absolutePath()));
        db.setDatabaseName(url.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.user());
        db.setDatabaseName(url.databaseName());
        QString password = url.password();
        if (password.isEmpty())
            password = qEnvironmentVariable("PGPASSWORD");
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return Unexpected(
            ConnectionText::tr("Cannot open the database %1: %2").arg(url.toString(), db.lastError().text()));
    // Before the first statement, so the guard sees the connection's own setup too.
    MainThreadSqlGuard::attach(db, use);
    sqlite::countCommits(db);
    if (const QString error = configure(db, url.backend()); !error.isEmpty())
        return Unexpected(
            ConnectionText::tr("Cannot configure the database %1: %2").arg(url.toString(), error));
    qCDebug(lcDb) << "opened" << url.toString() << "as" << connectionName;
    return connection;
}

DatabaseConnection::~DatabaseConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        MainThreadSqlGuard::detach(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase DatabaseConnection::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace salon
