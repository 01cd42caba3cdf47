#include "DriftApplyJob.h"

#include "DriftItemStore.h"
#include "HostPutBackJob.h"
#include "calcom/CalcomClient.h"
#include "calcom/RescheduleInput.h"
#include "db/DatabaseWorker.h"
#include "history/RunId.h"
#include "lifecycle/CancelAppointmentsJob.h"
#include "lifecycle/MoveAppointmentsJob.h"
#include "sync/PhaseRepository.h"

#include <QTimer>

#include <algorithm>

namespace salon::drift
{

using sync::BookingDrift;
using Result = DriftOutcome::Result;

namespace
{
lifecycle::LifecycleOptions withRunId(lifecycle::LifecycleOptions options)
{
    if (options.runId.isEmpty())
        options.runId = history::RunId::create(DriftApplyJob::kRunKind);
    return options;
}

// Cancelling a second booking frees its time first; changes of whole appointments come last, when the
// database-only ones and the bookings they would collide with are settled.
int orderOf(DriftChoice choice)
{
    switch (choice) {
    case DriftChoice::CancelOther:
        return 0;
    case DriftChoice::Adopt:
    case DriftChoice::FollowCalcom:
    case DriftChoice::BookAgain:
        return 1;
    case DriftChoice::MoveStepBack:
    case DriftChoice::PutBackHost:
        return 2;
    case DriftChoice::MoveAppointment:
    case DriftChoice::CancelAppointment:
        return 3;
    }
    return 3;
}

QList<DriftDecision> inOrder(QList<DriftDecision> decisions)
{
    std::stable_sort(decisions.begin(), decisions.end(),
        [](const DriftDecision& a, const DriftDecision& b) { return orderOf(a.choice) < orderOf(b.choice); });
    return decisions;
}

QString lifecycleMessage(const lifecycle::LifecycleJob& job)
{
    if (job.report().appointments.isEmpty())
        return job.hasError() ? job.errorString() : QString();
    const lifecycle::AppointmentOutcome& o = job.report().appointments.first();
    return o.nextStep.isEmpty() ? o.message : o.message + QStringLiteral(" ") + o.nextStep;
}
} // namespace

DriftApplyJob::DriftApplyJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    QList<DriftDecision> decisions, const lifecycle::LifecycleOptions& options, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_teamId(teamId)
    , m_decisions(inOrder(std::move(decisions)))
    , m_options(withRunId(options))
{
}

void DriftApplyJob::inWorker(Write write, std::function<void(Expected<Done, QString>)> done)
{
    const QString actor = m_options.actor;
    const QString runId = m_options.runId;
    m_worker->post<Expected<Done, QString>>(
        [write = std::move(write), actor, runId](QSqlDatabase& db) {
            DriftRepository repository(db, actor, runId);
            return write(repository, db);
        },
        this, std::move(done));
}

int DriftApplyJob::failures() const
{
    int n = 0;
    for (const DriftOutcome& o : m_outcomes)
        n += o.isOk() ? 0 : 1;
    return n;
}

void DriftApplyJob::doStart()
{
    setProgress(0, int(m_decisions.size()));
    next();
}

void DriftApplyJob::doCancel()
{
    // The running step finishes (a lifecycle job puts its half-done work back); nothing new starts.
    if (m_current)
        m_current->cancel();
}

void DriftApplyJob::next()
{
    if (isCancelRequested()) {
        finishWithError(tr("Stopped after %1 of %2 changes.").arg(m_outcomes.size()).arg(m_decisions.size()));
        return;
    }
    if (m_index >= m_decisions.size()) {
        finishOk();
        return;
    }
    apply(m_decisions[m_index]);
}

void DriftApplyJob::conclude(const DriftDecision& decision, Result result, const QString& message)
{
    if (result != Result::Applied) {
        record(decision, result, message);
        return;
    }
    // Settled: the stored change (and, after a change of the whole appointment, its other ones) is gone.
    const bool whole = decision.choice == DriftChoice::CancelAppointment
        || decision.choice == DriftChoice::MoveAppointment;
    const QString key = decision.item.key();
    const qint64 appointmentId = decision.item.finding.appointmentId;
    m_worker->post<Expected<Done, QString>>(
        [key, appointmentId, whole](QSqlDatabase& db) {
            DriftItemStore store(db);
            return whole ? store.settleAppointment(appointmentId) : store.settle(key);
        },
        this,
        [this, decision, message](Expected<Done, QString> settled) {
            record(decision, Result::Applied,
                settled ? message : message + QStringLiteral(" (") + settled.error() + QLatin1Char(')'));
        });
}

void DriftApplyJob::record(const DriftDecision& decision, Result result, const QString& message)
{
    DriftOutcome o { decision, result, message };
    m_outcomes.append(o);
    ++m_index;
    setProgress(int(m_index), int(m_decisions.size()));
    emit applied(o);
    // From the event loop: a long list of database-only changes does not recurse.
    QTimer::singleShot(0, this, [this] { next(); });
}

QString DriftApplyJob::planText(const DriftDecision& d) const
{
    return tr("would %1").arg(DriftChoices::label(d.choice));
}

void DriftApplyJob::apply(const DriftDecision& d)
{
    const DriftItem& item = d.item;
    if (!item.proposal.choices.contains(d.choice)) {
        conclude(d, Result::Skipped,
            tr("\"%1\" is not offered for this change (%2).")
                .arg(DriftChoices::name(d.choice), item.proposal.reason));
        return;
    }
    if (m_appointmentsDone.contains(item.finding.appointmentId)) {
        conclude(d, Result::Skipped,
            tr("Appointment %1 was already changed as a whole by this run.").arg(item.finding.appointmentId));
        return;
    }
    if (m_options.dryRun) {
        conclude(d, Result::Planned, planText(d));
        return;
    }
    const qint64 phaseId = item.finding.phaseId;
    switch (d.choice) {
    case DriftChoice::CancelAppointment:
        cancelAppointment(d);
        return;
    case DriftChoice::MoveAppointment:
        moveAppointment(d);
        return;
    case DriftChoice::MoveStepBack:
        moveStepBack(d);
        return;
    case DriftChoice::CancelOther:
        cancelOther(d);
        return;
    case DriftChoice::PutBackHost:
        putBackHost(d);
        return;
    case DriftChoice::BookAgain:
        inWorker(
            [phaseId, actor = m_options.actor, runId = m_options.runId](DriftRepository&, QSqlDatabase& db) {
                sync::PhaseRepository phases(db, actor);
                phases.setRunId(runId);
                return phases.markForResync(phaseId, tr("Cancelled in Cal.com; to be booked again."));
            },
            [this, d, phaseId](Expected<Done, QString> done) {
                conclude(d, done ? Result::Applied : Result::Failed,
                    done ? tr("phase %1 will be booked again by the next sync").arg(phaseId) : done.error());
            });
        return;
    case DriftChoice::Adopt:
        inWorker(
            [phaseId, item](DriftRepository& repository, QSqlDatabase&) {
                return repository.adopt(phaseId, item.liveBookingId, item.liveBookingUid);
            },
            [this, d, phaseId](Expected<Done, QString> done) {
                conclude(d, done ? Result::Applied : Result::Failed,
                    done ? tr("phase %1 now stores booking %2").arg(phaseId).arg(d.item.liveBookingUid)
                         : done.error());
            });
        return;
    case DriftChoice::FollowCalcom:
        inWorker(
            [phaseId, item](DriftRepository& repository, QSqlDatabase&) {
                return item.finding.kind == BookingDrift::Kind::HostChanged
                    ? repository.followHost(phaseId, item.finding.bookingUid, item.followStaffId)
                    : repository.followBooking(phaseId, item.finding.bookingUid, item.liveBookingId,
                        item.liveBookingUid, item.liveStart, item.liveEnd,
                        QStringLiteral("phase.followed_calcom"));
            },
            [this, d, phaseId](Expected<Done, QString> done) {
                conclude(d, done ? Result::Applied : Result::Failed,
                    done ? tr("phase %1 follows Cal.com now (booking %2)")
                               .arg(phaseId)
                               .arg(d.item.liveBookingUid)
                         : done.error());
            });
        return;
    }
}

void DriftApplyJob::cancelAppointment(const DriftDecision& d)
{
    const qint64 appointmentId = d.item.finding.appointmentId;
    auto* job = new lifecycle::CancelAppointmentsJob(m_worker, m_client, m_teamId, { appointmentId },
        tr("A step was cancelled in Cal.com."), m_options, this);
    m_current = job;
    connect(job, &Job::finished, this, [this, job, d, appointmentId] {
        const bool ok = !job->hasError() && job->report().allOk();
        if (ok)
            m_appointmentsDone.insert(appointmentId);
        conclude(d, ok ? Result::Applied : Result::Failed,
            ok ? tr("appointment %1 cancelled (%2)").arg(appointmentId).arg(job->report().summary())
               : lifecycleMessage(*job));
    });
    job->start();
}

void DriftApplyJob::moveAppointment(const DriftDecision& d)
{
    const DriftItem& item = d.item;
    auto move = [this, d] {
        const qint64 appointmentId = d.item.finding.appointmentId;
        auto* job = new lifecycle::MoveAppointmentsJob(
            m_worker, m_client, m_teamId, { { appointmentId, d.item.moveAppointmentTo } }, m_options, this);
        m_current = job;
        connect(job, &Job::finished, this, [this, job, d, appointmentId] {
            const bool ok = !job->hasError() && job->report().allOk();
            if (ok)
                m_appointmentsDone.insert(appointmentId);
            conclude(d, ok ? Result::Applied : Result::Failed,
                ok ? tr("appointment %1 moved to %2")
                         .arg(appointmentId)
                         .arg(d.item.moveAppointmentTo.toString(Qt::ISODate))
                   : lifecycleMessage(*job));
        });
        job->start();
    };
    if (item.liveBookingUid == item.finding.bookingUid) {
        move();
        return;
    }
    // The phase points at the moved booking first, so the move reschedules that one (onto its own time)
    // and every other step by the same offset.
    inWorker(
        [item](DriftRepository& repository, QSqlDatabase&) {
            return repository.followBooking(item.finding.phaseId, item.finding.bookingUid, item.liveBookingId,
                item.liveBookingUid, {}, {}, QStringLiteral("phase.followed_calcom"));
        },
        [this, d, move](Expected<Done, QString> stored) {
            if (!stored) {
                conclude(d, Result::Failed, stored.error());
                return;
            }
            move();
        });
}

void DriftApplyJob::putBackHost(const DriftDecision& d)
{
    const DriftItem& item = d.item;
    auto* job = new HostPutBackJob(m_worker, m_client, m_teamId, item.finding.phaseId,
        item.finding.bookingUid, item.followStaffId, m_options, this);
    m_current = job;
    connect(job, &Job::finished, this, [this, job, d] {
        const bool ok = !job->hasError() && job->report().allOk();
        conclude(d, ok ? Result::Applied : Result::Failed,
            ok ? tr("phase %1 is booked with its own staff member again (booking %2 cancelled)")
                     .arg(d.item.finding.phaseId)
                     .arg(d.item.finding.bookingUid)
               : lifecycleMessage(*job));
    });
    job->start();
}

void DriftApplyJob::moveStepBack(const DriftDecision& d)
{
    const DriftItem& item = d.item;
    calcom::RescheduleInput input;
    input.start = item.finding.expectedStart.toUTC();
    input.reschedulingReason = tr("Moved back to the salon's time for this step.");
    auto* reply = m_client->rescheduleBooking(item.liveBookingUid, input);
    m_current = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, d] {
        if (reply->hasError()) {
            conclude(d, Result::Failed,
                tr("Cal.com refused to move booking %1 back: %2")
                    .arg(d.item.liveBookingUid, reply->error().userMessage()));
            return;
        }
        const calcom::Booking fresh = reply->result();
        inWorker(
            [d, fresh](DriftRepository& repository, QSqlDatabase&) {
                return repository.followBooking(d.item.finding.phaseId, d.item.finding.bookingUid, fresh.id,
                    fresh.uid, {}, {}, QStringLiteral("phase.moved_back"));
            },
            [this, d, uid = fresh.uid](Expected<Done, QString> stored) {
                conclude(d, stored ? Result::Applied : Result::Failed,
                    stored ? tr("booking moved back to %1 (new booking %2)")
                                 .arg(d.item.finding.expectedStart.toUTC().toString(Qt::ISODate), uid)
                           : stored.error());
            });
    });
}

void DriftApplyJob::cancelOther(const DriftDecision& d)
{
    auto* reply = m_client->cancelBooking(
        d.item.liveBookingUid, tr("Booked twice: the salon keeps the other booking of this step."));
    m_current = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, d] {
        if (reply->hasError()) {
            conclude(d, Result::Failed,
                tr("Cal.com refused to cancel booking %1: %2")
                    .arg(d.item.liveBookingUid, reply->error().userMessage()));
            return;
        }
        inWorker(
            [d](DriftRepository& repository, QSqlDatabase&) {
                return repository.recordCalcomChange(QStringLiteral("phase.duplicate_cancelled"),
                    d.item.finding.phaseId, { { QStringLiteral("calcomBookingUid"), d.item.liveBookingUid } },
                    { { QStringLiteral("keptBookingUid"), d.item.finding.bookingUid } });
            },
            [this, d](Expected<Done, QString> stored) {
                conclude(d, stored ? Result::Applied : Result::Failed,
                    stored ? tr("booking %1 cancelled, %2 kept")
                                 .arg(d.item.liveBookingUid, d.item.finding.bookingUid)
                           : stored.error());
            });
    });
}

} // namespace salon::drift
