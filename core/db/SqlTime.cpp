#include "SqlTime.h"

#include <QTimeZone>

namespace salon
{

QString toSqlTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant toSqlTimeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(toSqlTime(time)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime fromSqlTime(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QString text = value.toString().trimmed();
    // PostgreSQL text form: "2030-11-25 09:00:00+00" or with fractional seconds.
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    if (text.endsWith(QLatin1String("+00")))
        text.chop(3), text += QLatin1Char('Z');
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

} // namespace salon
