#include "AppointmentChangeRun.h"

#include "common/Logging.h"
#include "domain/AppointmentStatus.h"

#include <algorithm>

namespace salon::lifecycle
{

namespace
{
LifecycleStep stepFromPlan(const PlannedStep& p, int position)
{
    LifecycleStep s;
    s.phaseId = p.phaseId;
    s.position = position;
    s.action = p.action;
    s.oldBookingId = p.oldBookingId;
    s.oldBookingUid = p.action == StepAction::Update ? QString() : p.oldBookingUid;
    s.oldStaffId = p.oldStaffId;
    s.newStaffId = p.newStaffId;
    s.oldStartsAt = p.oldStart;
    s.oldEndsAt = p.oldEnd;
    s.newStartsAt = p.newStart;
    s.newEndsAt = p.newEnd;
    s.eventTypeId = p.eventTypeId;
    s.oldEventTypeId = p.oldEventTypeId;
    s.lengthMinutes = p.lengthMinutes;
    s.statusAfter = p.statusAfter;
    s.segmentKey = p.segmentKey;
    return s;
}
} // namespace

AppointmentChangeRun::AppointmentChangeRun(StepRunner::Context context, QString claimToken, QObject* parent)
    : QObject(parent)
    , m_ctx(std::move(context))
    , m_token(std::move(claimToken))
{
}

AppointmentChangeRun::~AppointmentChangeRun() = default;

void AppointmentChangeRun::startNew(const ChangePlan& plan)
{
    m_outcome.appointmentId = plan.appointmentId;
    m_outcome.plan = plan;
    LifecycleOperation op;
    op.kind = plan.kind;
    op.appointmentId = plan.appointmentId;
    op.reason = m_ctx.reason;
    op.beforeStartsAt = plan.oldStart;
    op.beforeStatus = plan.status;
    if (plan.kind == OperationKind::Move)
        op.afterStartsAt = plan.newStart;
    if (plan.kind == OperationKind::Cancel)
        op.afterStatus = AppointmentStatus::kCancelled;
    op.claimToken = m_token;
    op.customerName = plan.customerName;
    for (int i = 0; i < plan.steps.size(); ++i)
        op.steps.append(stepFromPlan(plan.steps.at(i), i + 1));
    m_ctx.db->run<Expected<LifecycleOperation, QString>>(
        [op](LifecycleDb::Access& db) { return db.operations.createOperation(op); }, this,
        [this](Expected<LifecycleOperation, QString> created) {
            if (!created) {
                finish(AppointmentOutcome::Result::Refused, created.error());
                return;
            }
            m_op = std::move(created).value();
            for (LifecycleStep& s : m_op.steps)
                s.appointmentId = m_op.appointmentId;
            m_outcome.operationId = m_op.id;
            runNext();
        });
}

void AppointmentChangeRun::resume(qint64 operationId)
{
    const QString token = m_token;
    m_ctx.db->run<Expected<std::optional<LifecycleOperation>, QString>>(
        [operationId, token](
            LifecycleDb::Access& db) -> Expected<std::optional<LifecycleOperation>, QString> {
            auto claimed = db.operations.claimOperation(operationId, token);
            if (!claimed)
                return Unexpected(claimed.error());
            if (!*claimed)
                return std::optional<LifecycleOperation>();
            auto op = db.operations.operation(operationId);
            if (!op)
                return Unexpected(op.error());
            return std::optional<LifecycleOperation>(std::move(op).value());
        },
        this,
        [this, operationId](Expected<std::optional<LifecycleOperation>, QString> loaded) {
            m_outcome.operationId = operationId;
            if (!loaded) {
                finish(AppointmentOutcome::Result::Failed, loaded.error());
                return;
            }
            if (!*loaded) {
                finish(AppointmentOutcome::Result::Refused,
                    tr("Change %1 is being finished by another run right now.").arg(operationId));
                return;
            }
            m_op = std::move(**loaded);
            m_outcome.appointmentId = m_op.appointmentId;
            m_outcome.plan.appointmentId = m_op.appointmentId;
            m_outcome.plan.kind = m_op.kind;
            m_outcome.plan.customerName = m_op.customerName;
            m_outcome.plan.oldStart = m_op.beforeStartsAt;
            m_outcome.plan.newStart = m_op.afterStartsAt.isValid() ? m_op.afterStartsAt : m_op.beforeStartsAt;
            m_ctx.reason = m_op.reason;
            m_ctx.customerName = m_op.customerName;
            m_ctx.customerEmail = m_op.customerEmail;
            qCInfo(lcSync) << "resuming" << toString(m_op.kind) << "change" << m_op.id << "of appointment"
                           << m_op.appointmentId << "(" << toString(m_op.state) << ")";
            // A forward step failed before the undo was recorded: undo first.
            const bool failedForward = std::any_of(m_op.steps.cbegin(), m_op.steps.cend(),
                [](const LifecycleStep& s) { return !s.isUndo() && s.state == StepState::Failed; });
            if (m_op.state == OperationState::Open && undoesOnFailure() && failedForward) {
                beginUndo(m_op.error.isEmpty() ? tr("a step failed before a crash") : m_op.error);
                return;
            }
            runNext();
        });
}

void AppointmentChangeRun::stop()
{
    if (m_finished || m_stopped)
        return;
    m_stopped = true;
    if (m_runner)
        m_runner->stop();
}

void AppointmentChangeRun::runNext()
{
    if (m_finished)
        return;
    const bool undoing = m_op.state == OperationState::Undoing;
    if (m_stopped && !undoing) {
        const bool anyDone = std::any_of(m_op.steps.cbegin(), m_op.steps.cend(), [](const LifecycleStep& s) {
            return s.action != StepAction::Update
                && (s.state == StepState::Done || s.state == StepState::Booked);
        });
        if (undoesOnFailure() && anyDone) {
            beginUndo(tr("stopped by the user"));
            return;
        }
        if (undoesOnFailure()) {
            close(OperationState::Undone, AppointmentOutcome::Result::RolledBack,
                tr("Stopped before anything changed in Cal.com."));
            return;
        }
        release(AppointmentOutcome::Result::Owed, tr("Stopped; the remaining cancellations are owed."),
            tr("Run the command again; it finishes them."));
        return;
    }
    for (int i = 0; i < m_op.steps.size(); ++i) {
        LifecycleStep& step = m_op.steps[i];
        if (step.isFinished() || step.action == StepAction::Update || step.isUndo() != undoing)
            continue;
        auto* runner = new StepRunner(step, m_ctx, this);
        m_runner = runner;
        connect(runner, &StepRunner::progress, this, &AppointmentChangeRun::progress);
        connect(runner, &StepRunner::finished, this, [this, runner] { onStepFinished(runner); });
        runner->start();
        return;
    }
    // Nothing left to send.
    if (m_owed) {
        release(AppointmentOutcome::Result::Owed,
            tr("Some work in Cal.com is owed; the next run finishes it."),
            tr("Run the command again (or any lifecycle command) when Cal.com answers."));
        return;
    }
    if (undoing) {
        if (m_failures.isEmpty())
            close(OperationState::Undone, AppointmentOutcome::Result::RolledBack,
                tr("Put back: the appointment is whole at its old time and staff (%1).").arg(m_op.error));
        else
            close(OperationState::Undone, AppointmentOutcome::Result::Failed,
                tr("Could not put everything back: %1").arg(m_failures.join(QStringLiteral("; "))),
                tr("Check these steps in Cal.com; their phases show where they are now."));
        return;
    }
    if (m_failures.isEmpty())
        close(OperationState::Done, AppointmentOutcome::Result::Done, tr("Done."));
    else
        close(OperationState::Done, AppointmentOutcome::Result::Failed, m_failures.join(QStringLiteral("; ")),
            tr("Check these bookings in Cal.com."));
}

void AppointmentChangeRun::onStepFinished(StepRunner* runner)
{
    runner->deleteLater();
    const LifecycleStep& ran = runner->step();
    auto it = std::find_if(
        m_op.steps.begin(), m_op.steps.end(), [&](const LifecycleStep& s) { return s.id == ran.id; });
    if (it == m_op.steps.end()) {
        finish(AppointmentOutcome::Result::Failed,
            tr("Internal error: step %1 is not part of change %2.").arg(ran.id).arg(m_op.id));
        return;
    }
    StepProgress final;
    final.appointmentId = m_op.appointmentId;
    final.operationId = m_op.id;
    final.stepId = ran.id;
    final.phaseId = ran.phaseId;
    final.segmentKey = ran.segmentKey;
    final.action = ran.action;
    final.undo = ran.isUndo();
    final.message = runner->message();
    final.bookingId = runner->bookingId();
    final.bookingUid = runner->bookingUid();
    final.final = true;
    switch (runner->result()) {
    case StepRunner::Result::Done:
        it->state = StepState::Done;
        if (!runner->bookingUid().isEmpty()) {
            it->newBookingUid = runner->bookingUid();
            it->newBookingId = runner->bookingId();
        }
        final.phase = QStringLiteral("done");
        m_outcome.steps.append(final);
        runNext();
        return;
    case StepRunner::Result::Failed:
        it->state = StepState::Failed;
        if (!runner->bookingUid().isEmpty()) { // a rebook whose new booking exists
            it->newBookingUid = runner->bookingUid();
            it->newBookingId = runner->bookingId();
        }
        final.phase = runner->busy() ? QStringLiteral("busy") : QStringLiteral("failed");
        final.nextStep = runner->busy() ? tr("Choose another time or staff member.") : QString();
        m_outcome.steps.append(final);
        m_failures.append(
            tr("step %1 (phase %2): %3").arg(ran.segmentKey).arg(ran.phaseId).arg(runner->message()));
        if (undoesOnFailure() && !ran.isUndo()) {
            beginUndo(tr("step %1 (phase %2) failed: %3")
                          .arg(ran.segmentKey)
                          .arg(ran.phaseId)
                          .arg(runner->message()));
            return;
        }
        runNext();
        return;
    case StepRunner::Result::Owed:
        final.phase = QStringLiteral("owed");
        final.nextStep = tr("Run the command again when Cal.com answers; it finishes this step.");
        m_outcome.steps.append(final);
        m_owed = true;
        // A move or re-staff does not go past a step whose outcome is unknown; a cancel goes on with the
        // rest.
        if (undoesOnFailure()) {
            release(AppointmentOutcome::Result::Owed,
                tr("Step %1 (phase %2) has no clear answer from Cal.com: %3")
                    .arg(ran.segmentKey)
                    .arg(ran.phaseId)
                    .arg(runner->message()),
                final.nextStep);
            return;
        }
        it->state = StepState::Skipped; // for this run only: the row stays as it was, owed
        runNext();
        return;
    }
}

QList<LifecycleStep> AppointmentChangeRun::undoSteps() const
{
    QList<LifecycleStep> undo;
    for (auto it = m_op.steps.crbegin(); it != m_op.steps.crend(); ++it) {
        const LifecycleStep& f = *it;
        if (f.isUndo() || f.action == StepAction::Update)
            continue;
        LifecycleStep u;
        u.phaseId = f.phaseId;
        u.undoOf = f.id;
        u.segmentKey = f.segmentKey;
        u.appointmentId = f.appointmentId;
        u.oldStaffId = f.newStaffId;
        u.newStaffId = f.oldStaffId;
        u.oldStartsAt = f.newStartsAt;
        u.oldEndsAt = f.newEndsAt;
        u.newStartsAt = f.oldStartsAt;
        u.newEndsAt = f.oldEndsAt;
        if (f.action == StepAction::Reschedule && f.state == StepState::Done) {
            u.action = StepAction::Reschedule;
            u.oldBookingUid = f.newBookingUid;
            u.oldBookingId = f.newBookingId;
        } else if (f.action == StepAction::Rebook && f.state == StepState::Done) {
            // The old booking is cancelled: book the old staff member and time again, then cancel the new.
            u.action = StepAction::Rebook;
            u.oldBookingUid = f.newBookingUid;
            u.oldBookingId = f.newBookingId;
            u.eventTypeId = f.oldEventTypeId;
            u.oldEventTypeId = f.eventTypeId;
            u.lengthMinutes = f.oldEventTypeId == f.eventTypeId ? f.lengthMinutes : 0;
        } else if (f.action == StepAction::Rebook && !f.newBookingUid.isEmpty()) {
            // Booked, old one still live: cancel the new and point the phase back at the old.
            u.action = StepAction::Cancel;
            u.oldBookingUid = f.newBookingUid;
            u.oldBookingId = f.newBookingId;
            u.newBookingUid = f.oldBookingUid;
            u.newBookingId = f.oldBookingId;
            u.statusAfter = QStringLiteral("synced");
        } else {
            continue; // nothing happened in Cal.com for this step
        }
        undo.append(u);
    }
    return undo;
}

void AppointmentChangeRun::beginUndo(const QString& why)
{
    const QList<LifecycleStep> undo = undoSteps();
    qCInfo(lcSync) << "change" << m_op.id << "of appointment" << m_op.appointmentId << "is put back:" << why;
    const LifecycleOperation op = m_op;
    m_ctx.db->run<Expected<QList<LifecycleStep>, QString>>(
        [op, undo, why](LifecycleDb::Access& db) { return db.operations.beginUndo(op, undo, why); }, this,
        [this, why](Expected<QList<LifecycleStep>, QString> added) {
            if (!added) {
                release(AppointmentOutcome::Result::Failed, added.error(), tr("Run the command again."));
                return;
            }
            m_op.state = OperationState::Undoing;
            m_op.error = why;
            for (LifecycleStep& s : m_op.steps)
                if (!s.isUndo() && s.state == StepState::Planned)
                    s.state = StepState::Skipped;
            for (LifecycleStep s : *added) {
                s.appointmentId = m_op.appointmentId;
                m_op.steps.append(s);
            }
            m_failures.clear(); // from here on: what could not be put back
            runNext();
        });
}

void AppointmentChangeRun::close(
    OperationState state, AppointmentOutcome::Result result, const QString& message, const QString& nextStep)
{
    const LifecycleOperation op = m_op;
    const QString error = result == AppointmentOutcome::Result::Done ? QString() : message;
    m_ctx.db->run<Expected<Done, QString>>(
        [op, state, error](
            LifecycleDb::Access& db) { return db.operations.finishOperation(op, state, error); },
        this,
        [this, result, message, nextStep](Expected<Done, QString> r) {
            if (!r)
                finish(AppointmentOutcome::Result::Failed, r.error(), tr("Run the command again."));
            else
                finish(result, message, nextStep);
        });
}

void AppointmentChangeRun::release(
    AppointmentOutcome::Result result, const QString& message, const QString& nextStep)
{
    const qint64 id = m_op.id;
    const QString token = m_token;
    m_ctx.db->run<Expected<Done, QString>>(
        [id, token, message](
            LifecycleDb::Access& db) { return db.operations.releaseOperation(id, token, message); },
        this,
        [this, result, message, nextStep](Expected<Done, QString>) { finish(result, message, nextStep); });
}

void AppointmentChangeRun::finish(
    AppointmentOutcome::Result result, const QString& message, const QString& nextStep)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.result = result;
    m_outcome.message = message;
    m_outcome.nextStep = nextStep;
    QMetaObject::invokeMethod(this, &AppointmentChangeRun::finished, Qt::QueuedConnection);
}

} // namespace salon::lifecycle
