#pragma once

#include "common/Expected.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseWorker.h"

#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace salon::cli
{

// What every command shares: the global options, the output streams and the database.
class CliContext
{
public:
    CliContext();

    // Global options (from the command line, else the environment).
    std::optional<QString> databaseOption; // --db (unset: SALON_ADMIN_DB, else the GUI's default file)
    bool json = false; // --json
    QString calcomUrlOption; // --calcom-url / CALCOM_URL
    QString teamIdOption; // --team-id / CALCOM_TEAM_ID

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints the one-line reason on stderr (and a JSON error object with --json); returns ExitCannotRun.
    int cannotRun(const QString& reason);
    // Prints a JSON document on stdout.
    void printJson(const QJsonValue& value);

    // The database the options name, opened and migrated to the current schema. An SQLite file is
    // created and migrated on first use, as the GUI does; a PostgreSQL database must be migrated
    // explicitly with `migrate` (a shared server is the admin's to change).
    Expected<DatabaseConnection*, QString> database(bool migrateIfNeeded = true);
    // A worker thread on the same database (opened and migrated by database() first), for the core jobs
    // that read and write through a DatabaseWorker as the GUI does (planner, creation run, retirement).
    Expected<DatabaseWorker*, QString> worker();
    Expected<DatabaseUrl, QString> databaseUrl() const;
    // The connection database() opened (its URL carries the password it used), or nullptr before.
    const DatabaseConnection* openedDatabase() const { return m_database.get(); }

    // Who the audit log names for changes made by this process.
    QString actor() const;

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<DatabaseConnection> m_database;
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace salon::cli
