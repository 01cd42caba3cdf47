#include "MoveUndo.h"

#include "core/lifecycle/LifecycleJob.h"
#include "ui/DateTimeText.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"

#include <algorithm>

namespace salon::ui
{

using lifecycle::AppointmentOutcome;
using lifecycle::Availability;

MoveUndo::MoveUndo(LifecycleJobBuilder* jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(jobs, &LifecycleJobBuilder::appointmentMoved, this, &MoveUndo::onMoved);
}

void MoveUndo::onMoved(qint64 appointmentId, const QDateTime& from, const QDateTime& to)
{
    if (m_running)
        return; // the move back itself: not a new move to undo
    m_last = Move { appointmentId, from.toUTC(), to.toUTC() };
    emit moved(*m_last);
    emit availableChanged(true);
}

QString MoveUndo::when(const QDateTime& time) const
{
    return DateTimeText::dateTime(time, m_jobs ? m_jobs->timeZone() : QTimeZone::utc());
}

QString MoveUndo::describe() const
{
    if (!m_last)
        return {};
    return tr("Move appointment %1 back to %2").arg(m_last->appointmentId).arg(when(m_last->from));
}

bool MoveUndo::undo()
{
    if (!canUndo() || !m_jobs || !m_jobs->isReady())
        return false;
    const Move move = *m_last;
    lifecycle::LifecycleJob* job = m_jobs->move(move.appointmentId, move.from, false);
    m_running = true;
    emit availableChanged(false);
    connect(job, &Job::finished, this, [this, job, move] {
        m_running = false;
        const lifecycle::LifecycleReport& report = job->report();
        const AppointmentOutcome* outcome
            = report.appointments.isEmpty() ? nullptr : &report.appointments.first();
        bool ok = false;
        QString message;
        if (job->hasError()) {
            message = tr("Could not move appointment %1 back: %2")
                          .arg(move.appointmentId)
                          .arg(job->errorString());
        } else if (outcome && outcome->result == AppointmentOutcome::Result::Done) {
            ok = true;
            message = tr("Appointment %1 is back at %2, in Cal.com too.")
                          .arg(move.appointmentId)
                          .arg(when(move.from));
        } else if (outcome && outcome->result == AppointmentOutcome::Result::NothingToDo) {
            ok = true;
            message = tr("Appointment %1 is at %2 already.").arg(move.appointmentId).arg(when(move.from));
        } else if (outcome && outcome->result == AppointmentOutcome::Result::Refused) {
            const bool busy = std::any_of(outcome->plan.steps.cbegin(), outcome->plan.steps.cend(),
                [](const lifecycle::PlannedStep& s) { return s.availability == Availability::Busy; });
            const QString zone = m_jobs ? QString::fromLatin1(m_jobs->timeZone().id()) : QString();
            message = busy ? tr("The old time %1 is no longer free, so appointment %2 stays where it is; "
                                "nothing changed (%3).")
                                 .arg(when(move.from))
                                 .arg(move.appointmentId)
                                 .arg(outcome->plan.blockerLines(zone).join(QStringLiteral("; ")))
                           : tr("Appointment %1 could not be moved back; nothing changed. %2")
                                 .arg(move.appointmentId)
                                 .arg(outcome->message);
        } else if (outcome) {
            message = tr("Moving appointment %1 back did not finish: %2 %3")
                          .arg(move.appointmentId)
                          .arg(outcome->message, outcome->nextStep);
        } else {
            message = tr("Appointment %1 could not be moved back.").arg(move.appointmentId);
        }
        // Done: nothing left to undo; refused: the same undo may work once the time is free again.
        if (ok)
            m_last.reset();
        emit availableChanged(canUndo());
        emit undone(ok, message.trimmed());
    });
    job->start();
    return true;
}

} // namespace salon::ui
