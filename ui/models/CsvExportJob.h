#pragma once

#include "CsvWriter.h"
#include "core/common/Job.h"
#include "core/tables/TableAccess.h"

#include <QTimeZone>

namespace salon::ui
{

// Writes every row of a table's current search, filter and order as CSV (CsvWriter: for spreadsheets in
// the salon's language, or plain RFC 4180) in the database worker, never on the GUI thread: the file appears
// complete or not at all (QSaveFile). Headers are the column titles; times stay UTC ISO-8601 so they sort and
// import unambiguously.
class CsvExportJob : public Job
{
    Q_OBJECT
public:
    CsvExportJob(const tables::TableAccess& access, const tables::QueryState& state, QString filePath,
        CsvWriter::Format format = CsvWriter::Format::plain(), QObject* parent = nullptr);

    QString filePath() const { return m_filePath; }
    // Rows written, after a success.
    int rowCount() const { return m_rows; }

protected:
    void doStart() override;

private:
    const tables::TableAccess& m_access;
    tables::QueryState m_state;
    QString m_filePath;
    CsvWriter::Format m_format;
    int m_rows = 0;
};

} // namespace salon::ui
