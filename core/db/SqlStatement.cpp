#include "SqlStatement.h"

#include "SqlErrorText.h"

#include "MainThreadSqlGuard.h"

#include <QSqlError>

namespace salon
{

Expected<QSqlQuery, QString> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    MainThreadSqlGuard::check(db, sql);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values, run the text directly: PostgreSQL cannot PREPARE utility statements (CREATE DATABASE
    // ...).
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return Unexpected(sqlErrorText(query.lastError()));
        return query;
    }
    if (!query.prepare(sql))
        return Unexpected(sqlErrorText(query.lastError()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Unexpected(sqlErrorText(query.lastError()));
    return query;
}

} // namespace salon
