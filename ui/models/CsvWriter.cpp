#include "CsvWriter.h"

namespace salon::ui
{

CsvWriter::Format CsvWriter::Format::forSpreadsheets(const QLocale& locale)
{
    Format format;
    format.separator = locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
    format.byteOrderMark = true;
    return format;
}

QString CsvWriter::Format::fileDialogFilter() const
{
    if (!byteOrderMark)
        return tr("CSV for other programs: commas, UTF-8 without byte order mark (*.csv)");
    if (separator == QLatin1Char(';'))
        return tr("CSV for spreadsheets such as Excel, separated by semicolons (*.csv)");
    return tr("CSV for spreadsheets such as Excel, separated by commas (*.csv)");
}

QString CsvWriter::escape(const QString& field, QChar separator)
{
    const QString special = QStringLiteral("\"\r\n") + separator;
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
    if (!m_started && m_format.byteOrderMark)
        m_device->write("\xEF\xBB\xBF");
    m_started = true;
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(escape(field, m_format.separator));
    m_device->write((escaped.join(m_format.separator) + QStringLiteral("\r\n")).toUtf8());
}

} // namespace salon::ui
