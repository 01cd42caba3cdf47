#pragma once

#include "TableSpec.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace salon::tables
{

// Writes one row of a table as its TableSpec describes it: values are checked with the columns' rules
// (ColumnValidator), the whole row with the spec's rowCheck and unique groups, then written in one
// transaction with its audit_log entry (actor, action, "table:key", before/after JSON). A refused write
// names what is wrong and changes nothing. Runs in the thread that owns the connection (the
// DatabaseWorker's, or the CLI's); the GUI reaches it through TableAccess.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(salon::tables::TableWriter)
public:
    TableWriter(QSqlDatabase db, const TableSpec& spec, QString actor);

    // Checks form or cell input (base-table column → value); returns the values to store or the first
    // message. Pure: the GUI calls it before posting a write.
    static Expected<QVariantMap, QString> validate(const TableSpec& spec, const QVariantMap& values);

    WriteResult insert(const QVariantMap& values);
    WriteResult update(const QVariant& key, const QVariantMap& changes);
    // Refused while a blocking dependent points at the row; removes the non-cascading dependents first.
    WriteResult remove(const QVariant& key);
    Expected<QList<DependentCount>, QString> countDependents(const QVariant& key) const;

private:
    Expected<QVariantMap, QString> readRecord(const QVariant& key) const;
    QString checkUnique(const QVariantMap& after, const QVariant& ownKey, const QStringList& changed) const;
    QString audit(const QString& action, const QVariant& key, const QVariantMap& before,
        const QVariantMap& after) const;
    QVariantList reselect(const QVariant& key) const;

    QSqlDatabase m_db;
    const TableSpec& m_spec;
    QString m_actor;
};

} // namespace salon::tables
