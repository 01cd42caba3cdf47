#pragma once

#include "SyncQueueFilter.h"
#include "calcom/CalcomClient.h"
#include "db/DatabaseUrl.h"
#include "sync/BookingReconciler.h"
#include "sync/PhaseResult.h"
#include "sync/SyncBatch.h"
#include "sync/SyncErrorAdvice.h"
#include "sync/SyncOptions.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace salon
{
class DatabaseConnection;
}
namespace salon::sync
{
class PhaseChangeWatcher;
}

namespace salon::ui
{

class SyncDetailPane;
class SyncQueueModel;

// The sync console page: appointments with failed, pending or syncing phases (filters by status with
// counts, date range, service, staff, text), each expandable to its phases with status icon, booking,
// attempts and last error. Retry selected / retry all failed run a core SyncBatch with live per-phase
// status, a progress bar and cancel; while Cal.com's rate limit holds requests back, the queue shows
// "waiting N s" and the remaining budget. Failures are said loudly (banner and status bar). A known-benign
// failure can be archived with a reason; the reconcile pass lists drift, and acting on it needs
// confirmation. Errors that need another tool link to it through signals the main window connects.
// Status is live across instances (PhaseChangeWatcher). The GUI thread never waits: lists load in the
// model's worker thread; the engine's own statements are single rows by key.
class SyncConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SyncConsole(const DatabaseUrl& url, QWidget* parent = nullptr);
    ~SyncConsole() override;

    // The Cal.com connection (not owned) and team; without a client, retry and reconcile are disabled.
    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    void setSyncOptions(const sync::SyncOptions& options) { m_options = options; }
    void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor) { m_options.actor = actor; }
    // How a question to the admin is asked (tests answer it themselves); default: a message box.
    void setConfirmHandler(std::function<bool(const QString& question)> handler)
    {
        m_confirm = std::move(handler);
    }

    SyncQueueModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    SyncDetailPane* detailPane() const { return m_details; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* banner() const { return m_banner; }
    QLabel* rateLimitLabel() const { return m_rateLabel; }
    QProgressBar* progressBar() const { return m_progress; }
    QTreeWidget* driftList() const { return m_driftList; }
    QAction* retrySelectedAction() const { return m_retrySelected; }
    QAction* retryFailedAction() const { return m_retryFailed; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* archiveAction() const { return m_archive; }
    QAction* reconcileAction() const { return m_reconcile; }
    QAction* exportLogAction() const { return m_exportLog; }
    sync::SyncBatch* currentBatch() const { return m_batch; }
    bool isSyncing() const { return m_batch != nullptr; }
    bool isWatching() const;
    QString logText() const;
    bool exportLogTo(const QString& path, QString* error = nullptr);
    // What the status bar was last told.
    QString lastStatus() const { return m_lastStatus; }

    void setFilter(const SyncQueueFilter& filter);
    SyncQueueFilter filter() const;

public slots:
    void refresh();
    void retrySelected();
    // Reads the next chunk of appointments when the last loaded one is less than a page below the viewport.
    void loadRowsForViewport();
    void retryAllFailed();
    void retryPhases(const QList<qint64>& phaseIds, bool includeArchived);
    void cancelSync();
    void archiveSelected(const QString& reason);
    void runReconcile();
    void markSelectedDriftForResync();

signals:
    void statusMessage(const QString& text);
    void openEventMapVerifierRequested();
    void openEventTypeWizardRequested();
    void openSettingsRequested();
    void syncFinished();
    void reconcileFinished();

private:
    void buildUi();
    void applyFilterFromWidgets();
    void updateCounts();
    void updateActions();
    void updateBanner();
    void onSelectionChanged();
    void startBatch(const QList<qint64>& phaseIds, bool includeArchived);
    void onBatchFinished();
    void openTool(sync::SyncErrorAdvice::Tool tool);
    void log(const QString& line);
    void say(const QString& text);
    void archiveInteractive();
    void exportLogInteractive();
    QList<qint64> selectedPhaseIds() const;
    bool confirm(const QString& question);

    DatabaseUrl m_url;
    std::unique_ptr<DatabaseConnection> m_connection; // the engine's, on the GUI thread
    // The watcher's own: PostgreSQL notifications read during another query's results would wait in libpq.
    std::unique_ptr<DatabaseConnection> m_watchConnection;
    QString m_connectionError;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    sync::SyncOptions m_options;
    QPointer<sync::SyncBatch> m_batch;
    QPointer<sync::BookingReconciler> m_reconciler;
    sync::PhaseChangeWatcher* m_watcher = nullptr;
    std::function<bool(const QString&)> m_confirm;
    QString m_lastStatus;
    int m_lastRunFailed = 0;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");

    SyncQueueModel* m_model;
    QTreeView* m_view;
    SyncDetailPane* m_details;
    QLabel* m_banner;
    QComboBox* m_statusFilter;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_service;
    QComboBox* m_staff;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTabWidget* m_tabs;
    QSplitter* m_splitter = nullptr;
    QPlainTextEdit* m_log;
    QTreeWidget* m_driftList;
    QPushButton* m_resyncButton;
    QProgressBar* m_progress;
    QLabel* m_rateLabel;
    QAction* m_retrySelected;
    QAction* m_retryFailed;
    QAction* m_cancel;
    QAction* m_archive;
    QAction* m_reconcile;
    QAction* m_exportLog;
    QAction* m_refresh;
};

} // namespace salon::ui
