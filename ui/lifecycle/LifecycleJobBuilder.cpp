#include "LifecycleJobBuilder.h"

#include "core/lifecycle/CancelAppointmentsJob.h"
#include "core/lifecycle/MoveAppointmentsJob.h"
#include "core/lifecycle/RestaffJob.h"
#include "core/lifecycle/SickDayJob.h"

namespace salon::ui
{

using namespace salon::lifecycle;

LifecycleJobBuilder::LifecycleJobBuilder(DatabaseWorker* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_zone(QByteArrayLiteral("Europe/Berlin"))
    , m_actor(QStringLiteral("gui"))
{
}

void LifecycleJobBuilder::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    const bool was = isReady();
    m_client = client;
    m_teamId = teamId;
    if (was != isReady())
        emit readyChanged(isReady());
}

void LifecycleJobBuilder::setTimeZone(const QTimeZone& zone)
{
    if (zone.isValid())
        m_zone = zone;
}

void LifecycleJobBuilder::setActor(const QString& actor)
{
    m_actor = actor;
}

LifecycleOptions LifecycleJobBuilder::options(bool dryRun) const
{
    LifecycleOptions o;
    o.timeZone = QString::fromLatin1(m_zone.id());
    o.actor = m_actor;
    o.dryRun = dryRun;
    return o;
}

LifecycleJob* LifecycleJobBuilder::cancel(
    const QList<qint64>& appointmentIds, const QString& reason, bool dryRun)
{
    return new CancelAppointmentsJob(
        m_worker, m_client, m_teamId, appointmentIds, reason, options(dryRun), this);
}

LifecycleJob* LifecycleJobBuilder::move(qint64 appointmentId, const QDateTime& newStart, bool dryRun)
{
    auto* job = new MoveAppointmentsJob(m_worker, m_client, m_teamId,
        { MoveAppointmentsJob::Target { appointmentId, newStart } }, options(dryRun), this);
    if (!dryRun)
        connect(job, &Job::finished, this, [this, job] {
            for (const AppointmentOutcome& outcome : job->report().appointments)
                if (outcome.result == AppointmentOutcome::Result::Done && outcome.plan.oldStart.isValid())
                    emit appointmentMoved(
                        outcome.appointmentId, outcome.plan.oldStart, outcome.plan.newStart);
        });
    return job;
}

LifecycleJob* LifecycleJobBuilder::restaff(
    qint64 appointmentId, const QList<qint64>& phaseIds, const QString& newStaffId, bool dryRun)
{
    return new RestaffJob(m_worker, m_client, m_teamId, phaseIds,
        phaseIds.isEmpty() ? QList<qint64> { appointmentId } : QList<qint64> {}, newStaffId, options(dryRun),
        this);
}

LifecycleJob* LifecycleJobBuilder::sickDay(
    const QString& fromStaffId, const QString& toStaffId, const QDate& day, bool dryRun)
{
    return new SickDayJob(m_worker, m_client, m_teamId, fromStaffId, toStaffId, day, options(dryRun), this);
}

} // namespace salon::ui
