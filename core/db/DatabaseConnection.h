#pragma once

#include "DatabaseUrl.h"
#include "common/Expected.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace salon
{

// One open, named Qt Sql connection, closed and removed when this object goes away.
// A connection belongs to the thread that opened it: a worker thread opens its own (Qt 6.4 has no
// QSqlDatabase::moveToThread).
class DatabaseConnection
{
public:
    static Expected<std::unique_ptr<DatabaseConnection>, QString> open(
        const DatabaseUrl& url, const QString& connectionName);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;

    QSqlDatabase db() const;
    const DatabaseUrl& url() const { return m_url; }
    QString connectionName() const { return m_connectionName; }

private:
    DatabaseConnection(DatabaseUrl url, QString connectionName);

    DatabaseUrl m_url;
    QString m_connectionName;
};

} // namespace salon
