#include "BookingCompensation.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "lifecycle/CompensationJob.h"

namespace salon::sync
{

BookingCompensation::BookingCompensation(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    const SyncOptions& options, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_client(client)
    , m_teamId(teamId)
    , m_options(options)
{
}

void BookingCompensation::phaseFinished(const PhaseResult& result)
{
    const qint64 appointment = result.appointmentId;
    const auto group = m_groups.constFind(appointment);
    if (group == m_groups.constEnd() || !group->contains(result.phaseId))
        return;
    QList<PhaseResult>& done = m_results[appointment];
    done.append(result);
    if (done.size() == group->size())
        compensate(appointment);
}

void BookingCompensation::compensate(qint64 appointmentId)
{
    const QList<PhaseResult> results = m_results.take(appointmentId);
    QList<qint64> booked;
    const PhaseResult* failed = nullptr;
    for (const PhaseResult& r : results) {
        // A step Cal.com booked but the database could not store (bookingId known) is booked: the next sync
        // finds it, so the others stay.
        if (r.stage == PhaseStage::Failed && r.bookingId <= 0 && !failed)
            failed = &r;
        if (r.stage == PhaseStage::Synced && !r.alreadyDone && !r.recovered)
            booked.append(r.phaseId);
    }
    if (!failed || booked.isEmpty() || m_options.dryRun)
        return;
    if (m_options.keepPartialBookings) {
        qCInfo(lcSync) << "appointment" << appointmentId << "is booked partly; kept as asked";
        return;
    }
    const QString reason = tr("Booked and cancelled again: step %1 (phase %2) of appointment %3 could not be "
                              "booked (%4). The next sync "
                              "books the appointment again.")
                               .arg(failed->segmentKey)
                               .arg(failed->phaseId)
                               .arg(appointmentId)
                               .arg(failed->advice ? failed->advice->message : failed->message);
    lifecycle::LifecycleOptions options;
    options.timeZone = m_options.attendeeTimeZone;
    options.attendeeLanguage = m_options.attendeeLanguage;
    options.actor = m_options.actor;
    options.runId = m_runId;
    auto* job = new lifecycle::CompensationJob(
        m_worker, m_client, m_teamId, appointmentId, booked, reason, options, this);
    ++m_running;
    connect(job, &Job::finished, this, [this, job, results, booked, reason] {
        const lifecycle::LifecycleReport report = job->report();
        const bool ok = !job->hasError() && report.allOk();
        for (const PhaseResult& original : results) {
            if (!booked.contains(original.phaseId))
                continue;
            PhaseResult r = original;
            r.stage = PhaseStage::Failed;
            SyncErrorAdvice advice;
            advice.code = QStringLiteral("bookedPartly");
            advice.message = ok
                ? reason
                : tr("Booked, but another step failed, and cancelling this booking again did not "
                     "finish: %1")
                      .arg(job->hasError() ? job->errorString() : report.summary());
            advice.nextStep = ok
                ? tr("Fix the failed step, then sync the appointment again.")
                : tr("Run any lifecycle command (it finishes owed cancellations), or cancel booking %1 "
                     "in Cal.com.")
                      .arg(original.bookingUid);
            r.advice = advice;
            r.message = advice.text();
            emit phaseCompensated(r);
        }
        if (--m_running == 0)
            emit idle();
    });
    job->start();
}

} // namespace salon::sync
