#pragma once

#include "core/rehearsal/DifferenceReport.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace salon
{
class DatabaseWorker;
}

namespace salon::ui
{

class RehearsalEnvironment;

// "What would change" in a rehearsal window: the differences between the snapshot and the rehearsal
// sandbox now (rehearsal::CalcomStateDiff) and between the real database and its copy
// (rehearsal::DatabaseDiffJob, both read in their workers), as text by staff member, exportable as CSV.
// Parts have object names for tests ("reportText", "status", "refreshButton", "exportButton").
class DifferenceReportDialog : public QDialog
{
    Q_OBJECT
public:
    DifferenceReportDialog(RehearsalEnvironment* environment, DatabaseWorker* original, DatabaseWorker* copy,
        QWidget* parent = nullptr);

    void refresh();
    const rehearsal::DifferenceReport& report() const { return m_report; }
    bool exportCsvTo(const QString& path, QString* error = nullptr) const;

signals:
    void reportReady();

private:
    void exportInteractive();

    QPointer<RehearsalEnvironment> m_environment;
    QPointer<DatabaseWorker> m_original;
    QPointer<DatabaseWorker> m_copy;
    rehearsal::DifferenceReport m_report;
    bool m_busy = false;

    QLabel* m_status;
    QPlainTextEdit* m_text;
    QPushButton* m_refresh;
    QPushButton* m_export;
};

} // namespace salon::ui
