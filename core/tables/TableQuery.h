#pragma once

#include "TableSpec.h"
#include "db/SqlStatement.h"

#include <QString>
#include <QVariantList>

namespace salon::tables
{

// What the user asked to see: search, filters and sort order.
struct QueryState {
    QString searchText;
    int searchColumn = -1; // -1: every searchable column
    int quickFilter = -1; // index into TableSpec::quickFilters, -1: none
    QString fixedWhere; // set by code (e.g. the phases of one appointment), with ? placeholders
    QVariantList fixedValues;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

// Builds the SQL of a lazy table: filtering and sorting happen in the database, user text is always a
// bound parameter, never spliced into the statement.
class TableQuery
{
public:
    TableQuery(const TableSpec& spec, bool postgres);

    SqlStatement count(const QueryState& state) const;
    // Rows [offset, offset + limit); limit < 0 selects all (CSV export).
    SqlStatement select(const QueryState& state, int offset, int limit) const;
    // The display row of one primary key (to refresh a row after an edit).
    SqlStatement selectOne(const QVariant& key) const;
    // The rows of these keys that match the state's filters, in its order (rows named by a change).
    SqlStatement selectKeys(const QueryState& state, const QVariantList& keys) const;
    // The 0-based row of one key in the state's filters and order (no row: not among them), so a page can
    // scroll a lazy table to a row it has not loaded (the Day page's "open this appointment").
    SqlStatement positionOf(const QueryState& state, const QVariant& key) const;

    // Number of values per fetched row: the columns' stored values, then their display values.
    int valueCount() const;
    // Where column's shown value sits in a fetched row.
    int displayIndex(int column) const;

    // "abc%" → "%abc\%%": the LIKE pattern that matches text containing `text` literally.
    static QString likePattern(const QString& text);

private:
    QString whereClause(const QueryState& state, QVariantList& values) const;
    QString orderClause(const QueryState& state) const;

    const TableSpec& m_spec;
    bool m_postgres;
    QString m_selectList;
    QList<int> m_displayIndex;
};

} // namespace salon::tables
