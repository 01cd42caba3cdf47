#include "ChangeDrafts.h"

#include "domain/AppointmentStatus.h"

#include <algorithm>

namespace salon::lifecycle
{

bool ChangeDrafts::inDoubt(const AppointmentSnapshot& snapshot, const AppointmentPhase& phase)
{
    if (!phase.staffRequired || phase.syncStatus == SyncStatus::Synced)
        return false;
    const QString last = snapshot.lastAttemptOutcome.value(phase.id);
    return last == QLatin1String("posting") || last == QLatin1String("unclear");
}

PlannedStep ChangeDrafts::stepFor(const AppointmentSnapshot& snapshot, const AppointmentPhase& phase)
{
    PlannedStep s;
    s.phaseId = phase.id;
    s.segmentKey = phase.segmentKey;
    s.staffRequired = phase.staffRequired;
    s.syncStatus = phase.syncStatus;
    s.oldStaffId = phase.staffId;
    s.oldStaffName = phase.staffId.isEmpty() ? QString() : snapshot.staffName(phase.staffId);
    s.newStaffId = s.oldStaffId;
    s.newStaffName = s.oldStaffName;
    s.oldStart = phase.startsAt;
    s.oldEnd = phase.endsAt;
    s.newStart = phase.startsAt;
    s.newEnd = phase.endsAt;
    s.oldBookingId = phase.calcomBookingId;
    s.oldBookingUid = phase.calcomBookingUid;
    return s;
}

ChangePlan ChangeDrafts::begin(const AppointmentSnapshot& snapshot, OperationKind kind)
{
    ChangePlan plan;
    plan.appointmentId = snapshot.appointment.id;
    plan.kind = kind;
    plan.customerName = snapshot.appointment.customerName;
    plan.serviceName = snapshot.serviceName;
    plan.status = snapshot.appointment.status;
    plan.oldStart = snapshot.appointment.startsAt;
    plan.newStart = snapshot.appointment.startsAt;
    const qint64 id = snapshot.appointment.id;
    if (snapshot.openOperationId > 0) {
        plan.refusal = tr("Appointment %1 has an unfinished change (%2) that could not be finished now.")
                           .arg(id)
                           .arg(snapshot.openOperationId);
        plan.nextStep = tr("Run the command again when Cal.com answers; the change is finished first.");
        return plan;
    }
    for (const AppointmentPhase& p : snapshot.appointment.phases) {
        if (p.syncStatus == SyncStatus::Syncing) {
            plan.refusal = tr("Phase %1 of appointment %2 is being synced right now.").arg(p.id).arg(id);
            plan.nextStep = tr("Try again when that sync has finished.");
            return plan;
        }
    }
    if (kind == OperationKind::Cancel || kind == OperationKind::Compensate)
        return plan;
    if (!AppointmentStatus::isBookable(snapshot.appointment.status)) {
        plan.refusal = tr("Appointment %1 cannot be changed: %2.")
                           .arg(id)
                           .arg(AppointmentStatus::whyNotBookable(snapshot.appointment.status));
        return plan;
    }
    for (const AppointmentPhase& p : snapshot.appointment.phases) {
        if (inDoubt(snapshot, p)) {
            plan.refusal
                = tr("Phase %1 of appointment %2: an earlier booking attempt got no clear answer, so "
                     "Cal.com may hold a booking for it.")
                      .arg(p.id)
                      .arg(id);
            plan.nextStep = tr("Run `salon-admin-cli sync --appointment %1` first; it settles that.").arg(id);
            return plan;
        }
    }
    return plan;
}

ChangePlan ChangeDrafts::cancel(const AppointmentSnapshot& snapshot, const QString& reason)
{
    ChangePlan plan = begin(snapshot, OperationKind::Cancel);
    plan.reason = reason;
    if (!plan.refusal.isEmpty())
        return plan;
    for (const AppointmentPhase& p : snapshot.appointment.phases) {
        if (p.syncStatus == SyncStatus::Skipped || p.syncStatus == SyncStatus::Cancelled)
            continue;
        PlannedStep s = stepFor(snapshot, p);
        s.statusAfter = QStringLiteral("cancelled");
        if (p.staffRequired && p.syncStatus == SyncStatus::Synced && !p.calcomBookingUid.isEmpty())
            s.action = StepAction::Cancel;
        else if (inDoubt(snapshot, p)) {
            s.action = StepAction::Cancel; // no uid: found by salonPhaseId
            s.oldBookingUid.clear();
            s.note = tr("an earlier booking attempt got no clear answer: any booking Cal.com made for it is "
                        "found by its phase id and cancelled");
        } else
            s.action = StepAction::Update;
        plan.steps.append(s);
    }
    if (plan.steps.isEmpty()
        && AppointmentStatus::kCancelled == snapshot.appointment.status.trimmed().toLower())
        plan.nothingToDo = true;
    return plan;
}

ChangePlan ChangeDrafts::move(const AppointmentSnapshot& snapshot, const QDateTime& newStart)
{
    ChangePlan plan = begin(snapshot, OperationKind::Move);
    plan.newStart = newStart.toUTC();
    if (!plan.refusal.isEmpty())
        return plan;
    const qint64 offset = snapshot.appointment.startsAt.secsTo(plan.newStart);
    if (offset == 0) {
        plan.nothingToDo = true;
        return plan;
    }
    for (const AppointmentPhase& p : snapshot.appointment.phases) {
        PlannedStep s = stepFor(snapshot, p);
        s.newStart = p.startsAt.addSecs(offset);
        s.newEnd = p.endsAt.addSecs(offset);
        const bool booked
            = p.staffRequired && p.syncStatus == SyncStatus::Synced && !p.calcomBookingUid.isEmpty();
        s.action = booked ? StepAction::Reschedule : StepAction::Update;
        plan.steps.append(s);
    }
    // Later steps first when moving later (earlier ones when moving earlier): each booking then moves into
    // time that is free or that a step of this appointment has just left.
    std::stable_sort(
        plan.steps.begin(), plan.steps.end(), [offset](const PlannedStep& a, const PlannedStep& b) {
            if (a.touchesCalcom() != b.touchesCalcom())
                return a.touchesCalcom();
            return offset > 0 ? a.oldStart > b.oldStart : a.oldStart < b.oldStart;
        });
    return plan;
}

ChangePlan ChangeDrafts::restaff(
    const AppointmentSnapshot& snapshot, const QList<qint64>& phaseIds, const QString& newStaffId)
{
    ChangePlan plan = begin(snapshot, OperationKind::Restaff);
    if (!plan.refusal.isEmpty())
        return plan;
    if (!snapshot.staff.contains(newStaffId)) {
        plan.refusal = tr("Staff member %1 does not exist.").arg(newStaffId);
        return plan;
    }
    const QString newName = snapshot.staffName(newStaffId);
    for (qint64 id : phaseIds) {
        const AppointmentPhase* p = snapshot.phase(id);
        if (p && !p->staffRequired) {
            plan.refusal
                = tr("Phase %1 needs no staff (processing time); it cannot be handed to anyone.").arg(id);
            return plan;
        }
    }
    for (const AppointmentPhase& p : snapshot.appointment.phases) {
        if (!p.staffRequired || (!phaseIds.isEmpty() && !phaseIds.contains(p.id)) || p.staffId == newStaffId)
            continue;
        PlannedStep s = stepFor(snapshot, p);
        s.newStaffId = newStaffId;
        s.newStaffName = newName;
        const bool booked = p.syncStatus == SyncStatus::Synced && !p.calcomBookingUid.isEmpty();
        s.action = booked ? StepAction::Rebook : StepAction::Update;
        plan.steps.append(s);
    }
    if (plan.steps.isEmpty())
        plan.nothingToDo = true;
    return plan;
}

ChangePlan ChangeDrafts::rebookOnOwnStaff(
    const AppointmentSnapshot& snapshot, qint64 phaseId, const QString& calcomStaffId)
{
    ChangePlan plan = begin(snapshot, OperationKind::Restaff);
    if (!plan.refusal.isEmpty())
        return plan;
    const AppointmentPhase* p = snapshot.phase(phaseId);
    if (!p || !p->staffRequired || p->syncStatus != SyncStatus::Synced || p->calcomBookingUid.isEmpty()) {
        plan.refusal = tr("Phase %1 is no booked step with a staff member.").arg(phaseId);
        return plan;
    }
    PlannedStep s = stepFor(snapshot, *p);
    // The booking is with Cal.com's host now: the step goes from there back to the phase's staff member.
    s.oldStaffId = calcomStaffId;
    s.oldStaffName = calcomStaffId.isEmpty() ? QString() : snapshot.staffName(calcomStaffId);
    s.action = StepAction::Rebook;
    plan.steps.append(s);
    return plan;
}

ChangePlan ChangeDrafts::compensate(
    const AppointmentSnapshot& snapshot, const QList<qint64>& phaseIds, const QString& reason)
{
    ChangePlan plan = begin(snapshot, OperationKind::Compensate);
    plan.reason = reason;
    if (!plan.refusal.isEmpty())
        return plan;
    for (const AppointmentPhase& p : snapshot.appointment.phases) {
        if (!phaseIds.contains(p.id) || p.syncStatus != SyncStatus::Synced || p.calcomBookingUid.isEmpty())
            continue;
        PlannedStep s = stepFor(snapshot, p);
        s.action = StepAction::Cancel;
        s.statusAfter = QStringLiteral("pending");
        plan.steps.append(s);
    }
    plan.nothingToDo = plan.steps.isEmpty();
    return plan;
}

ChangePlan ChangeDrafts::bookAsIs(const AppointmentSnapshot& snapshot, const QList<qint64>& phaseIds)
{
    ChangePlan plan;
    plan.appointmentId = snapshot.appointment.id;
    plan.kind = OperationKind::Move;
    plan.customerName = snapshot.appointment.customerName;
    plan.serviceName = snapshot.serviceName;
    plan.status = snapshot.appointment.status;
    plan.oldStart = snapshot.appointment.startsAt;
    plan.newStart = snapshot.appointment.startsAt;
    for (const AppointmentPhase& p : snapshot.appointment.phases)
        if (p.staffRequired && phaseIds.contains(p.id))
            plan.steps.append(stepFor(snapshot, p));
    return plan;
}

} // namespace salon::lifecycle
