#pragma once

#include "common/Expected.h"

#include <QString>
#include <QUrl>

namespace salon
{

// Where the salon's data lives: an SQLite file (the embedded default) or a PostgreSQL server.
// Text forms: "sqlite:PATH" and "postgresql://USER@HOST:PORT/DBNAME". A password is never part of
// the text form; it comes from PGPASSWORD or the keychain and is set with setPassword().
class DatabaseUrl
{
public:
    enum class Backend { Sqlite, PostgreSql };

    static Expected<DatabaseUrl, QString> parse(const QString& text);
    static DatabaseUrl sqliteFile(const QString& path);
    // <GenericDataLocation>/salon-admin/Salon Admin/salon-admin.sqlite (~/.local/share/… on Linux): the
    // file the GUI and the CLI share by default, whatever the running program's name.
    static QString defaultSqlitePath();

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }

    // The text form, without the password.
    QString toString() const;
    // Server, database and user as one URL (postgresql://HOST:PORT/DBNAME/USER): the name under which the
    // password is kept in the keychain. Empty for SQLite.
    QUrl secretId() const;
    // The Qt Sql driver name: QSQLITE or QPSQL.
    QString driverName() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QString m_password;
};

} // namespace salon
