#pragma once

#include "LifecycleRepository.h"
#include "SnapshotReader.h"
#include "db/DatabaseWorker.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace salon::lifecycle
{

// Where lifecycle jobs run their database work: on the application's DatabaseWorker thread (the GUI and
// the CLI: no SQL on the calling thread), or on a connection the caller's thread owns (the sync engine,
// whose batch already works on its own connection). Either way the answer arrives from the event loop.
class LifecycleDb
{
public:
    struct Access {
        LifecycleRepository& operations;
        SnapshotReader& snapshots;
    };

    LifecycleDb(DatabaseWorker* worker, QString actor);
    LifecycleDb(QSqlDatabase db, QString actor);

    QString actor() const { return m_actor; }
    // The run the audit entries of this job belong to.
    void setRunId(const QString& runId) { m_runId = runId; }

    // Runs work(access) where the database lives, then done(result) on context's thread (dropped when
    // context is gone).
    template <typename Result>
    void run(std::function<Result(Access&)> work, QObject* context, std::function<void(Result)> done)
    {
        const QString actor = m_actor;
        const QString runId = m_runId;
        auto job = [work = std::move(work), actor, runId](QSqlDatabase& db) -> Result {
            LifecycleRepository operations(db, actor, runId);
            SnapshotReader snapshots(db);
            Access access { operations, snapshots };
            return work(access);
        };
        if (m_worker) {
            m_worker->post<Result>(std::move(job), context, std::move(done));
            return;
        }
        auto result = std::make_shared<Result>(job(m_db));
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done), result] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    }

private:
    DatabaseWorker* m_worker = nullptr;
    QSqlDatabase m_db;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::lifecycle
