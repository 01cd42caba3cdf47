#include "SyncConsole.h"

#include "SyncConsoleController.h"
#include "SyncConsoleToolBar.h"
#include "SyncDetailPane.h"
#include "SyncQueueModel.h"
#include "core/calcom/CalcomClient.h"
#include "core/common/Clock.h"
#include "core/db/DatabaseSession.h"
#include "core/sync/SyncBatch.h"
#include "ui/DateTimeText.h"
#include "ui/Icons.h"
#include "ui/lifecycle/AppointmentLifecycleActions.h"
#include "ui/pages/MessageBanner.h"
#include "ui_SyncConsole.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

namespace salon::ui
{

using sync::SyncErrorAdvice;
using sync::SyncQueueFilter;

namespace
{
// What a drift item keeps besides its texts.
enum DriftRole { DriftPhaseIdRole = Qt::UserRole, DriftKindRole };
} // namespace

SyncConsole::SyncConsole(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SyncConsole)
    , m_session(session)
    , m_model(new SyncQueueModel(session, this))
    , m_controller(new SyncConsoleController(session, m_model, this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->detailPane->setAccess(&m_model->access());
    m_ui->queueView->setModel(m_model);
    // Every column readable at 1280 px in German too (issue 21): dates and numbers as wide as they are, the
    // names a fixed share, the last error the rest. A layout the admin saved (restoreState below) wins.
    QHeaderView* header = m_ui->queueView->header();
    for (int column :
        { SyncQueueModel::StartColumn, SyncQueueModel::BookingColumn, SyncQueueModel::AttemptsColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(SyncQueueModel::NameColumn, 160);
    header->resizeSection(SyncQueueModel::StatusColumn, 110);
    m_ui->fromDate->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->toDate->setDisplayFormat(DateTimeText::dateFormat());
    // The period Reconcile checks when no date filter is set: yesterday and the 30 days after (the greyed
    // fields show it, so what is checked is what is shown).
    const QDate yesterday = Clock::instance().nowUtc().toTimeZone(m_zone).date().addDays(-1);
    m_ui->fromDate->setDate(yesterday);
    m_ui->toDate->setDate(yesterday.addDays(30));
    for (int i = 0; i < SyncQueueFilter::kStatusCount; ++i)
        m_ui->statusFilter->addItem(SyncQueueFilter::statusLabel(SyncQueueFilter::Status(i)), i);
    m_ui->serviceFilter->addItem(tr("All services"), QString());
    m_ui->staffFilter->addItem(tr("All staff"), QString());
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    setUpActions();
    connectFilters();
    connectView();

    connect(m_controller, &SyncConsoleController::logged, this, &SyncConsole::log);
    connect(m_controller, &SyncConsoleController::said, this, &SyncConsole::say);
    connect(m_controller, &SyncConsoleController::stateChanged, this, &SyncConsole::updateActions);
    connect(m_controller, &SyncConsoleController::syncStarted, this, [this] {
        m_ui->progress->setValue(0);
        m_ui->progress->setVisible(true);
        updateBanner();
    });
    connect(m_controller, &SyncConsoleController::syncProgress, this, [this](int done, int total) {
        m_ui->progress->setMaximum(qMax(1, total));
        m_ui->progress->setValue(done);
        m_ui->progress->setFormat(tr("%1 of %2 phases").arg(done).arg(total));
    });
    connect(m_controller, &SyncConsoleController::syncFinished, this, [this] {
        m_ui->progress->setVisible(false);
        updateBanner();
        emit syncFinished();
    });
    connect(m_controller, &SyncConsoleController::reconcileFinished, this,
        [this](const QList<sync::BookingDrift>& drift, const QString& error, int checked) {
            showDrift(drift, error);
            if (error.isEmpty())
                say(reconcileResultText(int(drift.size()), checked));
            emit reconcileFinished();
        });
    connect(m_session->changes(), &ChangeWatcher::failed, this,
        [this](const QString& message) { log(tr("Live updates stopped: %1").arg(message)); });

    // Services and staff for the filters, read in the worker.
    m_model->access().filterChoices(this, [this](sync::FilterChoices services, sync::FilterChoices staff) {
        for (const auto& [value, label] : std::as_const(services))
            m_ui->serviceFilter->addItem(label, value);
        for (const auto& [value, label] : std::as_const(staff))
            m_ui->staffFilter->addItem(label, value);
    });
    // Column widths and the list/details split of the last time.
    QSettings settings;
    m_ui->queueView->header()->restoreState(
        settings.value(QStringLiteral("syncConsole/columns")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("syncConsole/splitter")).toByteArray());
    m_model->reload();
    updateActions();
}

SyncConsole::~SyncConsole()
{
    QSettings settings;
    settings.setValue(QStringLiteral("syncConsole/columns"), m_ui->queueView->header()->saveState());
    settings.setValue(QStringLiteral("syncConsole/splitter"), m_ui->splitter->saveState());
}

void SyncConsole::setLifecycle(LifecycleJobBuilder* jobs)
{
    if (m_lifecycle)
        return;
    m_lifecycle = new AppointmentLifecycleActions(jobs, m_session->worker(), this);
    m_toolBar->addAppointmentActions(m_lifecycle->actions());
    m_lifecycle->setSelection([this]() -> std::optional<SelectedAppointment> {
        const QModelIndex current = m_ui->queueView->selectionModel()->currentIndex();
        if (!current.isValid())
            return std::nullopt;
        const SyncQueueModel::AppointmentRow* row
            = m_model->appointment(current.parent().isValid() ? current.parent().row() : current.row());
        if (!row)
            return std::nullopt;
        const SyncQueueModel::PhaseRow* phase = m_model->phase(current);
        return AppointmentLifecycleActions::selectionOf(*row, phase ? phase->phase.id : 0, m_zone);
    });
    connect(m_ui->queueView->selectionModel(), &QItemSelectionModel::currentChanged, m_lifecycle,
        &AppointmentLifecycleActions::updateEnabled);
}

void SyncConsole::setUpActions()
{
    m_ui->retrySelectedAction->setIcon(Icons::refresh());
    m_ui->retryFailedAction->setIcon(Icons::refresh());
    m_ui->cancelAction->setIcon(Icons::remove());
    m_ui->archiveAction->setIcon(Icons::edit());
    m_ui->reconcileAction->setIcon(Icons::search());
    m_ui->exportLogAction->setIcon(Icons::exportCsv());
    m_ui->refreshAction->setIcon(Icons::refresh());
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_ui->refreshAction);
    // Archive, export and refresh (F5) are rare: behind "More" (SyncConsoleToolBar).
    m_toolBar = new SyncConsoleToolBar(
        { m_ui->retrySelectedAction, m_ui->retryFailedAction, m_ui->cancelAction, m_ui->reconcileAction },
        { m_ui->archiveAction, m_ui->exportLogAction, m_ui->refreshAction }, this);
    m_ui->toolBarRow->addWidget(m_toolBar);
    connect(m_ui->retrySelectedAction, &QAction::triggered, this, &SyncConsole::retrySelected);
    connect(m_ui->retryFailedAction, &QAction::triggered, this, &SyncConsole::retryAllFailed);
    connect(m_ui->cancelAction, &QAction::triggered, this, &SyncConsole::cancelSync);
    connect(m_ui->archiveAction, &QAction::triggered, this, &SyncConsole::archiveInteractive);
    connect(m_ui->reconcileAction, &QAction::triggered, this, &SyncConsole::runReconcile);
    connect(m_ui->exportLogAction, &QAction::triggered, this, &SyncConsole::exportLogInteractive);
    connect(m_ui->refreshAction, &QAction::triggered, this, &SyncConsole::refresh);
    connect(m_ui->resyncButton, &QPushButton::clicked, this, &SyncConsole::markSelectedDriftForResync);
}

void SyncConsole::connectFilters()
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_ui->search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* box : { m_ui->statusFilter, m_ui->serviceFilter, m_ui->staffFilter })
        connect(box, &QComboBox::currentIndexChanged, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_ui->useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDate->setEnabled(on);
        m_ui->toDate->setEnabled(on);
        applyFilterFromWidgets();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &SyncConsole::applyFilterFromWidgets);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &SyncConsole::applyFilterFromWidgets);
}

