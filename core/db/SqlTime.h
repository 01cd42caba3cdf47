#pragma once

#include <QDateTime>
#include <QVariant>

namespace salon
{

// Timestamps are stored in UTC on both backends: ISO-8601 text with milliseconds and "Z" in SQLite
// (so text order is time order), TIMESTAMPTZ in PostgreSQL (which parses the same text).
QString toSqlTime(const QDateTime& time);
// A bound value: the text above, or NULL for an invalid time.
QVariant toSqlTimeOrNull(const QDateTime& time);
// Reads either backend's value back as a UTC QDateTime (invalid for NULL).
QDateTime fromSqlTime(const QVariant& value);

} // namespace salon
