#include "MainThreadSqlGuard.h"

#include "SqliteHooks.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace salon
{

namespace
{
struct Connection {
    GuiThreadUse use = GuiThreadUse::Forbidden;
    QString name;
    bool traced = false;
};

struct Registry {
    QMutex mutex;
    QHash<QString, std::shared_ptr<Connection>> connections;
    QSet<QString> reported; // statement texts already logged (Report mode)
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

std::atomic_int s_reportCount { 0 };

MainThreadSqlGuard::Mode modeFromEnvironment()
{
    const QByteArray value = qgetenv("SALON_SQL_GUARD").trimmed().toLower();
    if (value == "fatal")
        return MainThreadSqlGuard::Mode::Fatal;
    if (value == "report")
        return MainThreadSqlGuard::Mode::Report;
    if (value == "off")
        return MainThreadSqlGuard::Mode::Off;
#ifdef QT_NO_DEBUG
    return MainThreadSqlGuard::Mode::Off;
#else
    return MainThreadSqlGuard::Mode::Report;
#endif
}

std::atomic<MainThreadSqlGuard::Mode>& currentMode()
{
    static std::atomic<MainThreadSqlGuard::Mode> mode { modeFromEnvironment() };
    return mode;
}

void onSqliteStatement(void* context, const char* sql)
{
    const auto* connection = static_cast<const Connection*>(context);
    MainThreadSqlGuard::checkStatement(connection->use, connection->name, QString::fromUtf8(sql));
}
} // namespace

MainThreadSqlGuard::Mode MainThreadSqlGuard::mode()
{
    return currentMode().load();
}

void MainThreadSqlGuard::setMode(Mode mode)
{
    currentMode().store(mode);
}

bool MainThreadSqlGuard::onGuiThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread() && app->inherits("QGuiApplication");
}

void MainThreadSqlGuard::attach(QSqlDatabase& db, GuiThreadUse use)
{
    auto connection = std::make_shared<Connection>();
    connection->use = use;
    connection->name = db.connectionName();
    // The trace context lives as long as the registry entry; detach() removes the hook first.
    connection->traced = sqlite::traceStatements(db, onSqliteStatement, connection.get());
    QMutexLocker lock(&registry().mutex);
    registry().connections.insert(connection->name, connection);
}

void MainThreadSqlGuard::detach(QSqlDatabase& db)
{
    sqlite::removeHooks(db);
    QMutexLocker lock(&registry().mutex);
    registry().connections.remove(db.connectionName());
}

GuiThreadUse MainThreadSqlGuard::useOf(const QSqlDatabase& db)
{
    QMutexLocker lock(&registry().mutex);
    const auto connection = registry().connections.value(db.connectionName());
    return connection ? connection->use : GuiThreadUse::Forbidden;
}

void MainThreadSqlGuard::check(const QSqlDatabase& db, QStringView sql)
{
    if (mode() == Mode::Off || !onGuiThread())
        return;
    std::shared_ptr<Connection> connection;
    {
        QMutexLocker lock(&registry().mutex);
        connection = registry().connections.value(db.connectionName());
    }
    if (connection && connection->traced)
        return; // the trace reports it
    checkStatement(connection ? connection->use : GuiThreadUse::Forbidden, db.connectionName(), sql);
}

void MainThreadSqlGuard::checkStatement(GuiThreadUse use, const QString& connectionName, QStringView sql)
{
    const Mode current = mode();
    if (current == Mode::Off || use != GuiThreadUse::Forbidden || !onGuiThread())
        return;
    s_reportCount.fetch_add(1);
    const QString text = sql.left(300).toString().simplified();
    if (current == Mode::Fatal)
        qFatal("SQL on the GUI thread (connection %s): %s", qPrintable(connectionName), qPrintable(text));
    QMutexLocker lock(&registry().mutex);
    if (registry().reported.contains(text))
        return;
    registry().reported.insert(text);
    qCWarning(lcDb).noquote() << "SQL on the GUI thread (connection" << connectionName << "):" << text;
}

int MainThreadSqlGuard::reportCount()
{
    return s_reportCount.load();
}

void MainThreadSqlGuard::resetReportCount()
{
    s_reportCount.store(0);
}

} // namespace salon
