#include "AppointmentBookingCheck.h"

#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/AppointmentStatus.h"
#include "eventmaps/EventTypeResolver.h"
#include "lifecycle/ChangeDrafts.h"
#include "lifecycle/ChangePlanner.h"
#include "lifecycle/EventTypeLookup.h"
#include "lifecycle/SlotCache.h"
#include "lifecycle/SnapshotReader.h"

#include <QSet>
#include <QTimeZone>
#include <QUuid>

namespace salon::sync
{

using namespace salon::lifecycle;

AppointmentBookingCheck::AppointmentBookingCheck(SyncDb* db, calcom::CalcomClient* client,
    eventmaps::EventTypeResolver* resolver, const SyncOptions& options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_resolver(resolver)
    , m_options(options)
{
}

void AppointmentBookingCheck::done()
{
    QMetaObject::invokeMethod(this, &AppointmentBookingCheck::finished, Qt::QueuedConnection);
}

void AppointmentBookingCheck::exclude(
    qint64 phaseId, qint64 appointmentId, PhaseStage stage, const QString& message)
{
    PhaseResult r;
    r.phaseId = phaseId;
    r.appointmentId = appointmentId;
    r.segmentKey = m_phaseInfo.value(phaseId).first;
    r.startsAt = m_phaseInfo.value(phaseId).second;
    r.stage = stage;
    r.message = message;
    m_excluded.insert(phaseId, r);
}

void AppointmentBookingCheck::fail(qint64 phaseId, qint64 appointmentId, const SyncErrorAdvice& advice)
{
    exclude(phaseId, appointmentId, PhaseStage::Failed, advice.text());
    m_excluded[phaseId].advice = advice;
    if (!m_options.dryRun)
        m_failures.append({ phaseId, advice });
}

void AppointmentBookingCheck::recordFailures()
{
    if (m_failures.isEmpty()) {
        done();
        return;
    }
    using Claims = QList<Expected<PhaseRepository::Claim, QString>>;
    const QDateTime staleBefore
        = Clock::instance().nowUtc().addSecs(-qMax(0, m_options.staleClaimAfterSeconds));
    m_db->run<Claims>(
        [failures = m_failures, staleBefore, includeArchived = m_options.includeArchived](
            PhaseRepository& r) {
            Claims claims;
            for (const auto& [phaseId, advice] : failures) {
                const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
                claims.append(r.claim(phaseId, token, staleBefore, includeArchived));
                if (!claims.last() || claims.last()->outcome != PhaseRepository::ClaimOutcome::Claimed)
                    continue;
                auto attempt = r.beginAttempt(phaseId, token, advice.code);
                if (auto stored = r.markFailed(phaseId, token, attempt ? *attempt : 0, advice); !stored)
                    qCWarning(lcSync) << stored.error();
            }
            return claims;
        },
        this,
        [this](Claims claims) {
            for (qsizetype i = 0; i < claims.size(); ++i) {
                const auto& claim = claims.at(i);
                if (claim && claim->outcome == PhaseRepository::ClaimOutcome::Claimed)
                    continue;
                // Not ours to fail (held elsewhere, archived, synced meanwhile): left as it is.
                PhaseResult& r = m_excluded[m_failures.at(i).first];
                r.stage = PhaseStage::Busy;
                r.message = claim
                    ? tr("Not booked: %1 (this phase was not changed).").arg(m_failures.at(i).second.message)
                    : claim.error();
                r.advice.reset();
            }
            m_failures.clear();
            done();
        });
}

void AppointmentBookingCheck::check(const QList<qint64>& phaseIds)
{
    using Snapshots = Expected<QList<AppointmentSnapshot>, QString>;
    m_db->run<Snapshots>(
        [phaseIds](PhaseRepository& r) -> Snapshots {
            SnapshotReader reader(r.database());
            auto appointments = reader.appointmentsOfPhases(phaseIds);
            if (!appointments)
                return Unexpected(appointments.error());
            return reader.read(*appointments);
        },
        this,
        [this, phaseIds](Snapshots snapshots) {
            if (!snapshots) {
                // The phases are synced one by one as before; each reads what it needs.
                qCWarning(lcSync) << "appointment check skipped:" << snapshots.error();
                done();
                return;
            }
            checkRead(phaseIds, *snapshots);
        });
}

void AppointmentBookingCheck::checkRead(
    const QList<qint64>& phaseIds, const QList<lifecycle::AppointmentSnapshot>& snapshots)
{
    QList<ChangePlan> firstPlans;
    QList<AppointmentSnapshot> firstSnapshots;
    const QSet<qint64> inRun(phaseIds.cbegin(), phaseIds.cend()); // thousands: looked up per phase
    for (const AppointmentSnapshot& s : snapshots) {
        QList<qint64> queued;
        for (const AppointmentPhase& p : s.appointment.phases) {
            m_phaseInfo.insert(p.id, { p.segmentKey, p.startsAt });
            if (inRun.contains(p.id))
                queued.append(p.id);
        }
        const qint64 id = s.appointment.id;
        if (!AppointmentStatus::isBookable(s.appointment.status)) {
            for (qint64 phase : queued)
                exclude(phase, id, PhaseStage::Skipped,
                    tr("Not booked: %1.").arg(AppointmentStatus::whyNotBookable(s.appointment.status)));
            continue;
        }
        if (s.openOperationId > 0) {
            for (qint64 phase : queued)
                exclude(phase, id, PhaseStage::Busy,
                    tr("Appointment %1 is being cancelled, moved or re-staffed right now (change %2); the "
                       "next sync "
                       "books it.")
                        .arg(id)
                        .arg(s.openOperationId));
            continue;
        }
        // A first booking: no staff step booked, none in doubt or held, and this run books all of them.
        QList<qint64> staffSteps;
        bool first = true;
        for (const AppointmentPhase& p : s.appointment.phases) {
            if (!p.staffRequired || p.syncStatus == SyncStatus::Skipped
                || p.syncStatus == SyncStatus::Cancelled)
                continue;
            // A step an earlier run booked (an import may have cleared its link) is looked up in Cal.com
            // before any POST; its own booking would make the slot look busy.
            const bool bookedBefore = s.lastAttemptOutcome.value(p.id) == QLatin1String("synced");
            if (p.syncStatus == SyncStatus::Synced || p.syncStatus == SyncStatus::Syncing
                || ChangeDrafts::inDoubt(s, p) || bookedBefore || !queued.contains(p.id))
                first = false;
            staffSteps.append(p.id);
        }
        if (!first || staffSteps.size() < 2)
            continue;
        m_firstBookings.insert(id, staffSteps);
        if (m_options.checkAppointmentFirst) {
            firstPlans.append(ChangeDrafts::bookAsIs(s, staffSteps));
            firstSnapshots.append(s);
        }
    }
    if (firstPlans.isEmpty() || !m_client || !m_resolver) {
        recordFailures();
        return;
    }
    auto* lookup = new EventTypeLookup(m_resolver.data(), this);
    auto* slotCache = new SlotCache(m_client, m_options.attendeeTimeZone, this);
    auto* planner = new ChangePlanner(lookup, slotCache, this);
    planner->setEventTypesRequired(true);
    connect(planner, &ChangePlanner::finished, this, [this](const QList<ChangePlan>& plans) {
        const QTimeZone zone(m_options.attendeeTimeZone.toUtf8());
        for (const ChangePlan& plan : plans) {
            QStringList busy;
            QStringList unbookable;
            for (const PlannedStep& step : plan.steps) {
                const QString when = step.newStart.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                if (step.availability == Availability::Busy)
                    busy << tr("step %1 (%2, %3)").arg(step.segmentKey, step.newStaffName, when);
                else if (step.availability == Availability::NoEventType)
                    unbookable << tr("step %1 (%2)").arg(step.segmentKey, step.newStaffName);
            }
            if (busy.isEmpty() && unbookable.isEmpty())
                continue; // free (or Cal.com could not be asked: booking decides, compensation covers)
            m_firstBookings.remove(plan.appointmentId);
            SyncErrorAdvice advice;
            advice.httpStatus = 0;
            if (!busy.isEmpty()) {
                advice.code = QStringLiteral("slotUnavailable");
                advice.message = tr("Not free in Cal.com: %1. None of appointment %2's steps were booked.")
                                     .arg(busy.join(QStringLiteral(", ")))
                                     .arg(plan.appointmentId);
                advice.nextStep
                    = tr("Move the appointment (`salon-admin-cli move-appointment %1 --to ...`) or hand the "
                         "busy step to someone else (`salon-admin-cli reassign`), then sync again.")
                          .arg(plan.appointmentId);
            } else {
                advice.code = QStringLiteral("appointmentIncomplete");
                advice.message = tr("%1 cannot be booked, so none of appointment %2's steps were booked.")
                                     .arg(unbookable.join(QStringLiteral(", ")))
                                     .arg(plan.appointmentId);
                advice.nextStep = tr("Fix that step (see its own message), then sync again.");
            }
            for (const PlannedStep& step : plan.steps) {
                // A step without an event type is synced on and fails with its own advice.
                if (busy.isEmpty() && step.availability == Availability::NoEventType)
                    continue;
                fail(step.phaseId, plan.appointmentId, advice);
            }
        }
        recordFailures();
    });
    planner->check(firstPlans, firstSnapshots);
}

} // namespace salon::sync
