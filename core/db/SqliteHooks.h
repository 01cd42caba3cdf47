#pragma once

#include <QSqlDatabase>

namespace salon::sqlite
{

// The few calls on the raw sqlite3 handle under Qt's QSQLITE driver (Debian's driver links the system
// libsqlite3, the library we link). Everything else goes through Qt Sql.

using StatementCallback = void (*)(void* context, const char* sql);

// Calls callback(context, sql) before each statement of db runs (sqlite3_trace_v2, SQLITE_TRACE_STMT);
// statements run by triggers are not reported separately. False when db is not an open SQLite connection.
bool traceStatements(QSqlDatabase& db, StatementCallback callback, void* context);
// Counts the commits of db in localCommitCount() (sqlite3_commit_hook), so a change watcher of this
// process learns of a write at once instead of at its next poll.
bool countCommits(QSqlDatabase& db);
// Removes both hooks (before the connection closes).
void removeHooks(QSqlDatabase& db);

// Write transactions committed by this process's SQLite connections so far.
quint64 localCommitCount();

} // namespace salon::sqlite
