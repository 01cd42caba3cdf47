#pragma once

#include "ChangePlan.h"
#include "LifecycleRecords.h"
#include "LifecycleReport.h"
#include "StepRunner.h"

#include <QObject>
#include <QPointer>

namespace salon::lifecycle
{

// Carries out one appointment's change - a new one from a checked plan, or a recorded one left unfinished
// by a crash or a transient failure - step by step:
//  - the operation and all its steps are recorded before the first request;
//  - steps run one after another in their recorded order;
//  - when a step of a move or re-staff fails, the steps already done are put back (undo steps, recorded
//    like the others), so the appointment is whole at its old time and staff;
//  - when a step cannot be finished now (no clear answer), the run stops and leaves the operation owed;
//    the next run resumes it from the recorded state (settling the unclear step first).
// Cancels go on with the other steps when one is owed; the appointment is cancelled in the database from
// the start.
class AppointmentChangeRun : public QObject
{
    Q_OBJECT
public:
    // context.db and context.client must outlive the run; claimToken holds the operation while it runs.
    AppointmentChangeRun(StepRunner::Context context, QString claimToken, QObject* parent = nullptr);
    ~AppointmentChangeRun() override;

    void startNew(const ChangePlan& plan);
    void resume(qint64 operationId);
    // No further requests: a move or re-staff with done steps puts them back; a cancel leaves the rest owed.
    void stop();

    bool isFinished() const { return m_finished; }
    const AppointmentOutcome& outcome() const { return m_outcome; }

signals:
    void progress(const salon::lifecycle::StepProgress& progress);
    void finished();

private:
    void runNext();
    void onStepFinished(StepRunner* runner);
    void beginUndo(const QString& why);
    QList<LifecycleStep> undoSteps() const;
    void close(OperationState state, AppointmentOutcome::Result result, const QString& message,
        const QString& nextStep = {});
    void release(AppointmentOutcome::Result result, const QString& message, const QString& nextStep);
    void finish(AppointmentOutcome::Result result, const QString& message, const QString& nextStep = {});
    bool undoesOnFailure() const
    {
        return m_op.kind == OperationKind::Move || m_op.kind == OperationKind::Restaff;
    }

    StepRunner::Context m_ctx;
    QString m_token;
    LifecycleOperation m_op;
    AppointmentOutcome m_outcome;
    QPointer<StepRunner> m_runner;
    QStringList m_failures; // steps that could not be done (or put back)
    bool m_owed = false;
    bool m_stopped = false;
    bool m_finished = false;
};

} // namespace salon::lifecycle
