#include "SnapshotChildIdJob.h"

#include "db/DatabaseWorker.h"
#include "io/DatasetReader.h"

namespace salon::rehearsal
{

SnapshotChildIdJob::SnapshotChildIdJob(DatabaseWorker* worker, CalcomSnapshot snapshot, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_snapshot(std::move(snapshot))
{
}

void SnapshotChildIdJob::doStart()
{
    m_worker->post<Expected<SalonDataset, QString>>([](QSqlDatabase& db) { return DatasetReader(db).read(); },
        this,
        [this](Expected<SalonDataset, QString> dataset) {
            if (!dataset)
                return finishWithError(dataset.error());
            m_adopted = m_snapshot.adoptChildIds(*dataset);
            finishOk();
        });
}

} // namespace salon::rehearsal
