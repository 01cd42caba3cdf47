#include "HistoryPage.h"
#include "core/common/Clock.h"
#include "ui/DateTimeText.h"

#include "AuditEntryText.h"
#include "RunEntryModel.h"
#include "RunListModel.h"
#include "RunUndoDialog.h"
#include "core/calcom/CalcomClient.h"
#include "core/db/DatabaseSession.h"
#include "core/history/HistoryLoadJob.h"
#include "ui/Icons.h"
#include "ui/pages/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace salon::ui
{

using history::AuditEntry;
using history::AuditHistory;
using history::HistoryLoadJob;
using history::RunSummary;

namespace
{
// Writes come in bursts (a sync batch writes one entry per phase): read once the burst is over.
constexpr int kChangeDelayMs = 300;

QTreeView* makeTable(const QString& name, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
} // namespace

HistoryPage::HistoryPage(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_runs(new RunListModel(this))
    , m_entries(new RunEntryModel(this))
    , m_changeDelay(new QTimer(this))
    , m_banner(new MessageBanner(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_entriesTitle(new QLabel(this))
    , m_runView(makeTable(QStringLiteral("runView"), this))
    , m_entryView(makeTable(QStringLiteral("entryView"), this))
{
    setObjectName(QStringLiteral("HistoryPage"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_entriesTitle->setObjectName(QStringLiteral("entriesTitle"));
    m_period->addItem(tr("Last 7 days"), int(Period::LastWeek));
    m_period->addItem(tr("Last 30 days"), int(Period::LastMonth));
    m_period->addItem(tr("Last 12 months"), int(Period::LastYear));
    m_period->addItem(tr("Everything"), int(Period::Everything));
    m_period->addItem(tr("Between these days"), int(Period::Between));
    m_period->setCurrentIndex(int(Period::LastMonth));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));

    m_runView->setModel(m_runs);
    m_runView->setAccessibleName(tr("Runs"));
    m_entryView->setModel(m_entries);
    m_entryView->setAccessibleName(tr("Entries of the selected run"));
    m_runView->header()->setStretchLastSection(false);
    m_runView->header()->setSectionResizeMode(RunListModel::ActionsColumn, QHeaderView::Stretch);
    m_runView->header()->setSectionResizeMode(RunListModel::StateColumn, QHeaderView::ResizeToContents);
    m_runView->setColumnWidth(RunListModel::StartedColumn, 150);
    m_runView->setColumnWidth(RunListModel::KindColumn, 170);
    m_runView->setColumnWidth(RunListModel::ActorColumn, 110);
    m_runView->setColumnWidth(RunListModel::EntriesColumn, 70);
    m_entryView->setColumnWidth(RunEntryModel::TimeColumn, 150);
    m_entryView->setColumnWidth(RunEntryModel::ActorColumn, 100);
    m_entryView->setColumnWidth(RunEntryModel::ActionColumn, 210);
    m_entryView->setColumnWidth(RunEntryModel::SubjectColumn, 130);

    auto* filters = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_period);
    auto* from = new QLabel(tr("&from"), this);
    from->setBuddy(m_from);
    auto* to = new QLabel(tr("&to"), this);
    to->setBuddy(m_to);
    filters->addWidget(show);
    filters->addWidget(m_period);
    filters->addWidget(from);
    filters->addWidget(m_from);
    filters->addWidget(to);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_count, 1);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_entriesTitle);
    lowerLayout->addWidget(m_entryView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_runView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    auto* toolRow = new QHBoxLayout;
    layout->addLayout(toolRow);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    toolRow->addWidget(setUpActions());
    toolRow->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryPage::applyPeriodFromWidgets);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyPeriodFromWidgets);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyPeriodFromWidgets);
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryPage::showSelectedRun);
    connect(m_runView, &QTreeView::doubleClicked, this, [this] {
        if (m_undoAction->isEnabled())
            openUndoDialog();
    });
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(kChangeDelayMs);
    connect(m_changeDelay, &QTimer::timeout, this, &HistoryPage::reload);
    connect(m_session->changes(), &ChangeWatcher::changed, this, &HistoryPage::onChanges);
    connect(m_session->changes(), &ChangeWatcher::failed, this, [this](const QString& message) {
        m_banner->showMessage(tr("Live updates stopped (%1): use Refresh to see newer entries.").arg(message),
            RowFinding::Severity::Warning);
    });

    QSettings settings;
    splitter->restoreState(settings.value(QStringLiteral("history/splitter")).toByteArray());
    showSelectedRun();
}

