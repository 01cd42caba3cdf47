#include "TableQuery.h"

#include <QStringList>

namespace salon::tables
{

TableQuery::TableQuery(const TableSpec& spec, bool postgres)
    : m_spec(spec)
    , m_postgres(postgres)
{
    QStringList exprs;
    for (const ColumnSpec& column : spec.columns)
        exprs.append(column.selectExpr);
    for (const ColumnSpec& column : spec.columns) {
        if (column.displayExpr.isEmpty()) {
            m_displayIndex.append(m_displayIndex.size());
        } else {
            m_displayIndex.append(exprs.size());
            exprs.append(column.displayExpr);
        }
    }
    m_selectList = exprs.join(QStringLiteral(", "));
}

int TableQuery::valueCount() const
{
    int count = m_spec.columns.size();
    for (const ColumnSpec& column : m_spec.columns)
        count += column.displayExpr.isEmpty() ? 0 : 1;
    return count;
}

int TableQuery::displayIndex(int column) const
{
    return m_displayIndex.value(column, column);
}

QString TableQuery::likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString TableQuery::whereClause(const QueryState& state, QVariantList& values) const
{
    QStringList conditions;
    if (!state.fixedWhere.isEmpty()) {
        conditions.append(QLatin1Char('(') + state.fixedWhere + QLatin1Char(')'));
        values += state.fixedValues;
    }
    if (state.quickFilter >= 0 && state.quickFilter < m_spec.quickFilters.size()) {
        const QuickFilter& filter = m_spec.quickFilters.at(state.quickFilter);
        conditions.append(QLatin1Char('(') + filter.whereSql + QLatin1Char(')'));
        values += filter.values;
    }
    const QString text = state.searchText.trimmed();
    if (!text.isEmpty()) {
        const QString like = m_postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
        const QString pattern = likePattern(text);
        QStringList alternatives;
        for (int i = 0; i < m_spec.columns.size(); ++i) {
            const ColumnSpec& column = m_spec.columns.at(i);
            if (!column.searchable || (state.searchColumn >= 0 && state.searchColumn != i))
                continue;
            const QString expr = column.displayExpr.isEmpty() ? column.selectExpr : column.displayExpr;
            alternatives.append(QStringLiteral("CAST(%1 AS TEXT) %2 ? ESCAPE '\\'").arg(expr, like));
            values.append(pattern);
        }
        // A search on a column that cannot be searched matches nothing rather than everything.
        conditions.append(alternatives.isEmpty()
                ? QStringLiteral("1 = 0")
                : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString TableQuery::orderClause(const QueryState& state) const
{
    QStringList terms;
    if (state.sortColumn >= 0 && state.sortColumn < m_spec.columns.size()
        && m_spec.columns.at(state.sortColumn).sortable) {
        const ColumnSpec& column = m_spec.columns.at(state.sortColumn);
        const QString expr = column.displayExpr.isEmpty() ? column.selectExpr : column.displayExpr;
        terms.append(expr
            + (state.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC")));
    }
    if (!m_spec.defaultOrder.isEmpty())
        terms.append(m_spec.defaultOrder);
    // The key last, so pages of equal sort values never overlap or skip rows.
    terms.append(QStringLiteral("t.") + m_spec.primaryKey);
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

SqlStatement TableQuery::count(const QueryState& state) const
{
    SqlStatement statement;
    statement.sql
        = QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.fromSql + whereClause(state, statement.values);
    return statement;
}

SqlStatement TableQuery::select(const QueryState& state, int offset, int limit) const
{
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT ") + m_selectList + QStringLiteral(" FROM ") + m_spec.fromSql
        + whereClause(state, statement.values) + orderClause(state);
    if (limit >= 0)
        statement.sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    return statement;
}

SqlStatement TableQuery::selectOne(const QVariant& key) const
{
    return { QStringLiteral("SELECT ") + m_selectList + QStringLiteral(" FROM ") + m_spec.fromSql
            + QStringLiteral(" WHERE t.") + m_spec.primaryKey + QStringLiteral(" = ?"),
        { key } };
}

SqlStatement TableQuery::selectKeys(const QueryState& state, const QVariantList& keys) const
{
    SqlStatement statement;
    QString where = whereClause(state, statement.values);
    QStringList marks;
    for (const QVariant& key : keys) {
        marks.append(QStringLiteral("?"));
        statement.values.append(key);
    }
    const QString keyCondition
        = QStringLiteral("t.%1 IN (%2)").arg(m_spec.primaryKey, marks.join(QStringLiteral(", ")));
    where = where.isEmpty() ? QStringLiteral(" WHERE ") + keyCondition
                            : where + QStringLiteral(" AND ") + keyCondition;
    statement.sql = QStringLiteral("SELECT ") + m_selectList + QStringLiteral(" FROM ") + m_spec.fromSql
        + where + orderClause(state);
    return statement;
}

SqlStatement TableQuery::positionOf(const QueryState& state, const QVariant& key) const
{
    SqlStatement statement;
    const QString where = whereClause(state, statement.values);
    statement.sql
        = QStringLiteral("SELECT row_position FROM (SELECT t.%1 AS row_key, ROW_NUMBER() OVER (%2) - 1 "
                         "AS row_position FROM %3%4) AS ranked WHERE row_key = ?")
              .arg(m_spec.primaryKey, orderClause(state).trimmed(), m_spec.fromSql, where);
    statement.values.append(key);
    return statement;
}

} // namespace salon::tables
