#pragma once

#include "ChangePlan.h"
#include "LifecycleDb.h"
#include "LifecycleOptions.h"
#include "LifecycleReport.h"
#include "StepProgress.h"
#include "calcom/CalcomClient.h"
#include "common/Expected.h"
#include "common/Job.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <memory>

namespace salon::lifecycle
{

class AppointmentChangeRun;
class ChangePlanner;
class EventTypeLookup;
class SlotCache;

// The shape every lifecycle operation shares (cancel, move, re-staff, sick day, finish owed work):
//  1. finish (or roll back) unfinished changes that earlier runs left owed (a crash, Cal.com unreachable);
//  2. select the appointments and read them (one DatabaseWorker job);
//  3. draft each appointment's plan and check it against Cal.com (ChangePlanner): planned() per appointment,
//     before anything changes - a dry run stops here;
//  4. run the plans that can run, options.concurrency appointments at a time, each all or nothing
//     (AppointmentChangeRun): stepProgress() as steps go, appointmentFinished() per appointment;
//  5. finished(): report() says what happened, with the next step for each problem.
// All database work goes through the DatabaseWorker; no SQL on the caller's thread. cancel() sends nothing
// more: a move or re-staff with done steps puts them back.
class LifecycleJob : public Job
{
    Q_OBJECT
public:
    ~LifecycleJob() override;

    const LifecycleOptions& options() const { return m_options; }
    const LifecycleReport& report() const { return m_report; }
    // audit_log.run_id of this job's entries (set when it starts).
    QString runId() const { return m_options.runId; }
    const QList<ChangePlan>& plans() const { return m_plans; }

signals:
    void planned(const salon::lifecycle::ChangePlan& plan);
    void stepProgress(const salon::lifecycle::StepProgress& progress);
    void appointmentFinished(const salon::lifecycle::AppointmentOutcome& outcome);

protected:
    struct Selection {
        QList<qint64> appointments;
        QStringList extraStaffIds; // staff steps are handed to
    };

    LifecycleJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
        const LifecycleOptions& options, QObject* parent);

    // Runs on the database thread: which appointments this job changes.
    virtual Expected<Selection, QString> select(LifecycleDb::Access& db) const = 0;
    virtual ChangePlan draft(const AppointmentSnapshot& snapshot) const = 0;
    // Sent to Cal.com with cancels and reschedules.
    virtual QString reason() const { return {}; }
    // What the admin does about a refused plan of this kind.
    virtual QString nextStepForBlockers(const ChangePlan& plan) const;
    // FinishOwedWorkJob: only step 1.
    virtual bool plansChanges() const { return true; }
    // The kind of run id this job's audit entries get ("cancel", "move", "restaff", "finish").
    virtual QString runKind() const = 0;

    void doStart() override;
    void doCancel() override;

    calcom::CalcomClient* client() const { return m_client; }

private:
    void finishOwedWork();
    void resumeNext();
    void readAndPlan();
    void onChecked(const QList<ChangePlan>& plans);
    void runNext();
    void onRunFinished(AppointmentChangeRun* run, bool resumed);
    void done();

    std::unique_ptr<LifecycleDb> m_db;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    LifecycleOptions m_options;
    QString m_token;
    LifecycleReport m_report;
    QList<ChangePlan> m_plans;
    QHash<qint64, AppointmentSnapshot> m_snapshots;
    std::deque<qint64> m_owedQueue;
    std::deque<ChangePlan> m_runQueue;
    QList<AppointmentChangeRun*> m_running;
    EventTypeLookup* m_eventTypes = nullptr;
    SlotCache* m_slots = nullptr;
    ChangePlanner* m_planner = nullptr;
    int m_total = 0;
    bool m_planning = true;
};

} // namespace salon::lifecycle
