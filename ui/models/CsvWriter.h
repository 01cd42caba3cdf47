#pragma once

#include <QIODevice>
#include <QStringList>

namespace salon::ui
{

// Writes RFC 4180 CSV in UTF-8: fields with a comma, quote or line break are quoted, quotes doubled.
// Lines end in CRLF as the RFC (and spreadsheet imports) expect.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device)
        : m_device(device)
    {
    }
    void writeRow(const QStringList& fields);
    static QString escape(const QString& field);

private:
    QIODevice* m_device;
};

} // namespace salon::ui
