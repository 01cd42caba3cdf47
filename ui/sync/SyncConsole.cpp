#include "SyncConsole.h"

#include "Icons.h"
#include "SyncDetailPane.h"
#include "SyncQueueModel.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "sync/BookingReconciler.h"
#include "sync/PhaseChangeWatcher.h"
#include "sync/PhaseRepository.h"
#include "sync/SyncBatch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>

namespace salon::ui
{

using sync::PhaseResult;
using sync::PhaseStage;
using sync::SyncErrorAdvice;

namespace
{
QString nextConnectionName()
{
    static std::atomic_int counter { 0 };
    return QStringLiteral("salon-sync-console-%1").arg(++counter);
}

using Choices = QList<std::pair<QString, QString>>; // value, label
} // namespace

SyncConsole::SyncConsole(const DatabaseUrl& url, QWidget* parent)
    : QWidget(parent)
    , m_url(url)
    , m_model(new SyncQueueModel(url, this))
{
    // The engine writes single rows by key; it runs on this thread with its own connection (Qt 6.4 cannot
    // move connections between threads).
    auto opened = DatabaseConnection::open(url, nextConnectionName());
    if (opened)
        m_connection = std::move(opened).value();
    else
        m_connectionError = opened.error();
    buildUi();

    if (m_connection) {
        if (auto watch = DatabaseConnection::open(url, nextConnectionName()))
            m_watchConnection = std::move(watch).value();
        m_watcher = new sync::PhaseChangeWatcher(
            m_watchConnection ? m_watchConnection->db() : m_connection->db(), this);
        connect(m_watcher, &sync::PhaseChangeWatcher::phasesChanged, m_model, &SyncQueueModel::refreshPhases);
        connect(m_watcher, &sync::PhaseChangeWatcher::watchFailed, this,
            [this](const QString& message) { log(tr("Live updates stopped: %1").arg(message)); });
        QString error;
        if (!m_watcher->start(&error))
            log(tr("Live updates are off: %1").arg(error));
    } else {
        say(tr("The sync console cannot open the database: %1").arg(m_connectionError));
    }

    // Services and staff for the filters, read in the worker.
    using Lists = std::pair<Choices, Choices>;
    m_model->worker()->post<Lists>(
        [](QSqlDatabase& db) {
            Lists lists;
            if (auto q = runSql(db, QStringLiteral("SELECT id, name FROM services ORDER BY name")))
                while (q->next())
                    lists.first.append({ q->value(0).toString(), q->value(1).toString() });
            if (auto q = runSql(db, QStringLiteral("SELECT id, name FROM staff ORDER BY name")))
                while (q->next())
                    lists.second.append({ q->value(0).toString(), q->value(1).toString() });
            return lists;
        },
        this,
        [this](Lists lists) {
            for (const auto& [value, label] : std::as_const(lists.first))
                m_service->addItem(label, value);
            for (const auto& [value, label] : std::as_const(lists.second))
                m_staff->addItem(label, value);
        });
    m_model->reload();
    updateActions();
}

SyncConsole::~SyncConsole()
{
    // Column widths and the list/details split are kept for the next time.
    QSettings settings;
    settings.setValue(QStringLiteral("syncConsole/columns"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("syncConsole/splitter"), m_splitter->saveState());
    // Stop everything that writes through the connection before it closes.
    delete m_batch.data();
    delete m_reconciler.data();
    delete m_watcher;
    m_watcher = nullptr;
}

void SyncConsole::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; "
                       "padding: 6px; font-weight: bold; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    for (int i = 0; i < SyncQueueFilter::kStatusCount; ++i)
        m_statusFilter->addItem(SyncQueueFilter::statusLabel(SyncQueueFilter::Status(i)), i);
    m_useDates = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_to = new QDateEdit(QDate::currentDate().addDays(30), this);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_service = new QComboBox(this);
    m_service->addItem(tr("All services"), QString());
    m_staff = new QComboBox(this);
    m_staff->addItem(tr("All staff"), QString());
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search customer, e-mail, appointment id or error"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_service);
    filters->addWidget(m_staff);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto* toolBar = new QToolBar(this);
    // Three actions share the refresh icon: the text tells them apart.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retrySelected
        = toolBar->addAction(Icons::refresh(), tr("Retry selected"), this, &SyncConsole::retrySelected);
    m_retryFailed
        = toolBar->addAction(Icons::refresh(), tr("Retry all failed"), this, &SyncConsole::retryAllFailed);
    m_cancel = toolBar->addAction(Icons::remove(), tr("Cancel"), this, &SyncConsole::cancelSync);
    toolBar->addSeparator();
    m_archive
        = toolBar->addAction(Icons::edit(), tr("Archive failure..."), this, &SyncConsole::archiveInteractive);
    m_reconcile
        = toolBar->addAction(Icons::search(), tr("Reconcile with Cal.com"), this, &SyncConsole::runReconcile);
    m_exportLog = toolBar->addAction(
        Icons::exportCsv(), tr("Export log..."), this, &SyncConsole::exportLogInteractive);
    m_refresh = toolBar->addAction(Icons::refresh(), tr("Refresh"), this, &SyncConsole::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    layout->addWidget(toolBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_view = new QTreeView(splitter);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_tabs = new QTabWidget(splitter);
    m_details = new SyncDetailPane(m_model->worker(), m_tabs);
    m_log = new QPlainTextEdit(m_tabs);
    m_log->setReadOnly(true);
    auto* driftPage = new QWidget(m_tabs);
    auto* driftLayout = new QVBoxLayout(driftPage);
    m_driftList = new QTreeWidget(driftPage);
    m_driftList->setRootIsDecorated(false);
    m_driftList->setHeaderLabels({ tr("Finding"), tr("Phase"), tr("Appointment"), tr("Details") });
    m_driftList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resyncButton = new QPushButton(tr("Book cancelled or missing phases again..."), driftPage);
    m_resyncButton->setEnabled(false);
    auto* driftHint
        = new QLabel(tr("Reconcile compares synced phases with Cal.com; nothing changes unless you "
                        "confirm."),
            driftPage);
    driftHint->setWordWrap(true); // long labels must not set the details pane's minimum width
    driftLayout->addWidget(driftHint);
    driftLayout->addWidget(m_driftList, 1);
    driftLayout->addWidget(m_resyncButton);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(driftPage, tr("Drift"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    const QSettings settings;
    if (!m_view->header()->restoreState(
            settings.value(QStringLiteral("syncConsole/columns")).toByteArray())) {
        // First time: room for "#763 Customer name" and a full date and time.
        m_view->header()->resizeSection(SyncQueueModel::NameColumn, 230);
        m_view->header()->resizeSection(SyncQueueModel::StartColumn, 160);
        m_view->header()->resizeSection(SyncQueueModel::StatusColumn, 130);
    }
    if (!splitter->restoreState(settings.value(QStringLiteral("syncConsole/splitter")).toByteArray()))
        splitter->setSizes({ 600, 400 }); // the list wider than the details (scaled to the real width)

    auto* bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_rateLabel = new QLabel(this);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_rateLabel);
    layout->addLayout(bottom);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_service, &QComboBox::currentIndexChanged, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilterFromWidgets();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_to, &QDateEdit::dateChanged, this, &SyncConsole::applyFilterFromWidgets);

    connect(m_model, &SyncQueueModel::countsChanged, this, &SyncConsole::updateCounts);
    // Expand only the appointments that just arrived. expandAll on every chunk re-laid out the whole tree
    // on the GUI thread and made the view fetch every chunk (1.7 s stalls at 10,000 failed appointments,
    // docs/benchmarks.md).
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view,
        [this](const QModelIndex& parent, int first, int last) {
            if (parent.isValid())
                return;
            for (int row = first; row <= last; ++row)
                m_view->expand(m_model->index(row, 0));
        });
    // Rows are read as the list is scrolled: when the last loaded appointment is less than a page below
    // the viewport.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SyncConsole::loadRowsForViewport);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &SyncConsole::loadRowsForViewport);
    // After a chunk, look again once the view has laid it out (its delayed layout is a zero timer too,
    // started first), in case the rows still do not fill the viewport.
    connect(m_model, &SyncQueueModel::loaded, this,
        [this] { QTimer::singleShot(0, this, &SyncConsole::loadRowsForViewport); });
    connect(m_model, &SyncQueueModel::loadFailed, this, [this](const QString& message) {
        say(tr("The sync console cannot read the database: %1").arg(message));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SyncConsole::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncConsole::onSelectionChanged);
    connect(m_details, &SyncDetailPane::toolRequested, this, &SyncConsole::openTool);
    connect(m_driftList, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_resyncButton->setEnabled(!m_driftList->selectedItems().isEmpty() && m_connection); });
    connect(m_resyncButton, &QPushButton::clicked, this, &SyncConsole::markSelectedDriftForResync);
}

void SyncConsole::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    if (m_client && m_client->rateLimiter())
        disconnect(m_client->rateLimiter(), nullptr, this, nullptr);
    m_client = client;
    m_teamId = teamId;
    if (client) {
        m_options.attendeeTimeZone = client->settings().timeZone;
        if (calcom::RateLimiter* limiter = client->rateLimiter()) {
            auto showBudget = [this, limiter] {
                const int waiting = limiter->waitingSeconds();
                m_model->setRateLimitWait(waiting);
                m_rateLabel->setText(waiting > 0
                        ? tr("Cal.com rate limit: waiting %1 s, %2 of %3 requests left")
                              .arg(waiting)
                              .arg(limiter->remaining())
                              .arg(limiter->limit())
                        : tr("Cal.com budget: %1 of %2 requests left")
                              .arg(limiter->remaining())
                              .arg(limiter->limit()));
            };
            connect(limiter, &calcom::RateLimiter::waitingChanged, this, showBudget);
            connect(limiter, &calcom::RateLimiter::budgetChanged, this, showBudget);
            showBudget();
        }
    }
    updateActions();
}

void SyncConsole::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
}

