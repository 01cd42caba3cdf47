#pragma once

#include "DatabaseUrl.h"

#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace salon
{

// A thread with its own database connection that runs jobs in the order they were posted, so the GUI
// thread never waits on a query (DB Browser's RowLoader, generalised). The application owns one and
// hands it to every model and service. Results come back on the thread
// of a context object and are dropped if that object is gone.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWorker(const DatabaseUrl& url, QObject* parent = nullptr);
    // Skips the jobs still queued, closes the connection in its thread and joins the thread.
    ~DatabaseWorker() override;

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return !m_url.isSqlite(); }

    // Runs job(db) in the worker thread, then done(result) on context's thread.
    template <typename Result>
    void post(std::function<Result(QSqlDatabase&)> job, QObject* context, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        enqueue([job = std::move(job), guard, done = std::move(done)](QSqlDatabase& db) {
            auto result = std::make_shared<Result>(job(db));
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // Runs job(db) in the worker thread and waits for its result. FOR THE CLI AND TESTS ONLY, never on
    // the GUI thread.
    template <typename Result> Result runBlocking(std::function<Result(QSqlDatabase&)> job)
    {
        std::optional<Result> result;
        QSemaphore done;
        enqueue([&](QSqlDatabase& db) {
            result.emplace(job(db));
            done.release();
        });
        done.acquire();
        return std::move(*result);
    }

    // Blocks until every job posted so far has run; for tests and shutdown only, never the GUI.
    void waitForIdle();

signals:
    // The worker could not open its connection; every job then sees a closed database.
    void connectionFailed(const QString& message);

private:
    void enqueue(std::function<void(QSqlDatabase&)> task);

    class Runner;
    DatabaseUrl m_url;
    QThread m_thread;
    Runner* m_runner = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopping;
};

} // namespace salon
