#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QStringList>

namespace salon::ui
{

// Writes RFC 4180 CSV in UTF-8: fields with the separator, a quote or a line break are quoted, quotes
// doubled. Lines end in CRLF as the RFC (and spreadsheet imports) expect.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // How a file is laid out. Excel opens a .csv with the list separator of the system's region — ';'
    // where the decimal separator is ',' (German), else ',' — and reads UTF-8 only after a byte order
    // mark; without both, German Excel shows every row in one column and "Föhnen" garbled.
    struct Format {
        QChar separator = QLatin1Char(',');
        bool byteOrderMark = false;

        // For spreadsheets in this locale: its list separator and a byte order mark.
        static Format forSpreadsheets(const QLocale& locale = QLocale());
        // Plain RFC 4180 for other programs and scripts: commas, no byte order mark.
        static Format plain() { return {}; }
        // A file dialog filter that says which format it writes, e.g. "CSV for spreadsheets such as
        // Excel, separated by semicolons (*.csv)".
        QString fileDialogFilter() const;
        bool operator==(const Format& other) const = default;
    };

    explicit CsvWriter(QIODevice* device, Format format = Format::plain())
        : m_device(device)
        , m_format(format)
    {
    }
    // The first row is preceded by the byte order mark when the format has one.
    void writeRow(const QStringList& fields);
    static QString escape(const QString& field, QChar separator = QLatin1Char(','));

private:
    QIODevice* m_device;
    Format m_format;
    bool m_started = false;
};

} // namespace salon::ui
