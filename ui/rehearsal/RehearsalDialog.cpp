#include "RehearsalDialog.h"

#include "core/calcom/CalcomClient.h"
#include "core/common/Clock.h"
#include "core/rehearsal/CalcomSnapshotJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace salon::ui
{

RehearsalDialog::RehearsalDialog(calcom::CalcomClient* client, qint64 teamId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_teamId(teamId)
    , m_folder(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("snapshots")))
    , m_take(new QRadioButton(
          tr("Take a &new snapshot of Cal.com now (read only: bookings from 30 days ago to a year ahead)"),
          this))
    , m_useFile(new QRadioButton(tr("Use a &saved snapshot file:"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(tr("Start the &rehearsal"), this))
{
    setObjectName(QStringLiteral("RehearsalDialog"));
    setWindowTitle(tr("Rehearse on a copy"));
    m_take->setObjectName(QStringLiteral("takeSnapshot"));
    m_useFile->setObjectName(QStringLiteral("useFile"));
    m_path->setObjectName(QStringLiteral("snapshotPath"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_status->setWordWrap(true);
    m_progress->hide();

    auto* intro = new QLabel(tr("A rehearsal opens a second window on a copy of this database and on the "
                                "built-in sandbox playing a snapshot of your Cal.com team. Try the wizard, a "
                                "sync, moves and cancellations there: nothing reaches Cal.com or this "
                                "database."),
        this);
    intro->setWordWrap(true);
    const bool connected = m_client && m_teamId > 0;
    m_take->setEnabled(connected);
    if (!connected)
        m_take->setToolTip(tr("Cal.com is not connected: use a saved snapshot file"));
    (connected ? m_take : m_useFile)->setChecked(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addSpacing(20);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    m_start->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_take);
    layout->addWidget(m_useFile);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 300);

    connect(m_browse, &QPushButton::clicked, this, &RehearsalDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &RehearsalDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        reject();
    });
    connect(m_take, &QRadioButton::toggled, this, &RehearsalDialog::updateButtons);
    connect(m_path, &QLineEdit::textChanged, this, &RehearsalDialog::updateButtons);
    updateButtons();
}

void RehearsalDialog::setSnapshotPath(const QString& path)
{
    m_useFile->setChecked(true);
    m_path->setText(path);
}

void RehearsalDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Cal.com snapshot"),
        m_path->text().isEmpty() ? m_folder : m_path->text(), tr("Cal.com snapshots (*.json)"));
    if (!path.isEmpty())
        setSnapshotPath(path);
}

void RehearsalDialog::updateButtons()
{
    const bool busy = m_job != nullptr;
    m_path->setEnabled(m_useFile->isChecked() && !busy);
    m_browse->setEnabled(m_useFile->isChecked() && !busy);
    m_take->setEnabled(m_client && m_teamId > 0 && !busy);
    m_useFile->setEnabled(!busy);
    m_start->setEnabled(!busy && (m_take->isChecked() || !m_path->text().trimmed().isEmpty()));
}

void RehearsalDialog::fail(const QString& message)
{
    m_progress->hide();
    m_status->setText(message);
    updateButtons();
}

void RehearsalDialog::start()
{
    if (m_job)
        return;
    if (m_take->isChecked())
        return takeSnapshot();
    const QString path = m_path->text().trimmed();
    if (!QFileInfo(path).isFile())
        return fail(tr("There is no snapshot file at %1.").arg(QDir::toNativeSeparators(path)));
    emit snapshotChosen(path);
    accept();
}

void RehearsalDialog::takeSnapshot()
{
    if (!m_client)
        return fail(tr("Cal.com is not connected."));
    rehearsal::CalcomSnapshotJob::Options options;
    options.teamId = m_teamId;
    options.from = Clock::instance().nowUtc().addDays(-30);
    options.to = options.from.addDays(365);
    m_job = new rehearsal::CalcomSnapshotJob(m_client, options, this);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Reading Cal.com (GET requests only)…"));
    connect(m_job, &Job::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 requests").arg(done).arg(total));
    });
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        if (job->hasError())
            return fail(tr("The snapshot could not be taken: %1").arg(job->errorString()));
        const QString path = QDir(m_folder).filePath(
            QStringLiteral("calcom-snapshot-%1.json")
                .arg(Clock::instance().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!QDir().mkpath(m_folder))
            return fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_folder)));
        if (auto saved = job->snapshot().saveFile(path); !saved)
            return fail(saved.error());
        emit snapshotChosen(path);
        accept();
    });
    updateButtons();
    m_job->start();
}

} // namespace salon::ui
