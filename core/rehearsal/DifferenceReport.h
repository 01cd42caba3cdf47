#pragma once

#include "ChangeRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace salon::rehearsal
{

// "What would change": the differences in Cal.com (snapshot → rehearsal sandbox) and in the database (the
// real one → its rehearsal copy), by staff member, as text for people, CSV for spreadsheets (one row per
// record; stable English tokens in area/kind/change) and JSON.
struct DifferenceReport {
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::DifferenceReport)
public:
    QList<ChangeRecord> calcom;
    QList<ChangeRecord> database;
    bool calcomCompared = false;
    bool databaseCompared = false;

    bool isEmpty() const { return calcom.isEmpty() && database.isEmpty(); }
    int count(ChangeRecord::Area area, ChangeRecord::Kind kind, ChangeRecord::Change change) const;

    QString toText() const;
    // Header: area,staff,kind,change,id,subject,details (details joined with "; ").
    QString toCsv() const;
    QJsonObject toJson() const;
};

} // namespace salon::rehearsal
