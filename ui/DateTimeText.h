#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace salon::ui
{

// One date and time format per locale on every page (issue 21): the locale's short formats with a
// four-digit year, the salon's wall-clock time, no seconds and no 'Z'. The locale is QLocale() — the UI
// language's (AppTranslator sets it), so German shows German month names and order even with LANG=C.
struct DateTimeText {
    static QString dateFormat(const QLocale& locale = QLocale());
    static QString timeFormat(const QLocale& locale = QLocale());
    static QString dateTimeFormat(const QLocale& locale = QLocale());

    // Empty for an invalid time.
    static QString dateTime(const QDateTime& time, const QTimeZone& zone);
    static QString date(const QDate& date);
    static QString time(const QDateTime& time, const QTimeZone& zone);
};

} // namespace salon::ui