bool SyncConsole::isWatching() const
{
    return m_watcher && m_watcher->isActive();
}

void SyncConsole::setFilter(const SyncQueueFilter& filter)
{
    const QSignalBlocker a(m_statusFilter), b(m_search), c(m_useDates), d(m_from), e(m_to), f(m_service),
        g(m_staff);
    m_statusFilter->setCurrentIndex(int(filter.status));
    m_search->setText(filter.text);
    m_useDates->setChecked(filter.from.isValid() || filter.to.isValid());
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    m_service->setCurrentIndex(
        qMax(0, m_service->findData(filter.serviceId > 0 ? QString::number(filter.serviceId) : QString())));
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(filter.staffId)));
    m_model->setFilter(filter);
}

SyncQueueFilter SyncConsole::filter() const
{
    SyncQueueFilter f;
    f.status = SyncQueueFilter::Status(m_statusFilter->currentData().toInt());
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.serviceId = m_service->currentData().toString().toLongLong();
    f.staffId = m_staff->currentData().toString();
    f.text = m_search->text();
    f.zone = m_zone;
    return f;
}

void SyncConsole::applyFilterFromWidgets()
{
    m_model->setFilter(filter());
}

void SyncConsole::refresh()
{
    m_model->reload();
}

void SyncConsole::updateCounts()
{
    const auto& counts = m_model->counts();
    for (int i = 0; i < SyncQueueFilter::kStatusCount; ++i)
        m_statusFilter->setItemText(i,
            tr("%1 (%2)")
                .arg(SyncQueueFilter::statusLabel(SyncQueueFilter::Status(i)))
                .arg(counts.appointments[size_t(i)]));
    updateBanner();
    updateActions();
}

