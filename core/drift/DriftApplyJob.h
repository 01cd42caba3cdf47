#pragma once

#include "DriftDecision.h"
#include "DriftRepository.h"
#include "common/Job.h"
#include "lifecycle/LifecycleOptions.h"

#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace salon
{
class DatabaseWorker;
} // namespace salon

namespace salon::calcom
{
class CalcomClient;
struct Booking;
} // namespace salon::calcom

namespace salon::drift
{

// Applies the admin's decisions on changes made in Cal.com, one after another (second bookings cancelled
// first, whole-appointment changes last), all under one run id
// (history::RunId kind "drift"): database-only changes (follow, adopt) in one transaction each with their
// audit row; "cancel the whole appointment" and "move the whole appointment" through the lifecycle jobs
// (CancelAppointmentsJob, MoveAppointmentsJob), which audit and recover themselves; a booking moved back or
// a second booking cancelled through the CalcomClient (its RateLimiter paces them), then the phase and the
// audit row. Every write is conditional on what the scan saw, so a rerun after a crash does nothing twice.
// An applied change is settled in DriftItemStore (a whole appointment changed: all of its changes).
// "Put Cal.com back" after a host change runs HostPutBackJob (the lifecycle's re-staff path).
// The database is written in the worker's thread only, so the desktop runs it from the GUI thread.
class DriftApplyJob : public Job
{
    Q_OBJECT
public:
    static inline const QString kRunKind = QStringLiteral("drift");

    // options: actor, runId (empty: a fresh one), timeZone and dryRun are used.
    DriftApplyJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
        QList<DriftDecision> decisions, const lifecycle::LifecycleOptions& options,
        QObject* parent = nullptr);

    const QString& runId() const { return m_options.runId; }
    const QList<DriftOutcome>& outcomes() const { return m_outcomes; }
    int failures() const;

signals:
    // After each decision, in order.
    void applied(const salon::drift::DriftOutcome& outcome);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void next();
    void apply(const DriftDecision& decision);
    void cancelAppointment(const DriftDecision& decision);
    void moveAppointment(const DriftDecision& decision);
    void moveStepBack(const DriftDecision& decision);
    void cancelOther(const DriftDecision& decision);
    void putBackHost(const DriftDecision& decision);
    void conclude(const DriftDecision& decision, DriftOutcome::Result result, const QString& message);
    void record(const DriftDecision& decision, DriftOutcome::Result result, const QString& message);
    QString planText(const DriftDecision& decision) const;
    using Write = std::function<Expected<Done, QString>(DriftRepository&, QSqlDatabase&)>;
    // Runs write in the worker's thread with a repository under this run's id, then done here.
    void inWorker(Write write, std::function<void(Expected<Done, QString>)> done);

    DatabaseWorker* m_worker = nullptr;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QList<DriftDecision> m_decisions;
    lifecycle::LifecycleOptions m_options;
    QList<DriftOutcome> m_outcomes;
    QSet<qint64> m_appointmentsDone; // cancelled or moved by this run: later items of theirs are moot
    QPointer<Job> m_current;
    qsizetype m_index = 0;
};

} // namespace salon::drift

Q_DECLARE_METATYPE(salon::drift::DriftOutcome)