HistoryPage::~HistoryPage()
{
    QSettings settings;
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("splitter")))
        settings.setValue(QStringLiteral("history/splitter"), splitter->saveState());
}

QToolBar* HistoryPage::setUpActions()
{
    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("toolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undoAction = toolBar->addAction(Icons::remove(), tr("&Undo this run…"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_exportAction = toolBar->addAction(Icons::exportCsv(), tr("&Export CSV…"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setToolTip(tr("Save every entry of the period shown as a CSV file"));
    m_refreshAction = toolBar->addAction(Icons::refresh(), tr("&Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_undoAction, &QAction::triggered, this, &HistoryPage::openUndoDialog);
    connect(m_exportAction, &QAction::triggered, this, &HistoryPage::exportInteractive);
    connect(m_refreshAction, &QAction::triggered, this, &HistoryPage::reload);
    return toolBar;
}

void HistoryPage::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    m_client = client;
    m_teamId = teamId;
    updateActions();
}

void HistoryPage::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_runs->setTimeZone(zone);
    m_entries->setTimeZone(zone);
    reload();
}

void HistoryPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
}

void HistoryPage::setDateRange(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    if (m_period->currentIndex() != int(Period::Between))
        m_period->setCurrentIndex(int(Period::Between)); // reloads
    else
        reload();
}

void HistoryPage::applyPeriodFromWidgets()
{
    const bool between = m_period->currentIndex() == int(Period::Between);
    m_from->setEnabled(between);
    m_to->setEnabled(between);
    reload();
}

history::AuditQuery HistoryPage::query() const
{
    history::AuditQuery query;
    const QDate today = Clock::instance().nowUtc().toTimeZone(m_zone).date();
    auto startOf = [this](const QDate& day) { return QDateTime(day, QTime(0, 0), m_zone).toUTC(); };
    switch (Period(m_period->currentIndex())) {
    case Period::LastWeek:
        query.since = startOf(today.addDays(-6));
        break;
    case Period::LastMonth:
        query.since = startOf(today.addDays(-29));
        break;
    case Period::LastYear:
        query.since = startOf(today.addYears(-1));
        break;
    case Period::Everything:
        break;
    case Period::Between:
        query.since = startOf(qMin(m_from->date(), m_to->date()));
        query.until = startOf(qMax(m_from->date(), m_to->date()).addDays(1));
        break;
    }
    return query;
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryPage::onChanges(const ChangeSet& changes)
{
    // Every audit entry announces itself (migration 0014). A hidden page reads again when it is shown.
    if (!changes.touches(QStringLiteral("audit_log")))
        return;
    m_stale = true;
    if (isVisible())
        m_changeDelay->start();
}

void HistoryPage::reload()
{
    m_changeDelay->stop();
    if (m_job) {
        m_reloadPending = true;
        return;
    }
    m_stale = false;
    m_reloadPending = false;
    m_count->setText(tr("Reading the history…"));
    m_job = new HistoryLoadJob(m_session->worker(), query(), this);
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        ++m_loadCount;
        if (job->hasError()) {
            m_banner->showMessage(
                tr("Cannot read the history: %1").arg(job->errorString()), RowFinding::Severity::Error);
            m_count->clear();
        } else {
            if (m_banner->severity() == RowFinding::Severity::Error)
                m_banner->hide();
            showHistory(job->history());
        }
        emit loaded();
        if (m_reloadPending)
            reload();
    });
    m_job->start();
}

void HistoryPage::showHistory(const AuditHistory& history)
{
    const QString selected = selectedRunId();
    const bool hadSelection = m_runView->currentIndex().isValid();
    m_history = history;
    m_runs->setRuns(m_history.runs);
    m_count->setText(tr("%n run(s)", nullptr, int(m_history.runs.size())) + QStringLiteral(", ")
        + tr("%n entry/entries", nullptr, int(m_history.entries.size())));
    // The same run stays selected; on the first load the newest is, so its entries show at once.
    const int row = hadSelection ? m_runs->rowOfRun(selected) : (m_runs->rowCount() > 0 ? 0 : -1);
    if (row >= 0)
        m_runView->setCurrentIndex(m_runs->index(row, 0));
    showSelectedRun();
}

QString HistoryPage::selectedRunId() const
{
    const RunSummary* run = m_runs->runAt(m_runView->currentIndex().row());
    return run ? run->runId : QString();
}

bool HistoryPage::selectRun(const QString& runId)
{
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return false;
    m_runView->setCurrentIndex(m_runs->index(row, 0));
    return true;
}

