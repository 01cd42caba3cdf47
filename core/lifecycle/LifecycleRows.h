#pragma once

#include "LifecycleRecords.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// How lifecycle_operations and lifecycle_steps rows map to values: NULL for empty fields, and one step read
// from the columns kStepColumns lists (steps joined with their phase as p).
namespace salon::lifecycle::lifecycle_rows
{

QVariant nullableText(const QString& text);
QVariant nullableId(const std::optional<qint64>& id);
QVariant nullableNumber(qint64 n);
QJsonValue time(const QDateTime& t);

extern const QString kStepColumns;
LifecycleStep readStep(const QSqlQuery& q);

} // namespace salon::lifecycle::lifecycle_rows
