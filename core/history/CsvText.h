#pragma once

#include <QString>
#include <QStringList>

namespace salon::history
{

// RFC 4180 CSV as text (UTF-8 when written): fields with a comma, quote or line break are quoted, quotes
// doubled, lines end in CRLF — what spreadsheet imports expect. For exports of core reports.
struct CsvText {
    static QString field(const QString& text);
    static QString row(const QStringList& fields);
};

} // namespace salon::history
