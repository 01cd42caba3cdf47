#include "DateTimeText.h"

namespace salon::ui
{

QString DateTimeText::dateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "dd.MM.yy" and "M/d/yy" leave the century to guessing: four digits.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateTimeText::timeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".zzz"));
    return format;
}

QString DateTimeText::dateTimeFormat(const QLocale& locale)
{
    return dateFormat(locale) + QLatin1Char(' ') + timeFormat(locale);
}

QString DateTimeText::dateTime(const QDateTime& time, const QTimeZone& zone)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toTimeZone(zone), dateTimeFormat());
}

QString DateTimeText::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString DateTimeText::time(const QDateTime& time, const QTimeZone& zone)
{
    return time.isValid() ? QLocale().toString(time.toTimeZone(zone).time(), timeFormat()) : QString();
}

} // namespace salon::ui
