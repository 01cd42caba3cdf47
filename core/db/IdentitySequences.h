#pragma once

#include "common/Expected.h"

#include <QSqlDatabase>

namespace salon
{

// After rows were written with explicit ids (import, another tool), PostgreSQL's identity sequences
// must continue above the highest id, or the next insert without an id collides. SQLite needs nothing.
Expected<Done, QString> syncIdentitySequences(const QSqlDatabase& db);

} // namespace salon
