#pragma once

#include "DatabaseUrl.h"
#include "MainThreadSqlGuard.h"
#include "common/Expected.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace salon
{

// One open, named Qt Sql connection, closed and removed when this object goes away.
// A connection belongs to the thread that opened it: a worker thread opens its own (Qt 6.4 has no
// QSqlDatabase::moveToThread). Every connection is known to the MainThreadSqlGuard; `use` says whether it
// may run statements on the GUI thread (only the sync engine's this round, and test fixtures).
class DatabaseConnection
{
public:
    static Expected<std::unique_ptr<DatabaseConnection>, QString> open(
        const DatabaseUrl& url, const QString& connectionName, GuiThreadUse use = GuiThreadUse::Forbidden);
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
