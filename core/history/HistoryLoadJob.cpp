#include "HistoryLoadJob.h"

#include "db/DatabaseWorker.h"

namespace salon::history
{

HistoryLoadJob::HistoryLoadJob(DatabaseWorker* worker, AuditQuery query, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_query(std::move(query))
{
}

void HistoryLoadJob::doStart()
{
    using Result = Expected<AuditHistory, QString>;
    m_worker->post<Result>(
        [query = m_query](QSqlDatabase& db) -> Result {
            auto entries = AuditLogReader(db).entries(query);
            if (!entries)
                return Unexpected(entries.error());
            return AuditHistory::fromEntries(std::move(*entries));
        },
        this,
        [this](Result result) {
            if (!result) {
                finishWithError(result.error());
                return;
            }
            m_history = std::move(*result);
            finishOk();
        });
}

} // namespace salon::history
