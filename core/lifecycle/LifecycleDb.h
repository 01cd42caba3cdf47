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

// Where lifecycle jobs run their database work: on the application's DatabaseWorker thread (the GUI, the
// CLI and the sync engine: no SQL on the calling thread); the answer arrives from the event loop.
class LifecycleDb
{
public:
    struct Access {
        LifecycleRepository& operations;
        SnapshotReader& snapshots;
    };

    LifecycleDb(DatabaseWorker* worker, QString actor);

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
        m_worker->post<Result>(std::move(job), context, std::move(done));
    }

private:
    DatabaseWorker* m_worker = nullptr;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::lifecycle
