#pragma once

#include "AuditHistory.h"
#include "AuditLogReader.h"
#include "common/Job.h"

namespace salon
{
class DatabaseWorker;
}

namespace salon::history
{

// Reads the audit log off the GUI thread (through the app's DatabaseWorker) for Tools → History and
// `history`: the entries matching the query and their runs.
//
//   auto* job = new HistoryLoadJob(worker, query, this);
//   connect(job, &Job::finished, this, [job] { if (!job->hasError()) show(job->history()); });
//   job->start();
class HistoryLoadJob : public Job
{
    Q_OBJECT
public:
    HistoryLoadJob(DatabaseWorker* worker, AuditQuery query, QObject* parent = nullptr);

    const AuditHistory& history() const { return m_history; }

protected:
    void doStart() override;

private:
    DatabaseWorker* m_worker;
    AuditQuery m_query;
    AuditHistory m_history;
};

} // namespace salon::history
