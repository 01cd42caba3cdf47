#pragma once

#include <QString>

class QSqlError;

namespace salon
{

// A database error as one line for people: the cause first when it is one an admin can act on ("the disk
// is full", "the database is locked by another program", "the connection to the database server was
// lost"), then the database's own text. Never the driver's filler ("Unable to fetch row").
QString sqlErrorText(const QSqlError& error);

// The cause alone, or an empty string when the error is none of the known ones (a constraint, a bad
// statement): the sync engine stops a run on these, since the next phase would fail the same way.
QString sqlErrorCause(const QSqlError& error);

} // namespace salon
