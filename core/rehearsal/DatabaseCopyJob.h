#pragma once

#include "common/Job.h"

#include <QString>

namespace salon
{
class DatabaseWorker;
}

namespace salon::rehearsal
{

// Copies the salon's database into a new SQLite file for a rehearsal, reading the original only:
//  * SQLite: `VACUUM INTO` — a consistent copy of the file, including what still sits in the WAL;
//  * PostgreSQL: export (DatasetReader) and import (DatasetImporter) into a freshly migrated SQLite file,
//    then the audit log and the sync attempts row by row, so history, undo-run and the sync's
//    reconcile-first rule see what they see in the original.
// Runs in the source's DatabaseWorker thread (the target connection is opened and closed there too).
// The target file must not exist yet.
class DatabaseCopyJob : public Job
{
    Q_OBJECT
public:
    DatabaseCopyJob(DatabaseWorker* source, QString targetPath, QObject* parent = nullptr);

    QString targetPath() const { return m_targetPath; }

protected:
    void doStart() override;

private:
    DatabaseWorker* m_source;
    QString m_targetPath;
};

} // namespace salon::rehearsal
