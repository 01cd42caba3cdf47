#include "DifferenceReportDialog.h"

#include "RehearsalEnvironment.h"
#include "SandboxServer.h"
#include "core/db/DatabaseWorker.h"
#include "core/rehearsal/CalcomStateDiff.h"
#include "core/rehearsal/DatabaseDiffJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace salon::ui
{

DifferenceReportDialog::DifferenceReportDialog(
    RehearsalEnvironment* environment, DatabaseWorker* original, DatabaseWorker* copy, QWidget* parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_original(original)
    , m_copy(copy)
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_refresh(new QPushButton(tr("&Compare again"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("DifferenceReportDialog"));
    setWindowTitle(tr("What would change"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &DifferenceReportDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, &DifferenceReportDialog::exportInteractive);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

void DifferenceReportDialog::refresh()
{
    if (m_busy || !m_environment || !m_environment->sandbox() || !m_original || !m_copy)
        return;
    m_busy = true;
    m_refresh->setEnabled(false);
    m_export->setEnabled(false);
    m_status->setText(
        tr("Comparing the snapshot with the rehearsal sandbox and the database with its copy…"));
    rehearsal::DifferenceReport report;
    report.calcomCompared = true;
    report.calcom = rehearsal::CalcomStateDiff::compare(
        m_environment->snapshot().state, m_environment->sandbox()->state().toJson());
    auto* diff = new rehearsal::DatabaseDiffJob(m_original, m_copy, this);
    connect(diff, &Job::finished, this, [this, diff, report]() mutable {
        m_busy = false;
        m_refresh->setEnabled(true);
        if (diff->hasError()) {
            m_status->setText(tr("Cannot compare the databases: %1").arg(diff->errorString()));
        } else {
            report.databaseCompared = true;
            report.database = diff->changes();
            m_status->setText(report.isEmpty()
                    ? tr("Nothing would change yet.")
                    : tr("%1 change(s) in Cal.com and %2 in the database, by staff member. Nothing of it has "
                         "reached Cal.com or the real database.")
                          .arg(report.calcom.size())
                          .arg(report.database.size()));
        }
        m_report = report;
        m_text->setPlainText(m_report.toText());
        m_export->setEnabled(!m_report.isEmpty());
        emit reportReady();
    });
    diff->start();
}

bool DifferenceReportDialog::exportCsvTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = m_report.toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DifferenceReportDialog::exportInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export what would change as CSV"),
        QDir(folder).filePath(QStringLiteral("what-would-change.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(
        exportCsvTo(path, &error) ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace salon::ui
