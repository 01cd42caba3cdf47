#pragma once

#include "DatasetJson.h"
#include "common/Expected.h"
#include "domain/SalonDataset.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>

#include <functional>

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
//
// A phase's link to Cal.com is never dropped silently: by default a file that would clear or change the
// booking of a phase the database has booked (or take 'synced' away from it, or overwrite a phase a sync
// holds) is refused, naming the phase's JSON path and the booking. SyncStatePolicy says otherwise.
class DatasetImporter
{
public:
    enum class SyncStatePolicy {
        Refuse, // default: abort the import on the first phase whose booking link it would lose
        Keep, // import everything else; phases already in the database keep their sync state
        Replace, // take the file's sync state (the next sync asks Cal.com first for a phase booked before)
    };

    DatasetImporter(QSqlDatabase db, QString actor);
    void setSyncStatePolicy(SyncStatePolicy policy) { m_policy = policy; }
    // Asked between records; when it answers true the import stops and rolls back (error.cancelled).
    void setCancelCheck(std::function<bool()> isCancelled) { m_isCancelled = std::move(isCancelled); }
    Expected<ImportReport, DatasetError> import(const SalonDataset& dataset, bool dryRun);

private:
    QSqlDatabase m_db;
    QString m_actor;
    SyncStatePolicy m_policy = SyncStatePolicy::Refuse;
    std::function<bool()> m_isCancelled;
};

} // namespace salon
