#pragma once

#include "core/calcom/CalcomClient.h"
#include "core/sync/BookingDrift.h"
#include "core/sync/BookingReconciler.h"
#include "core/sync/PhaseResult.h"
#include "core/sync/SyncBatch.h"
#include "core/sync/SyncOptions.h"
#include "core/sync/SyncReport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

namespace salon
{
class DatabaseSession;
} // namespace salon

namespace salon::ui
{

class SyncQueueModel;

// Drives the sync console's core work (as EventTypeWizardController drives the wizard's): retry runs of
// core's SyncBatch with live stages on the model, the reconcile pass, archiving and marking drift for a new
// sync. The widget shows state and forwards intent; nothing here waits. The engine runs its statements
// on the session's database worker, like everything else the console does.
class SyncConsoleController : public QObject
{
    Q_OBJECT
public:
    SyncConsoleController(DatabaseSession* session, SyncQueueModel* model, QObject* parent = nullptr);
    ~SyncConsoleController() override;

    // The Cal.com connection (not owned) and team; without a client, retry and reconcile are refused.
    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    calcom::CalcomClient* client() const { return m_client; }
    bool canSync() const { return m_client && m_teamId > 0; }
    void setActor(const QString& actor) { m_options.actor = actor; }
    QString actor() const { return m_options.actor; }

    bool isSyncing() const { return m_batch != nullptr; }
    bool isReconciling() const { return m_reconciler != nullptr; }
    sync::SyncBatch* currentBatch() const { return m_batch; }
    // Failed phases of the last run (0 before the first).
    int lastRunFailed() const { return m_lastRunFailed; }

    void retryPhases(const QList<qint64>& phaseIds, bool includeArchived);
    // Every failed phase (read in the worker), then a run.
    void retryAllFailed();
    void cancelSync();
    void archive(const QList<qint64>& failedPhaseIds, const QString& reason);
    // Compares the phases synced in [from, to) with Cal.com.
    void reconcile(const QDateTime& from, const QDateTime& to);
    // Marks confirmed drift (cancelled or missing bookings) to be booked again by the next sync.
    void markForResync(const QList<qint64>& phaseIds);

signals:
    // A line for the console's log.
    void logged(const QString& line);
    // A short text for the status bar (failures said loudly).
    void said(const QString& text);
    void syncStarted(int phases);
    void syncProgress(int done, int total);
    void syncFinished(const salon::sync::SyncReport& report);
    void reconcileFinished(const QList<salon::sync::BookingDrift>& drift, const QString& error, int checked);
    // Something the console's actions depend on changed.
    void stateChanged();

private:
    DatabaseSession* m_session;
    SyncQueueModel* m_model;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    sync::SyncOptions m_options;
    QPointer<sync::SyncBatch> m_batch;
    QPointer<sync::BookingReconciler> m_reconciler;
    int m_lastRunFailed = 0;
};

} // namespace salon::ui