void SyncConsole::updateBanner()
{
    const int failed = m_model->hasCounts() ? m_model->counts().failedPhases : 0;
    if (failed == 0 && m_lastRunFailed == 0) {
        m_banner->hide();
        return;
    }
    QString text = tr("%n phase(s) failed to sync with Cal.com and need attention.", nullptr, failed);
    if (m_lastRunFailed > 0)
        text = tr("The last sync run failed for %n phase(s).", nullptr, m_lastRunFailed) + QLatin1Char(' ')
            + text;
    m_banner->setText(text);
    m_banner->show();
}

void SyncConsole::updateActions()
{
    const bool ready = m_client && m_connection && m_teamId > 0;
    const bool running = m_batch != nullptr;
    const bool hasSelection = !selectedPhaseIds().isEmpty();
    m_retrySelected->setEnabled(ready && !running && hasSelection);
    m_retryFailed->setEnabled(ready && !running);
    m_cancel->setEnabled(running);
    m_archive->setEnabled(m_connection && hasSelection);
    m_reconcile->setEnabled(m_client && m_connection && !m_reconciler);
    const QString hint = !m_client ? tr("Configure Cal.com in Settings to sync.") : QString();
    m_retrySelected->setToolTip(hint);
    m_retryFailed->setToolTip(hint);
}

