#pragma once

#include "PhaseRepository.h"
#include "PhaseResult.h"
#include "SyncDb.h"
#include "SyncOptions.h"
#include "SyncReport.h"
#include "common/Expected.h"
#include "common/Job.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

namespace salon::calcom
{
class CalcomClient;
}
namespace salon::eventmaps
{
class EventTypeResolver;
}

namespace salon::sync
{

class AppointmentBookingCheck;
class BookingCompensation;
class PhaseSyncJob;

// A queue of phase syncs (Nextcloud's propagator, small): runs up to options.concurrency PhaseSyncJobs at
// once, the client's shared RateLimiter paces their requests, reports each phase's stage and the progress
// through signals (progress(done, total) of salon::Job), and can be cancelled (Job::cancel()). Nothing
// blocks and no SQL runs on the batch's thread: every database step is a job on the DatabaseWorker. One
// EventTypeResolver (with its own cache) per batch, so one batch asks Cal.com for the team's event types
// once, and the next batch sees fresh state. The creator owns the batch (auto-delete is off): its report
// is read after finished().
//
//   auto* batch = new SyncBatch(worker, client, teamId, options, this);
//   batch->addPhases(ids);
//   connect(batch, &SyncBatch::phaseStageChanged, ...);
//   connect(batch, &Job::finished, this, [batch] { show(batch->report()); batch->deleteLater(); });
//   batch->start();
//
// The run's outcome is report() (a cause every phase shares is report().runError); hasError() stays false.
class SyncBatch : public Job
{
    Q_OBJECT
public:
    // worker: the thread and connection every statement of the batch runs on (not owned).
    SyncBatch(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, const SyncOptions& options,
        QObject* parent = nullptr);
    ~SyncBatch() override;

    const SyncOptions& options() const { return m_options; }
    // The run id of this batch's audit entries (SyncOptions::runId, or a fresh "sync-…").
    QString runId() const { return m_db.runId(); }

    // Queue phases (duplicates are ignored). Before start() only.
    void addPhases(const QList<qint64>& phaseIds);
    // Every phase of these appointments; returns how many were queued. Waits for the worker: FOR THE CLI
    // AND TESTS ONLY (the console queues the ids its lists read).
    Expected<int, QString> addAppointments(const QList<qint64>& appointmentIds);
    // Failed (not archived) and/or pending phases, plus claims left behind by crashed runs, plus the phases
    // other runs hold right now: those end as Busy, so a run never reports "nothing to do" while work is
    // held elsewhere. Waits for the worker: FOR THE CLI AND TESTS ONLY.
    Expected<int, QString> addOutstanding(bool includePending, bool includeFailed);
    QList<qint64> phaseIds() const { return m_phaseIds; }

    // The run's own error (report().runError): set when a phase hit a cause every phase shares.
    QString runError() const { return m_report.runError; }

    bool isCancelled() const { return m_report.cancelled; }
    int total() const { return int(m_phaseIds.size()); }
    int doneCount() const { return int(m_report.phases.size()); }
    PhaseStage stageOf(qint64 phaseId) const { return m_stages.value(phaseId, PhaseStage::Queued); }
    const SyncReport& report() const { return m_report; }

signals:
    void phaseStageChanged(qint64 phaseId, salon::sync::PhaseStage stage, const QString& message);
    // Once per phase; a phase this run booked and cancelled again (first booking as one) comes a second
    // time with its final result.
    void phaseFinished(const salon::sync::PhaseResult& result);

protected:
    // Queued phases end as cancelled, running ones stop before their next POST (a POST already sent is
    // answered and stored), claims go back; finished() follows.
    void doStart() override;
    void doCancel() override;

private:
    void startNext();
    void onJobFinished(PhaseSyncJob* job);
    void finishIfDone();
    void cancelQueued(const QString& message);
    void updateProgress() { setProgress(doneCount(), total()); }

    // Bookable appointments only, and first bookings as one (AppointmentBookingCheck); then startNext().
    void checkAppointments();
    void onCompensated(const PhaseResult& result);

    SyncOptions m_options;
    SyncDb m_db;
    QPointer<calcom::CalcomClient> m_client;
    eventmaps::EventTypeResolver* m_resolver;
    QList<qint64> m_phaseIds;
    std::deque<qint64> m_queue;
    QList<PhaseSyncJob*> m_running;
    QHash<qint64, PhaseStage> m_stages;
    SyncReport m_report;
    bool m_begun = false; // doStart() or doCancel() ran: the batch can finish
    AppointmentBookingCheck* m_check = nullptr; // while it runs
    BookingCompensation* m_compensation = nullptr;
};

} // namespace salon::sync
