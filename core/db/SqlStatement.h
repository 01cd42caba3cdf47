#pragma once

#include "common/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace salon
{

// Prepares and runs one statement with bound parameters; the error names the statement's purpose.
// Usage: auto q = runSql(db, "SELECT ... WHERE id = ?", {id}); if (!q) return Unexpected(q.error());
Expected<QSqlQuery, QString> runSql(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

} // namespace salon