void SyncConsole::connectView()
{
    QTreeView* view = m_ui->queueView;
    connect(m_model, &SyncQueueModel::countsChanged, this, &SyncConsole::updateCounts);
    // Expand only the appointments that just arrived. expandAll on every chunk re-laid out the whole tree
    // on the GUI thread and made the view fetch every chunk (1.7 s stalls at 10,000 failed appointments,
    // docs/benchmarks.md).
    connect(m_model, &QAbstractItemModel::rowsInserted, view,
        [this, view](const QModelIndex& parent, int first, int last) {
            if (parent.isValid())
                return;
            for (int row = first; row <= last; ++row)
                view->expand(m_model->index(row, 0));
        });
    // Rows are read as the list is scrolled: when the last loaded appointment is less than a page below
    // the viewport.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SyncConsole::loadRowsForViewport);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &SyncConsole::loadRowsForViewport);
    // After a chunk, look again once the view has laid it out (its delayed layout is a zero timer too,
    // started first), in case the rows still do not fill the viewport.
    connect(m_model, &SyncQueueModel::loaded, this,
        [this] { QTimer::singleShot(0, this, &SyncConsole::loadRowsForViewport); });
    connect(m_model, &SyncQueueModel::loadFailed, this, [this](const QString& message) {
        say(tr("The sync console cannot read the database: %1").arg(message));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SyncConsole::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncConsole::onSelectionChanged);
    connect(m_ui->detailPane, &SyncDetailPane::toolRequested, this, &SyncConsole::openTool);
    connect(m_ui->driftList, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_ui->resyncButton->setEnabled(!m_ui->driftList->selectedItems().isEmpty()); });
}

