#include "CsvWriter.h"

namespace salon::ui
{

QString CsvWriter::escape(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    // A leading = + - @ would make spreadsheets run the field as a formula.
    const bool formula = !field.isEmpty() && QStringLiteral("=+-@").contains(field.front())
        && !(field.front() == QLatin1Char('-') && field.size() > 1 && field.at(1).isDigit());
    QString value = formula ? QLatin1Char('\'') + field : field;
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(escape(field));
    m_device->write((escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

} // namespace salon::ui
