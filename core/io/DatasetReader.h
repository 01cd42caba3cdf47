#pragma once

#include "common/Expected.h"
#include "domain/SalonDataset.h"

#include <QSqlDatabase>

namespace salon
{

// Reads the whole salon dataset from the database, every list ordered by id, for export.
class DatasetReader
{
public:
    explicit DatasetReader(QSqlDatabase db);
    Expected<SalonDataset, QString> read() const;

private:
    QSqlDatabase m_db;
};

} // namespace salon