void SyncConsole::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    if (m_controller->client() && m_controller->client()->rateLimiter())
        disconnect(m_controller->client()->rateLimiter(), nullptr, this, nullptr);
    m_controller->setCalcom(client, teamId);
    calcom::RateLimiter* limiter = client ? client->rateLimiter() : nullptr;
    if (!limiter)
        return;
    auto showBudget = [this, limiter] {
        const int waiting = limiter->waitingSeconds();
        m_model->setRateLimitWait(waiting);
        m_ui->rateLimitLabel->setText(waiting > 0
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

void SyncConsole::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
}

void SyncConsole::setActor(const QString& actor)
{
    m_controller->setActor(actor);
}

bool SyncConsole::isSyncing() const
{
    return m_controller->isSyncing();
}

bool SyncConsole::isWatching() const
{
    return m_session->changes()->isWatching();
}

void SyncConsole::addTab(QWidget* page, const QString& title)
{
    m_ui->tabs->addTab(page, title);
}

void SyncConsole::setTabTitle(QWidget* page, const QString& title)
{
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(page), title);
}

void SyncConsole::setFilter(const SyncQueueFilter& filter)
{
    const QSignalBlocker a(m_ui->statusFilter), b(m_ui->search), c(m_ui->useDates), d(m_ui->fromDate),
        e(m_ui->toDate), f(m_ui->serviceFilter), g(m_ui->staffFilter);
    m_ui->statusFilter->setCurrentIndex(int(filter.status));
    m_ui->search->setText(filter.text);
    m_ui->useDates->setChecked(filter.from.isValid() || filter.to.isValid());
    m_ui->fromDate->setEnabled(m_ui->useDates->isChecked());
    m_ui->toDate->setEnabled(m_ui->useDates->isChecked());
    if (filter.from.isValid())
        m_ui->fromDate->setDate(filter.from);
    if (filter.to.isValid())
        m_ui->toDate->setDate(filter.to);
    m_ui->serviceFilter->setCurrentIndex(qMax(0,
        m_ui->serviceFilter->findData(filter.serviceId > 0 ? QString::number(filter.serviceId) : QString())));
    m_ui->staffFilter->setCurrentIndex(qMax(0, m_ui->staffFilter->findData(filter.staffId)));
    m_model->setFilter(filter);
}

