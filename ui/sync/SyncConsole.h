#pragma once

#include "core/sync/BookingDrift.h"
#include "core/sync/SyncErrorAdvice.h"
#include "core/sync/SyncQueueFilter.h"

#include <QDate>
#include <QScopedPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QTimer;

namespace Ui
{
class SyncConsole;
}
namespace salon
{
class DatabaseSession;
}
namespace salon::calcom
{
class CalcomClient;
}

namespace salon::ui
{

class AppointmentLifecycleActions;
class LifecycleJobBuilder;
class SyncConsoleController;
class SyncConsoleToolBar;
class SyncQueueModel;

// The sync console page: appointments with failed, pending or syncing phases (filters by status with
// counts, date range, service, staff, text), each expandable to its phases with status icon, booking,
// attempts and last error. Retry selected / retry all failed run a core SyncBatch (SyncConsoleController)
// with live per-phase status, a progress bar and cancel; while Cal.com's rate limit holds requests back,
// the queue shows "waiting N s" and the remaining budget. Failures are said loudly (banner and status
// bar). A known-benign failure can be archived with a reason; the reconcile pass lists drift, and acting
// on it needs confirmation. Errors that need another tool link to it through signals the main window
// connects. Status is live across instances (the session's ChangeWatcher). The form is SyncConsole.ui;
// tests find its parts by object name ("queueView", "banner", "retrySelectedAction", ...).
class SyncConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SyncConsole(DatabaseSession* session, QWidget* parent = nullptr);
    ~SyncConsole() override;

    // The Cal.com connection (not owned) and team; without a client, retry and reconcile are disabled.
    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor);
    // Adds Cancel appointment…, Move… and Change staff… for the selected appointment (jobs: not owned).
    void setLifecycle(LifecycleJobBuilder* jobs);
    AppointmentLifecycleActions* lifecycleActions() const { return m_lifecycle; }
    // How a question to the admin is asked (tests answer it themselves); default: a message box.
    void setConfirmHandler(std::function<bool(const QString& question)> handler)
    {
        m_confirm = std::move(handler);
    }

    SyncQueueModel* model() const { return m_model; }
    SyncConsoleController* controller() const { return m_controller; }
    bool isSyncing() const;
    bool isWatching() const;
    QString logText() const;
    bool exportLogTo(const QString& path, QString* error = nullptr);
    // What the status bar was last told.
    QString lastStatus() const { return m_lastStatus; }

    // Another part of the console beside Details, Log and Drift (the "Changed in Cal.com" tab, ui/drift).
    void addTab(QWidget* page, const QString& title);
    void setTabTitle(QWidget* page, const QString& title);

    void setFilter(const sync::SyncQueueFilter& filter);
    sync::SyncQueueFilter filter() const;

public slots:
    void refresh();
    void retrySelected();
    // Reads the next chunk of appointments when the last loaded one is less than a page below the viewport.
    void loadRowsForViewport();
    void retryAllFailed();
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
    void setUpActions();
    void connectFilters();
    void connectView();
    void applyFilterFromWidgets();
    void updateCounts();
    void updateActions();
    void updateBanner();
    void onSelectionChanged();
    void showDrift(const QList<sync::BookingDrift>& drift, const QString& error);
    // What the last reconcile checked (its period) and found, for the status bar.
    QString reconcileResultText(int differences, int checked) const;
    void openTool(sync::SyncErrorAdvice::Tool tool);
    void log(const QString& line);
    void say(const QString& text);
    void archiveInteractive();
    void exportLogInteractive();
    QList<qint64> selectedPhaseIds() const;
    bool confirm(const QString& question);

    const QScopedPointer<Ui::SyncConsole> m_ui;
    DatabaseSession* m_session;
    SyncQueueModel* m_model;
    SyncConsoleController* m_controller;
    QTimer* m_searchDelay;
    std::function<bool(const QString&)> m_confirm;
    QString m_lastStatus;
    AppointmentLifecycleActions* m_lifecycle = nullptr;
    SyncConsoleToolBar* m_toolBar = nullptr;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
    QDate m_reconcileFirst;
    QDate m_reconcileLast;
};

} // namespace salon::ui
