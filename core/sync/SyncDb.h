#pragma once

#include "PhaseRepository.h"
#include "db/DatabaseWorker.h"

#include <QObject>
#include <QString>

#include <functional>

namespace salon::sync
{

// Where the sync engine runs its database work: on the DatabaseWorker's thread, never on the caller's
// (the GUI's or the CLI's). Each run() is one worker job with a PhaseRepository over the worker's
// connection, so statements that belong together (a claim, a write and the check after it failed) stay
// in one job, in the order they were posted.
class SyncDb
{
public:
    SyncDb(DatabaseWorker* worker, QString actor);

    DatabaseWorker* worker() const { return m_worker; }
    QString actor() const { return m_actor; }
    // The run every audit entry names (a sync batch's).
    void setRunId(const QString& runId) { m_runId = runId; }
    QString runId() const { return m_runId; }

    // Runs work(repository) in the worker thread, then done(result) on context's thread (dropped when
    // context is gone).
    template <typename Result>
    void run(std::function<Result(PhaseRepository&)> work, QObject* context, std::function<void(Result)> done)
    {
        m_worker->post<Result>(bind(std::move(work)), context, std::move(done));
    }

    // Runs work(repository) in the worker thread and waits. FOR THE CLI AND TESTS ONLY, never the GUI.
    template <typename Result> Result runBlocking(std::function<Result(PhaseRepository&)> work)
    {
        return m_worker->runBlocking<Result>(bind(std::move(work)));
    }

private:
    template <typename Result>
    std::function<Result(QSqlDatabase&)> bind(std::function<Result(PhaseRepository&)> work) const
    {
        // Copies only: the job runs in another thread, maybe after this object is gone.
        return [work = std::move(work), actor = m_actor, runId = m_runId](QSqlDatabase& db) -> Result {
            PhaseRepository repository(db, actor);
            repository.setRunId(runId);
            return work(repository);
        };
    }

    DatabaseWorker* m_worker;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::sync
