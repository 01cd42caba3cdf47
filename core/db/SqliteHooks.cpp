#include "SqliteHooks.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace salon::sqlite
{

namespace
{
std::atomic<quint64> s_commits { 0 };

sqlite3* handleOf(QSqlDatabase& db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

struct Trace {
    StatementCallback callback;
    void* context;
};

int onTrace(unsigned type, void* context, void* /*statement*/, void* text)
{
    if (type != SQLITE_TRACE_STMT || !context)
        return 0;
    const char* sql = static_cast<const char*>(text);
    // A statement run by a trigger is reported as "-- TRIGGER name"; the statement that fired it counts.
    if (!sql || (sql[0] == '-' && sql[1] == '-'))
        return 0;
    auto* trace = static_cast<Trace*>(context);
    trace->callback(trace->context, sql);
    return 0;
}

int onCommit(void*)
{
    s_commits.fetch_add(1, std::memory_order_relaxed);
    return 0; // 0: let the commit go ahead
}

// One Trace per traced handle; freed in removeHooks (the handle outlives nothing here).
QHash<sqlite3*, Trace*>& traces()
{
    static QHash<sqlite3*, Trace*> map;
    return map;
}
QMutex& tracesMutex()
{
    static QMutex mutex;
    return mutex;
}
} // namespace

bool traceStatements(QSqlDatabase& db, StatementCallback callback, void* context)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return false;
    auto* trace = new Trace { callback, context };
    {
        QMutexLocker lock(&tracesMutex());
        delete traces().take(handle);
        traces().insert(handle, trace);
    }
    return sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, onTrace, trace) == SQLITE_OK;
}

bool countCommits(QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return false;
    sqlite3_commit_hook(handle, onCommit, nullptr);
    return true;
}

void removeHooks(QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return;
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    sqlite3_commit_hook(handle, nullptr, nullptr);
    QMutexLocker lock(&tracesMutex());
    delete traces().take(handle);
}

quint64 localCommitCount()
{
    return s_commits.load(std::memory_order_relaxed);
}

} // namespace salon::sqlite