void HistoryPage::showSelectedRun()
{
    const RunSummary* run = m_runs->runAt(m_runView->currentIndex().row());
    QList<AuditEntry> entries;
    if (run)
        for (const AuditEntry& entry : std::as_const(m_history.entries))
            if (entry.runId == run->runId)
                entries.append(entry);
    m_entries->setEntries(entries);
    if (!run)
        m_entriesTitle->setText(tr("Select a run above to see what it changed."));
    else if (run->runId.isEmpty())
        m_entriesTitle->setText(tr("<b>Entries from before runs were recorded</b>"));
    else
        m_entriesTitle->setText(tr("<b>Entries of %1</b>").arg(runTitle(*run).toHtmlEscaped()));
    updateActions();
}

QString HistoryPage::runTitle(const RunSummary& run) const
{
    const QString when = DateTimeText::dateTime(run.firstAt, m_zone);
    return tr("the run “%1” of %2 (%3)").arg(run.kindLabel(), when, run.runId);
}

void HistoryPage::updateActions()
{
    const RunSummary* run = m_runs->runAt(m_runView->currentIndex().row());
    const bool undoable = run && run->isUndoable() && run->undoneBy.isEmpty();
    const bool connected = m_client && m_teamId > 0;
    m_undoAction->setEnabled(undoable && connected);
    if (!run)
        m_undoAction->setToolTip(tr("Select an event-type wizard run to undo it"));
    else if (!run->undoneBy.isEmpty())
        m_undoAction->setToolTip(tr("This run was undone already (%1)").arg(run->undoneBy));
    else if (!run->isUndoable())
        m_undoAction->setToolTip(tr("Only event-type wizard runs can be undone"));
    else if (!connected)
        m_undoAction->setToolTip(tr("Undo needs the Cal.com connection: it checks the bookings first"));
    else
        m_undoAction->setToolTip(tr("Show what undoing this run would do, then undo it"));
    m_exportAction->setEnabled(!m_history.entries.isEmpty());
}

RunUndoDialog* HistoryPage::openUndoDialog()
{
    const RunSummary* run = m_runs->runAt(m_runView->currentIndex().row());
    if (!run || !m_undoAction->isEnabled())
        return nullptr;
    auto* dialog = new RunUndoDialog(
        m_session->worker(), m_client, m_teamId, run->runId, runTitle(*run), m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunUndoDialog::undoFinished, this, [this, dialog] {
        say(dialog->summaryText());
        reload();
    });
    dialog->open();
    dialog->startPlanning();
    return dialog;
}

void HistoryPage::exportInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(QStringLiteral("history.csv"));
    const CsvWriter::Format spreadsheets = CsvWriter::Format::forSpreadsheets();
    const CsvWriter::Format plain = CsvWriter::Format::plain();
    QString chosen = spreadsheets.fileDialogFilter();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history as CSV"), suggested,
        spreadsheets.fileDialogFilter() + QStringLiteral(";;") + plain.fileDialogFilter(), &chosen);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(path, chosen == plain.fileDialogFilter() ? plain : spreadsheets, &error))
        m_banner->showMessage(error, RowFinding::Severity::Error);
}

bool HistoryPage::exportCsvTo(const QString& path, CsvWriter::Format format, QString* error)
{
    // The entries are in memory already: writing a few thousand lines needs no worker.
    QSaveFile file(path);
    auto fail = [&](const QString& why) {
        const QString message = tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), why);
        if (error)
            *error = message;
        say(message);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    CsvWriter csv(&file, format);
    csv.writeRow({ tr("Time"), tr("Run"), tr("Kind of run"), tr("By"), tr("What"), tr("Action"), tr("Row"),
        tr("Change"), tr("Before"), tr("After") });
    QHash<QString, QString> kinds;
    for (const RunSummary& run : std::as_const(m_history.runs))
        kinds.insert(run.runId, run.kindLabel());
    auto json = [](const QJsonObject& o) {
        return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    for (const AuditEntry& e : std::as_const(m_history.entries))
        csv.writeRow({ e.at.toTimeZone(m_zone).toString(Qt::ISODate), e.runId, kinds.value(e.runId), e.actor,
            AuditEntryText::action(e.action), e.action, e.subject, AuditHistory::changeSummary(e),
            json(e.before), json(e.after) });
    if (!file.commit())
        return fail(file.errorString());
    say(tr("Exported %n entry/entries to %1.", nullptr, int(m_history.entries.size()))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryPage::say(const QString& text)
{
    m_lastStatus = text;
    emit statusMessage(text);
}

} // namespace salon::ui
