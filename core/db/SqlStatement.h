#pragma once

#include "common/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace salon
{

// A statement and the values bound to its placeholders (built by query objects such as
// tables::TableQuery, run by runSql).
struct SqlStatement {
    QString sql;
    QVariantList values;
};

// Prepares and runs one statement with bound parameters; the error names the statement's purpose.
// Usage: auto q = runSql(db, "SELECT ... WHERE id = ?", {id}); if (!q) return Unexpected(q.error());
Expected<QSqlQuery, QString> runSql(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
inline Expected<QSqlQuery, QString> runSql(const QSqlDatabase& db, const SqlStatement& statement)
{
    return runSql(db, statement.sql, statement.values);
}

} // namespace salon
