#pragma once

#include "PhaseRepository.h"
#include "PhaseResult.h"
#include "SyncOptions.h"
#include "SyncReport.h"
#include "common/Expected.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

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
// through signals, and can be cancelled. Nothing blocks: the GUI thread drives it from its event loop.
// One EventTypeResolver (with its own cache) per batch, so one batch asks Cal.com for the team's event
// types once, and the next batch sees fresh state.
//
//   auto* batch = new SyncBatch(db, client, teamId, options, this);
//   batch->addAppointments({763});
//   connect(batch, &SyncBatch::phaseStageChanged, ...);
//   connect(batch, &SyncBatch::finished, this, [batch] { show(batch->report()); batch->deleteLater(); });
//   batch->start();
class SyncBatch : public QObject
{
    Q_OBJECT
public:
    // db: a connection opened by the thread this batch lives in (usually the GUI thread's or the CLI's).
    SyncBatch(QSqlDatabase db, calcom::CalcomClient* client, qint64 teamId, const SyncOptions& options,
        QObject* parent = nullptr);
    ~SyncBatch() override;

    const SyncOptions& options() const { return m_options; }
    PhaseRepository& repository() { return *m_repository; }
    // The run id of this batch's audit entries (SyncOptions::runId, or a fresh "sync-…").
    QString runId() const { return m_repository->runId(); }

    // Queue phases (duplicates are ignored). Before start() only.
    void addPhases(const QList<qint64>& phaseIds);
    // Every phase of these appointments; returns how many were queued.
    Expected<int, QString> addAppointments(const QList<qint64>& appointmentIds);
    // Failed (not archived) and/or pending phases, plus claims left behind by crashed runs, plus the phases
    // other runs hold right now: those end as Busy, so a run never reports "nothing to do" while work is
    // held elsewhere.
    Expected<int, QString> addOutstanding(bool includePending, bool includeFailed);
    QList<qint64> phaseIds() const { return m_phaseIds; }

    void start();
    // Queued phases end as cancelled, running ones stop before their next POST; finished() follows.
    void cancel();
    // The run's own error (report().runError): set when a phase hit a cause every phase shares.
    QString runError() const { return m_report.runError; }

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_report.cancelled; }
    int total() const { return int(m_phaseIds.size()); }
    int doneCount() const { return int(m_report.phases.size()); }
    PhaseStage stageOf(qint64 phaseId) const { return m_stages.value(phaseId, PhaseStage::Queued); }
    const SyncReport& report() const { return m_report; }

    // Blocks in a local event loop until finished(). FOR THE CLI AND TESTS ONLY, never in the GUI.
    bool waitForFinished(int timeoutMs = -1);

signals:
    void phaseStageChanged(qint64 phaseId, salon::sync::PhaseStage stage, const QString& message);
    // Once per phase; a phase this run booked and cancelled again (first booking as one) comes a second
    // time with its final result.
    void phaseFinished(const salon::sync::PhaseResult& result);
    void progress(int done, int total);
    void finished();

private:
    void startNext();
    void onJobFinished(PhaseSyncJob* job);
    void finishIfDone();
    void cancelQueued(const QString& message);

    // Bookable appointments only, and first bookings as one (AppointmentBookingCheck); then startNext().
    void checkAppointments();
    void onCompensated(const PhaseResult& result);

    SyncOptions m_options;
    std::unique_ptr<PhaseRepository> m_repository;
    QPointer<calcom::CalcomClient> m_client;
    eventmaps::EventTypeResolver* m_resolver;
    QList<qint64> m_phaseIds;
    std::deque<qint64> m_queue;
    QList<PhaseSyncJob*> m_running;
    QHash<qint64, PhaseStage> m_stages;
    SyncReport m_report;
    bool m_started = false;
    bool m_finished = false;
    AppointmentBookingCheck* m_check = nullptr; // while it runs
    BookingCompensation* m_compensation = nullptr;
};

} // namespace salon::sync
