#include "DatabaseWorker.h"

#include "DatabaseConnection.h"
#include "common/Logging.h"

#include <QSemaphore>

namespace salon
{

// Lives in the worker thread and owns the connection there.
class DatabaseWorker::Runner : public QObject
{
public:
    std::unique_ptr<DatabaseConnection> connection;
    QSqlDatabase db;
};

namespace
{
QString nextConnectionName()
{
    static std::atomic_int counter { 0 };
    return QStringLiteral("salon-worker-%1").arg(++counter);
}
} // namespace

DatabaseWorker::DatabaseWorker(const DatabaseUrl& url, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_runner(new Runner)
    , m_stopping(std::make_shared<std::atomic_bool>(false))
{
    m_thread.setObjectName(QStringLiteral("DatabaseWorker"));
    m_runner->moveToThread(&m_thread);
    m_thread.start();
    const QString name = nextConnectionName();
    Runner* runner = m_runner;
    QPointer<DatabaseWorker> self(this);
    QMetaObject::invokeMethod(m_runner, [runner, url, name, self] {
        auto opened = DatabaseConnection::open(url, name);
        if (!opened) {
            qCWarning(lcDb) << "worker connection failed:" << opened.error();
            const QString message = opened.error();
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, message] {
                    if (self)
                        emit self->connectionFailed(message);
                });
            return;
        }
        runner->connection = std::move(opened.value());
        runner->db = runner->connection->db();
    });
}

DatabaseWorker::~DatabaseWorker()
{
    m_stopping->store(true);
    Runner* runner = m_runner;
    QThread* thread = &m_thread;
    QMetaObject::invokeMethod(m_runner, [runner, thread] {
        runner->db = QSqlDatabase();
        runner->connection.reset();
        thread->quit();
    });
    m_thread.wait();
    // The thread has finished, so its objects can go from here.
    delete m_runner;
}

void DatabaseWorker::enqueue(std::function<void(QSqlDatabase&)> task)
{
    Runner* runner = m_runner;
    auto stopping = m_stopping;
    QMetaObject::invokeMethod(m_runner, [runner, stopping, task = std::move(task)] {
        if (stopping->load())
            return;
        task(runner->db);
    });
}

void DatabaseWorker::waitForIdle()
{
    QSemaphore done;
    QMetaObject::invokeMethod(m_runner, [&done] { done.release(); });
    done.acquire();
}

} // namespace salon
