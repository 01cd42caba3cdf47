#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace salon
{

// Whether a connection may run statements on the GUI thread.
enum class GuiThreadUse {
    Forbidden, // every connection of the application: the GUI thread runs no SQL
    TestFixture, // a test arranging or asserting data directly (never code under test)
};

// The debug guard that makes "no SQL on the GUI thread" checkable: every statement executed on the main
// thread of a GUI application (a QGuiApplication exists) is reported with its text. On SQLite the
// driver handle is traced (sqlite3_trace_v2), so no path escapes — Qt's own BEGIN/COMMIT, PRAGMAs, direct
// QSqlQuery use; on PostgreSQL runSql(), Transaction and the connection setup check. A CLI (a plain
// QCoreApplication) is never guarded.
//
// SALON_SQL_GUARD=fatal (set for every test by salon_add_test) aborts on the first such statement;
// =report logs each distinct statement once (the default of debug builds); =off (release default).
class MainThreadSqlGuard
{
public:
    enum class Mode { Off, Report, Fatal };

    static Mode mode();
    // For tests of the guard itself.
    static void setMode(Mode mode);

    // Called by DatabaseConnection for every connection it opens / before it closes one.
    static void attach(QSqlDatabase& db, GuiThreadUse use);
    static void detach(QSqlDatabase& db);
    static GuiThreadUse useOf(const QSqlDatabase& db);

    // Checks one statement about to run on db (runSql, Transaction). SQLite connections are traced and
    // skip this, so nothing is reported twice.
    static void check(const QSqlDatabase& db, QStringView sql);
    // The statement check itself, for one connection's use.
    static void checkStatement(GuiThreadUse use, const QString& connectionName, QStringView sql);

    // True on the main thread of a GUI application.
    static bool onGuiThread();
    // Statements reported since the start (or resetReportCount()).
    static int reportCount();
    static void resetReportCount();
};

} // namespace salon
