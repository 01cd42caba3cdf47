#pragma once

#include "TableQuery.h"
#include "TableSpec.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace salon::tables
{

// Reads one table as a TableSpec describes it: counts and pages of rows for a search, filter and order,
// the rows of given keys, every row (CSV export) and the lists of the lookup columns. Each row holds the
// columns' stored values, then their display values (TableQuery::displayIndex). Runs in the thread that
// owns the connection — the DatabaseWorker's, or the CLI's.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(salon::tables::TableReader)
public:
    using Rows = QList<QVariantList>;

    TableReader(QSqlDatabase db, const TableSpec& spec);

    const TableQuery& query() const { return m_query; }

    Expected<int, QString> count(const QueryState& state) const;
    // Rows [offset, offset + limit) in the state's order.
    Expected<Rows, QString> rows(const QueryState& state, int offset, int limit) const;
    // The rows of these keys that still match the state's filters (rows named by a change).
    Expected<Rows, QString> rowsWithKeys(const QueryState& state, const QVariantList& keys) const;
    // The 0-based position of a key among the state's rows; -1 when it is not among them.
    Expected<int, QString> positionOf(const QueryState& state, const QVariant& key) const;
    // The row of one key; empty when it no longer exists.
    Expected<QVariantList, QString> row(const QVariant& key) const;
    // Calls perRow for every row of the state, in order; returns how many rows were read.
    Expected<int, QString> forEachRow(
        const QueryState& state, const std::function<void(const QVariantList&)>& perRow) const;
    // base-table column of each Lookup column → its (id, label) rows.
    Expected<QHash<QString, LookupRows>, QString> lookups() const;

private:
    Expected<Rows, QString> read(const SqlStatement& statement) const;

    QSqlDatabase m_db;
    const TableSpec& m_spec;
    TableQuery m_query;
};

} // namespace salon::tables
