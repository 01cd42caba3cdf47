#include "TableReader.h"

#include <QSqlQuery>

namespace salon::tables
{

namespace
{
QVariantList rowFrom(const QSqlQuery& query, int count)
{
    QVariantList row;
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row.append(query.value(i));
    return row;
}
} // namespace

TableReader::TableReader(QSqlDatabase db, const TableSpec& spec)
    : m_db(std::move(db))
    , m_spec(spec)
    , m_query(spec, m_db.driverName() == QLatin1String("QPSQL"))
{
}

Expected<int, QString> TableReader::count(const QueryState& state) const
{
    auto q = runSql(m_db, m_query.count(state));
    if (!q)
        return Unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<int, QString> TableReader::positionOf(const QueryState& state, const QVariant& key) const
{
    auto q = runSql(m_db, m_query.positionOf(state, key));
    if (!q)
        return Unexpected(q.error());
    return q->next() ? q->value(0).toInt() : -1;
}

Expected<TableReader::Rows, QString> TableReader::read(const SqlStatement& statement) const
{
    auto q = runSql(m_db, statement);
    if (!q)
        return Unexpected(q.error());
    Rows rows;
    const int valueCount = m_query.valueCount();
    while (q->next())
        rows.append(rowFrom(*q, valueCount));
    return rows;
}

Expected<TableReader::Rows, QString> TableReader::rows(const QueryState& state, int offset, int limit) const
{
    return read(m_query.select(state, offset, limit));
}

Expected<TableReader::Rows, QString> TableReader::rowsWithKeys(
    const QueryState& state, const QVariantList& keys) const
{
    if (keys.isEmpty())
        return Rows();
    return read(m_query.selectKeys(state, keys));
}

Expected<QVariantList, QString> TableReader::row(const QVariant& key) const
{
    auto rows = read(m_query.selectOne(key));
    if (!rows)
        return Unexpected(rows.error());
    return rows->isEmpty() ? QVariantList() : rows->first();
}

Expected<int, QString> TableReader::forEachRow(
    const QueryState& state, const std::function<void(const QVariantList&)>& perRow) const
{
    auto q = runSql(m_db, m_query.select(state, 0, -1));
    if (!q)
        return Unexpected(q.error());
    const int valueCount = m_query.valueCount();
    int count = 0;
    while (q->next()) {
        perRow(rowFrom(*q, valueCount));
        ++count;
    }
    return count;
}

Expected<QHash<QString, LookupRows>, QString> TableReader::lookups() const
{
    QHash<QString, LookupRows> result;
    for (const ColumnSpec& column : m_spec.columns) {
        if (column.type != ColumnType::Lookup || column.lookupSql.isEmpty())
            continue;
        auto q = runSql(m_db, column.lookupSql);
        if (!q)
            return Unexpected(tr("Cannot read the choices for %1: %2").arg(column.title, q.error()));
        LookupRows rows;
        while (q->next())
            rows.append({ q->value(0), q->value(1).toString() });
        result.insert(column.writeColumn, rows);
    }
    return result;
}

} // namespace salon::tables
