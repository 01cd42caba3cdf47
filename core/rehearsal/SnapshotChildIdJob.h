#pragma once

#include "CalcomSnapshot.h"
#include "common/Job.h"

namespace salon
{
class DatabaseWorker;
}

namespace salon::rehearsal
{

// Gives a snapshot the ids of hidden children it could not see from a database's event map
// (CalcomSnapshot::adoptChildIds), reading the salon's dataset through that database's worker — for the
// desktop's rehearsal, which must not read on the GUI thread (the CLI does the same with runBlocking).
class SnapshotChildIdJob : public Job
{
    Q_OBJECT
public:
    SnapshotChildIdJob(DatabaseWorker* worker, CalcomSnapshot snapshot, QObject* parent = nullptr);

    const CalcomSnapshot& snapshot() const { return m_snapshot; }
    int adopted() const { return m_adopted; }

protected:
    void doStart() override;

private:
    DatabaseWorker* m_worker;
    CalcomSnapshot m_snapshot;
    int m_adopted = 0;
};

} // namespace salon::rehearsal
