#include "ColumnValidator.h"

#include "db/SqlTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace salon::tables
{

bool ColumnValidator::isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

Expected<QVariant, QString> ColumnValidator::check(const ColumnSpec& column, const QVariant& input)
{
    const QString text
        = input.metaType().id() == QMetaType::QDateTime ? QString() : input.toString().trimmed();
    const bool empty = input.isNull()
        || (input.metaType().id() != QMetaType::QDateTime && input.metaType().id() != QMetaType::Bool
            && text.isEmpty());
    if (empty && column.type != ColumnType::Bool) {
        if (column.required)
            return Unexpected(
                QCoreApplication::translate("salon::tables::ColumnValidator", "%1 must not be empty.")
                    .arg(column.title));
        // Empty optional text is '' (NOT NULL DEFAULT '' columns); a null QString would bind as NULL.
        if (column.type == ColumnType::Text)
            return QVariant(QStringLiteral(""));
        return QVariant();
    }
    switch (column.type) {
    case ColumnType::Integer: {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok)
            return Unexpected(QCoreApplication::translate(
                "salon::tables::ColumnValidator", "%1 must be a whole number, not \"%2\".")
                                  .arg(column.title, text));
        if (value < column.minimum)
            return Unexpected(
                QCoreApplication::translate("salon::tables::ColumnValidator", "%1 must be at least %2.")
                    .arg(column.title)
                    .arg(column.minimum));
        return QVariant(value);
    }
    case ColumnType::Uuid:
        if (!isUuid(text))
            return Unexpected(QCoreApplication::translate("salon::tables::ColumnValidator",
                "%1 must be a UUID such as 9f47fda1-7c2e-4b8a-9d3f-2a1b0c9d8e7f, not \"%2\".")
                                  .arg(column.title, text));
        return QVariant(text.toLower());
    case ColumnType::Bool:
        return QVariant(input.toBool());
    case ColumnType::Choice:
        if (!column.choices.contains(text))
            return Unexpected(
                QCoreApplication::translate("salon::tables::ColumnValidator", "%1 must be one of: %2.")
                    .arg(column.title, column.choices.join(QStringLiteral(", "))));
        return QVariant(text);
    case ColumnType::DateTime: {
        const QDateTime time
            = input.metaType().id() == QMetaType::QDateTime ? input.toDateTime() : fromSqlTime(input);
        if (!time.isValid())
            return Unexpected(
                QCoreApplication::translate("salon::tables::ColumnValidator", "%1 must be a date and time.")
                    .arg(column.title));
        return QVariant(toSqlTime(time));
    }
    case ColumnType::Lookup:
        return input;
    case ColumnType::Text:
        return QVariant(text);
    }
    return QVariant(text);
}

} // namespace salon::tables
