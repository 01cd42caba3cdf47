#include "CsvExportJob.h"

#include "CsvWriter.h"
#include "core/db/SqlTime.h"

#include <QSaveFile>

#include <memory>

namespace salon::ui
{

using tables::ColumnType;

namespace
{
// Lives in the worker thread between begin() and finish().
class CsvSink : public tables::RowSink
{
public:
    CsvSink(QString filePath, CsvWriter::Format format, QStringList headers, QList<int> indexes,
        QList<bool> timeColumns)
        : m_filePath(std::move(filePath))
        , m_format(format)
        , m_headers(std::move(headers))
        , m_indexes(std::move(indexes))
        , m_timeColumns(std::move(timeColumns))
    {
    }

    QString begin() override
    {
        m_file = std::make_unique<QSaveFile>(m_filePath);
        if (!m_file->open(QIODevice::WriteOnly))
            return m_file->errorString();
        m_writer = std::make_unique<CsvWriter>(m_file.get(), m_format);
        m_writer->writeRow(m_headers);
        return {};
    }

    void row(const QVariantList& values) override
    {
        QStringList fields;
        fields.reserve(m_indexes.size());
        for (int i = 0; i < m_indexes.size(); ++i) {
            const QVariant value = values.value(m_indexes.at(i));
            fields.append(
                m_timeColumns.at(i) ? toSqlTimeOrNull(fromSqlTime(value)).toString() : value.toString());
        }
        m_writer->writeRow(fields);
    }

    QString finish() override
    {
        const QString error = m_file->commit() ? QString() : m_file->errorString();
        m_writer.reset();
        m_file.reset();
        return error;
    }

private:
    QString m_filePath;
    CsvWriter::Format m_format;
    QStringList m_headers;
    QList<int> m_indexes;
    QList<bool> m_timeColumns;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};
} // namespace

CsvExportJob::CsvExportJob(const tables::TableAccess& access, const tables::QueryState& state,
    QString filePath, CsvWriter::Format format, QObject* parent)
    : Job(parent)
    , m_access(access)
    , m_state(state)
    , m_filePath(std::move(filePath))
    , m_format(format)
{
}

void CsvExportJob::doStart()
{
    QStringList headers;
    QList<int> indexes;
    QList<bool> timeColumns;
    const auto& columns = m_access.spec().columns;
    for (int i = 0; i < columns.size(); ++i) {
        headers.append(columns.at(i).title);
        indexes.append(m_access.query().displayIndex(i));
        timeColumns.append(columns.at(i).type == ColumnType::DateTime);
    }
    auto sink = std::make_shared<CsvSink>(m_filePath, m_format, headers, indexes, timeColumns);
    m_access.exportRows(m_state, sink, this, [this](Expected<int, QString> rows) {
        if (!rows)
            return finishWithError(rows.error());
        m_rows = rows.value();
        finishOk();
    });
}

} // namespace salon::ui