QList<qint64> SyncConsole::selectedPhaseIds() const
{
    QList<qint64> ids;
    if (!m_view || !m_view->selectionModel())
        return ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const qint64 phaseId = index.data(SyncQueueModel::PhaseIdRole).toLongLong();
        if (phaseId > 0) {
            if (!ids.contains(phaseId))
                ids.append(phaseId);
            continue;
        }
        for (int row = 0; row < m_model->rowCount(index); ++row) {
            const qint64 id = m_model->index(row, 0, index).data(SyncQueueModel::PhaseIdRole).toLongLong();
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

void SyncConsole::onSelectionChanged()
{
    updateActions();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const SyncQueueModel::PhaseRow* phase = m_model->phase(current);
    if (!phase) {
        m_details->clear();
        return;
    }
    m_details->showPhase(
        phase, m_model->index(current.parent().row(), SyncQueueModel::NameColumn).data().toString());
}

void SyncConsole::loadRowsForViewport()
{
    if (!m_model->hasMoreRows())
        return; // (loadMore() itself ignores calls while a chunk is on its way)
    // visualRect() lays out pending rows first, so this is right even before the view has drawn them.
    const int lastRow = m_model->rowCount() - 1;
    const QRect last = lastRow < 0 ? QRect() : m_view->visualRect(m_model->index(lastRow, 0));
    const int viewportHeight = m_view->viewport()->height();
    if (lastRow < 0 || (last.isValid() && last.top() <= 2 * viewportHeight))
        m_model->loadMore();
}

void SyncConsole::retrySelected()
{
    retryPhases(selectedPhaseIds(), true);
}

void SyncConsole::retryAllFailed()
{
    if (!m_client || m_batch)
        return;
    // The list can be long: read it in the worker, then start.
    const QDateTime staleBefore
        = Clock::instance().nowUtc().addSecs(-qMax(0, m_options.staleClaimAfterSeconds));
    using Result = std::pair<QList<qint64>, QString>;
    m_model->worker()->post<Result>(
        [staleBefore](QSqlDatabase& db) {
            auto ids = sync::PhaseRepository(db, {}).phaseIdsToSync(false, true, staleBefore);
            return ids ? Result { *ids, {} } : Result { {}, ids.error() };
        },
        this,
        [this](Result result) {
            if (!result.second.isEmpty()) {
                say(result.second);
                return;
            }
            if (result.first.isEmpty()) {
                say(tr("No failed phases to retry."));
                return;
            }
            startBatch(result.first, false);
        });
}

void SyncConsole::retryPhases(const QList<qint64>& phaseIds, bool includeArchived)
{
    if (phaseIds.isEmpty() || m_batch)
        return;
    startBatch(phaseIds, includeArchived);
}

void SyncConsole::startBatch(const QList<qint64>& phaseIds, bool includeArchived)
{
    if (!m_client || !m_connection || m_batch)
        return;
    sync::SyncOptions options = m_options;
    options.includeArchived = includeArchived;
    auto* batch = new sync::SyncBatch(m_connection->db(), m_client, m_teamId, options, this);
    batch->addPhases(phaseIds);
    m_batch = batch;
    m_lastRunFailed = 0;
    m_model->clearLiveStages();
    for (qint64 id : phaseIds)
        m_model->setLiveStage(id, PhaseStage::Queued);
    connect(batch, &sync::SyncBatch::phaseStageChanged, this,
        [this](qint64 id, PhaseStage stage, const QString& message) {
            m_model->setLiveStage(id, stage, message);
            if (!isFinalStage(stage))
                log(tr("phase %1: %2 %3").arg(id).arg(sync::stageLabel(stage), message).trimmed());
        });
    connect(batch, &sync::SyncBatch::phaseFinished, this, [this](const PhaseResult& r) {
        QString line = tr("phase %1 (appointment %2, %3): %4 - %5")
                           .arg(r.phaseId)
                           .arg(r.appointmentId)
                           .arg(r.segmentKey, sync::stageLabel(r.stage), r.message);
        if (r.advice) {
            line += QStringLiteral(" (%1)").arg(r.advice->code);
            if (r.advice->tool != SyncErrorAdvice::Tool::None)
                line += QStringLiteral(" [%1]").arg(SyncErrorAdvice::toolLabel(r.advice->tool));
        }
        log(line);
        m_model->refreshPhases({ r.phaseId });
    });
    connect(batch, &sync::SyncBatch::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 phases").arg(done).arg(total));
    });
    connect(batch, &sync::SyncBatch::finished, this, &SyncConsole::onBatchFinished);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    log(tr("Sync of %n phase(s) started.", nullptr, int(phaseIds.size())));
    say(tr("Syncing %n phase(s) with Cal.com...", nullptr, int(phaseIds.size())));
    batch->start();
    updateActions();
}

void SyncConsole::onBatchFinished()
{
    sync::SyncBatch* batch = m_batch;
    if (!batch)
        return;
    const sync::SyncReport report = batch->report();
    m_batch = nullptr;
    batch->deleteLater();
    m_lastRunFailed = report.count(PhaseStage::Failed);
    log(tr("Sync finished: %1").arg(report.summary()));
    if (m_lastRunFailed > 0)
        say(tr("Sync finished with failures: %1. See the failed view.").arg(report.summary()));
    else if (report.cancelled)
        say(tr("Sync cancelled: %1").arg(report.summary()));
    else
        say(tr("Sync finished: %1").arg(report.summary()));
    m_progress->setVisible(false);
    // Resolved rows leave the failed view; the live overlay has done its job.
    m_model->clearLiveStages();
    m_model->reload();
    updateBanner();
    updateActions();
    emit syncFinished();
}

void SyncConsole::cancelSync()
{
    if (!m_batch)
        return;
    log(tr("Cancelling: queued phases stop now, a booking already sent is waited for."));
    m_batch->cancel();
}

void SyncConsole::archiveInteractive()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Archive failure"),
        tr("Why is this failure harmless? (kept in the history)"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        archiveSelected(reason);
}

void SyncConsole::archiveSelected(const QString& reason)
{
    if (!m_connection)
        return;
    if (reason.trimmed().isEmpty()) {
        say(tr("Archiving needs a reason."));
        return;
    }
    sync::PhaseRepository repository(m_connection->db(), m_options.actor);
    QList<qint64> archived;
    for (qint64 id : selectedPhaseIds()) {
        const QModelIndex at = m_model->indexOfPhase(id);
        if (at.data(SyncQueueModel::StatusRole).toString() != QLatin1String("failed"))
            continue;
        if (auto done = repository.archive(id, reason); !done)
            say(done.error());
        else
            archived.append(id);
    }
    if (archived.isEmpty())
        return;
    log(tr("Archived phase(s) %1: %2")
            .arg(
                [&] {
                    QStringList ids;
                    for (qint64 id : archived)
                        ids.append(QString::number(id));
                    return ids.join(QStringLiteral(", "));
                }(),
                reason));
    say(tr("%n failure(s) archived.", nullptr, int(archived.size())));
    m_model->reload();
}

void SyncConsole::runReconcile()
{
    if (!m_client || !m_connection || m_reconciler)
        return;
    auto* reconciler = new sync::BookingReconciler(m_connection->db(), m_client, this);
    m_reconciler = reconciler;
    // The filter's date range when one is set (salon-local days), else from yesterday for 31 days.
    QDateTime from = Clock::instance().nowUtc().addDays(-1);
    QDateTime to = from.addDays(31);
    const SyncQueueFilter current = filter();
    if (current.from.isValid() && current.to.isValid() && current.from <= current.to) {
        from = QDateTime(current.from, QTime(0, 0), m_zone).toUTC();
        to = QDateTime(current.to.addDays(1), QTime(0, 0), m_zone).toUTC();
    }
    connect(reconciler, &sync::BookingReconciler::finished, this, [this, reconciler] {
        m_reconciler = nullptr;
        reconciler->deleteLater();
        m_driftList->clear();
        if (!reconciler->error().isEmpty()) {
            say(tr("Reconcile failed: %1").arg(reconciler->error()));
        } else {
            for (const sync::BookingDrift& d : reconciler->drift()) {
                auto* item = new QTreeWidgetItem(m_driftList);
                item->setText(0, sync::BookingDrift::kindName(d.kind));
                item->setText(1, QString::number(d.phaseId));
                item->setText(2, QString::number(d.appointmentId));
                item->setText(3, d.message);
                item->setToolTip(3, d.message);
                item->setData(0, Qt::UserRole, d.phaseId);
                item->setData(0, Qt::UserRole + 1, int(d.kind));
                item->setIcon(0, Icons::warning());
                log(tr("drift: %1").arg(d.message));
            }
            if (reconciler->drift().isEmpty())
                say(tr("Reconcile: %n synced phase(s) match Cal.com.", nullptr, reconciler->checkedPhases()));
            else {
                say(tr("Reconcile found %n difference(s) with Cal.com; see Drift.", nullptr,
                    int(reconciler->drift().size())));
                m_tabs->setCurrentIndex(2);
            }
        }
        updateActions();
        emit reconcileFinished();
    });
    say(tr("Comparing synced phases with Cal.com..."));
    reconciler->start(from, to);
    updateActions();
}

void SyncConsole::markSelectedDriftForResync()
{
    if (!m_connection)
        return;
    QList<qint64> ids;
    bool skipped = false;
    for (QTreeWidgetItem* item : m_driftList->selectedItems()) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        // Only a booking that is gone is booked again; a moved, re-hosted, doubled or untracked booking
        // exists, and booking again would double it: those need a look in Cal.com.
        const auto kind = sync::BookingDrift::Kind(item->data(0, Qt::UserRole + 1).toInt());
        if (kind != sync::BookingDrift::Kind::Cancelled && kind != sync::BookingDrift::Kind::Missing) {
            skipped = true;
            continue;
        }
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    if (skipped)
        say(tr("Only cancelled or missing bookings can be booked again from here; check the others in "
               "Cal.com."));
    if (ids.isEmpty())
        return;
    if (!confirm(tr(
            "Mark %n phase(s) to be booked again in Cal.com? The stored booking reference is replaced by the "
            "next sync.",
            nullptr, int(ids.size()))))
        return;
    sync::PhaseRepository repository(m_connection->db(), m_options.actor);
    for (qint64 id : std::as_const(ids)) {
        if (auto done = repository.markForResync(
                id, tr("Drift found by reconcile; confirmed by %1").arg(m_options.actor));
            !done)
            say(done.error());
        else
            log(tr("phase %1 marked to be booked again").arg(id));
    }
    m_model->reload();
}

bool SyncConsole::confirm(const QString& question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Sync console"), question) == QMessageBox::Yes;
}

void SyncConsole::openTool(SyncErrorAdvice::Tool tool)
{
    switch (tool) {
    case SyncErrorAdvice::Tool::EventMapVerifier:
        emit openEventMapVerifierRequested();
        break;
    case SyncErrorAdvice::Tool::EventTypeWizard:
        emit openEventTypeWizardRequested();
        break;
    case SyncErrorAdvice::Tool::Settings:
        emit openSettingsRequested();
        break;
    case SyncErrorAdvice::Tool::None:
        break;
    }
}

void SyncConsole::log(const QString& line)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(Qt::ISODate), line));
}

void SyncConsole::say(const QString& text)
{
    m_lastStatus = text;
    emit statusMessage(text);
}

QString SyncConsole::logText() const
{
    return m_log->toPlainText();
}

bool SyncConsole::exportLogTo(const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray text = logText().toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SyncConsole::exportLogInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export sync log"), QStringLiteral("sync-log.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportLogTo(path, &error))
        say(tr("Sync log written to %1.").arg(path));
    else
        say(tr("Cannot write %1: %2").arg(path, error));
}

} // namespace salon::ui
