#pragma once

#include "DatasetJson.h"
#include "common/Expected.h"
#include "domain/SalonDataset.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>

namespace salon
{

struct ImportCounts {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

struct ImportReport {
    bool dryRun = false;
    // Keyed by kind: staff, services, segments, serviceStaff, eventMaps, appointments, phases.
    QMap<QString, ImportCounts> counts;

    int changes() const;
    QJsonObject toJson() const;
    QString summary() const;
};

// Imports a parsed dataset in ONE transaction: rows are upserted by id (re-importing the same file
// changes nothing), references are checked against the file and the database, and any invalid record
// aborts the whole import with the JSON path of that record, leaving the database exactly as before.
// A dry run does the same work and rolls back, so its counts are exact.
class DatasetImporter
{
public:
    DatasetImporter(QSqlDatabase db, QString actor);
    Expected<ImportReport, DatasetError> import(const SalonDataset& dataset, bool dryRun);

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace salon
