#pragma once

#include "TableSpec.h"
#include "common/Expected.h"

#include <QString>
#include <QVariant>

namespace salon::tables
{

// Checks and normalises one value a user typed for a column: durations and Cal.com ids above zero,
// UUIDs well-formed, required text not blank. The message names the column and says what is allowed.
class ColumnValidator
{
public:
    // The value to store (NULL for an empty optional value), or a message for people.
    static Expected<QVariant, QString> check(const ColumnSpec& column, const QVariant& input);
    static bool isUuid(const QString& text);
};

} // namespace salon::tables
