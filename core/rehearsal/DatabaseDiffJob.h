#pragma once

#include "ChangeRecord.h"
#include "common/Job.h"
#include "domain/SalonDataset.h"

#include <QList>

namespace salon
{
class DatabaseWorker;
}

namespace salon::rehearsal
{

// Reads the whole dataset of two databases (each in its own DatabaseWorker: the real one, read only, and
// the rehearsal copy) and compares them (DatasetDiff).
class DatabaseDiffJob : public Job
{
    Q_OBJECT
public:
    DatabaseDiffJob(DatabaseWorker* original, DatabaseWorker* copy, QObject* parent = nullptr);

    const QList<ChangeRecord>& changes() const { return m_changes; }

protected:
    void doStart() override;

private:
    void compareWhenBothRead();

    DatabaseWorker* m_original;
    DatabaseWorker* m_copy;
    std::optional<SalonDataset> m_before;
    std::optional<SalonDataset> m_after;
    QList<ChangeRecord> m_changes;
};

} // namespace salon::rehearsal
