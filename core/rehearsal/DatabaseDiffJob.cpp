#include "DatabaseDiffJob.h"

#include "DatasetDiff.h"
#include "db/DatabaseWorker.h"
#include "io/DatasetReader.h"

namespace salon::rehearsal
{

DatabaseDiffJob::DatabaseDiffJob(DatabaseWorker* original, DatabaseWorker* copy, QObject* parent)
    : Job(parent)
    , m_original(original)
    , m_copy(copy)
{
}

void DatabaseDiffJob::doStart()
{
    using Result = Expected<SalonDataset, QString>;
    auto read = [](QSqlDatabase& db) -> Result { return DatasetReader(db).read(); };
    m_original->post<Result>(read, this, [this](Result dataset) {
        if (!dataset)
            return finishWithError(tr("Cannot read the real database: %1").arg(dataset.error()));
        m_before = std::move(*dataset);
        compareWhenBothRead();
    });
    m_copy->post<Result>(read, this, [this](Result dataset) {
        if (!dataset)
            return finishWithError(tr("Cannot read the rehearsal copy: %1").arg(dataset.error()));
        m_after = std::move(*dataset);
        compareWhenBothRead();
    });
}

void DatabaseDiffJob::compareWhenBothRead()
{
    if (isDone() || !m_before || !m_after)
        return;
    m_changes = DatasetDiff::compare(*m_before, *m_after);
    finishOk();
}

} // namespace salon::rehearsal