SyncQueueFilter SyncConsole::filter() const
{
    SyncQueueFilter f;
    f.status = SyncQueueFilter::Status(m_ui->statusFilter->currentData().toInt());
    if (m_ui->useDates->isChecked()) {
        f.from = m_ui->fromDate->date();
        f.to = m_ui->toDate->date();
    }
    f.serviceId = m_ui->serviceFilter->currentData().toString().toLongLong();
    f.staffId = m_ui->staffFilter->currentData().toString();
    f.text = m_ui->search->text();
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
        m_ui->statusFilter->setItemText(i,
            tr("%1 (%2)")
                .arg(SyncQueueFilter::statusLabel(SyncQueueFilter::Status(i)))
                .arg(counts.appointments[size_t(i)]));
    updateBanner();
    updateActions();
}

void SyncConsole::updateBanner()
{
    const int failed = m_model->hasCounts() ? m_model->counts().failedPhases : 0;
    const int lastRun = m_controller->lastRunFailed();
    if (failed == 0 && lastRun == 0) {
        m_ui->banner->hide();
        return;
    }
    QString text = tr("%n phase(s) failed to sync with Cal.com and need attention.", nullptr, failed);
    if (lastRun > 0)
        text = tr("The last sync run failed for %n phase(s).", nullptr, lastRun) + QLatin1Char(' ') + text;
    m_ui->banner->showMessage(text, RowFinding::Severity::Error);
}

void SyncConsole::updateActions()
{
    const bool ready = m_controller->canSync();
    const bool running = m_controller->isSyncing();
    const bool hasSelection = !selectedPhaseIds().isEmpty();
    m_ui->retrySelectedAction->setEnabled(ready && !running && hasSelection);
    m_ui->retryFailedAction->setEnabled(ready && !running);
    m_ui->cancelAction->setEnabled(running);
    m_ui->archiveAction->setEnabled(hasSelection);
    m_ui->reconcileAction->setEnabled(m_controller->client() && !m_controller->isReconciling());
    const QString hint = !m_controller->client() ? tr("Configure Cal.com in Settings to sync.") : QString();
    m_ui->retrySelectedAction->setToolTip(hint);
    m_ui->retryFailedAction->setToolTip(hint);
}

QList<qint64> SyncConsole::selectedPhaseIds() const
{
    QList<qint64> ids;
    const QItemSelectionModel* selection = m_ui->queueView->selectionModel();
    if (!selection)
        return ids;
    for (const QModelIndex& index : selection->selectedRows()) {
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
    const QModelIndex current = m_ui->queueView->selectionModel()->currentIndex();
    const SyncQueueModel::PhaseRow* phase = m_model->phase(current);
    if (!phase) {
        m_ui->detailPane->clear();
        return;
    }
    m_ui->detailPane->showPhase(
        phase, m_model->index(current.parent().row(), SyncQueueModel::NameColumn).data().toString());
}

void SyncConsole::loadRowsForViewport()
{
    if (!m_model->hasMoreRows())
        return; // (loadMore() itself ignores calls while a chunk is on its way)
    // visualRect() lays out pending rows first, so this is right even before the view has drawn them.
    const int lastRow = m_model->rowCount() - 1;
    const QRect last = lastRow < 0 ? QRect() : m_ui->queueView->visualRect(m_model->index(lastRow, 0));
    const int viewportHeight = m_ui->queueView->viewport()->height();
    if (lastRow < 0 || (last.isValid() && last.top() <= 2 * viewportHeight))
        m_model->loadMore();
}

void SyncConsole::retrySelected()
{
    m_controller->retryPhases(selectedPhaseIds(), true);
}

void SyncConsole::retryAllFailed()
{
    m_controller->retryAllFailed();
}

void SyncConsole::cancelSync()
{
    m_controller->cancelSync();
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
    QList<qint64> failed;
    for (qint64 id : selectedPhaseIds())
        if (m_model->indexOfPhase(id).data(SyncQueueModel::StatusRole).toString() == QLatin1String("failed"))
            failed.append(id);
    m_controller->archive(failed, reason);
}

void SyncConsole::runReconcile()
{
    // The days the date fields show (salon-local), whether or not they filter the list.
    QDate first = m_ui->fromDate->date();
    QDate last = m_ui->toDate->date();
    if (last < first)
        std::swap(first, last);
    m_reconcileFirst = first;
    m_reconcileLast = last;
    m_controller->reconcile(QDateTime(first, QTime(0, 0), m_zone).toUTC(),
        QDateTime(last.addDays(1), QTime(0, 0), m_zone).toUTC());
}

QString SyncConsole::reconcileResultText(int differences, int checked) const
{
    const QLocale locale;
    const QString period = tr("%1 to %2")
                               .arg(locale.toString(m_reconcileFirst, QLocale::ShortFormat),
                                   locale.toString(m_reconcileLast, QLocale::ShortFormat));
    if (differences > 0)
        return tr("Reconcile %1: %n difference(s) with Cal.com; see Drift.", nullptr, differences)
            .arg(period);
    if (checked == 0)
        return tr("Reconcile %1: no synced steps in this period, so there was nothing to compare with "
                  "Cal.com.")
            .arg(period);
    return tr("Reconcile %1: all %n synced step(s) match Cal.com.", nullptr, checked).arg(period);
}

void SyncConsole::showDrift(const QList<sync::BookingDrift>& drift, const QString& error)
{
    m_ui->driftList->clear();
    if (!error.isEmpty())
        return;
    for (const sync::BookingDrift& d : drift) {
        auto* item = new QTreeWidgetItem(m_ui->driftList);
        item->setText(0, sync::BookingDrift::kindName(d.kind));
        item->setText(1, QString::number(d.phaseId));
        item->setText(2, QString::number(d.appointmentId));
        item->setText(3, d.message);
        item->setToolTip(3, d.message);
        item->setData(0, DriftPhaseIdRole, d.phaseId);
        item->setData(0, DriftKindRole, int(d.kind));
        item->setIcon(0, Icons::warning());
    }
    if (!drift.isEmpty())
        m_ui->tabs->setCurrentWidget(m_ui->driftPage);
}

void SyncConsole::markSelectedDriftForResync()
{
    QList<qint64> ids;
    bool skipped = false;
    for (QTreeWidgetItem* item : m_ui->driftList->selectedItems()) {
        const qint64 id = item->data(0, DriftPhaseIdRole).toLongLong();
        // Only a booking that is gone is booked again; a moved, re-hosted, doubled or untracked booking
        // exists, and booking again would double it: those need a look in Cal.com.
        const auto kind = sync::BookingDrift::Kind(item->data(0, DriftKindRole).toInt());
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
    if (!confirm(
            tr("Mark %n phase(s) to be booked again in Cal.com? The stored booking reference is replaced by "
               "the next sync.",
                nullptr, int(ids.size()))))
        return;
    m_controller->markForResync(ids);
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
    case SyncErrorAdvice::Tool::MoveAppointment:
        // The detail pane shows the selected appointment: Move… acts on that one.
        if (m_lifecycle)
            m_lifecycle->moveSelected();
        break;
    case SyncErrorAdvice::Tool::None:
        break;
    }
}

void SyncConsole::log(const QString& line)
{
    m_ui->logView->appendPlainText(
        QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(Qt::ISODate), line));
}

void SyncConsole::say(const QString& text)
{
    m_lastStatus = text;
    emit statusMessage(text);
}

QString SyncConsole::logText() const
{
    return m_ui->logView->toPlainText();
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
