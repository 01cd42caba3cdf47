#include "DriftClassifier.h"

namespace salon::drift
{

using sync::BookingDrift;

namespace
{
// The booking a reschedule chain ends at (the last one Cal.com returned), or nullptr when unknown.
const calcom::Booking* endOfChain(const DriftFacts& facts, const QString& firstUid)
{
    const calcom::Booking* at = nullptr;
    QString uid = firstUid;
    for (int hops = 0; hops < 32 && !uid.isEmpty(); ++hops) {
        const auto it = facts.bookings.constFind(uid);
        if (it == facts.bookings.constEnd())
            return at;
        at = &*it;
        uid = at->rescheduledToUid;
    }
    return at;
}

QString stepName(const DriftFacts::Phase& p)
{
    return p.staffRequired ? DriftClassifier::tr("step %1 (phase %2)").arg(p.segmentKey).arg(p.id)
                           : DriftClassifier::tr("the processing time (phase %1)").arg(p.id);
}
} // namespace

QList<DriftItem> DriftClassifier::classify(const QList<BookingDrift>& findings, const DriftFacts& facts)
{
    QList<DriftItem> items;
    for (const BookingDrift& f : findings)
        items.append(classify(f, facts));
    return items;
}

DriftItem DriftClassifier::classify(const BookingDrift& finding, const DriftFacts& facts)
{
    DriftItem item;
    item.finding = finding;
    DriftProposal& p = item.proposal;
    switch (finding.kind) {
    case BookingDrift::Kind::Cancelled:
        p.choices = { DriftChoice::CancelAppointment, DriftChoice::BookAgain };
        p.reason = tr("The step was cancelled in Cal.com; the appointment's other steps are still booked.");
        break;
    case BookingDrift::Kind::Missing:
        p.choices = { DriftChoice::BookAgain };
        p.reason = tr("Cal.com no longer has the step's booking.");
        break;
    case BookingDrift::Kind::Rescheduled: {
        const calcom::Booking* live = endOfChain(facts, finding.otherBookingUid);
        if (!live) {
            p.reason = tr("The new booking %1 could not be read from Cal.com.").arg(finding.otherBookingUid);
            break;
        }
        if (live->isCancelled()) {
            item.liveBookingUid = live->uid;
            p.choices = { DriftChoice::CancelAppointment, DriftChoice::BookAgain };
            p.reason = tr("The step was rescheduled in Cal.com and the new booking %1 cancelled there since.")
                           .arg(live->uid);
            break;
        }
        classifyMove(item, facts, *live);
        break;
    }
    case BookingDrift::Kind::TimeChanged: {
        const auto it = facts.bookings.constFind(finding.bookingUid);
        if (it == facts.bookings.constEnd()) {
            p.reason = tr("The booking %1 could not be read from Cal.com.").arg(finding.bookingUid);
            break;
        }
        classifyMove(item, facts, *it);
        break;
    }
    case BookingDrift::Kind::HostChanged: {
        const auto it = facts.bookings.constFind(finding.bookingUid);
        if (it == facts.bookings.constEnd() || it->hosts.isEmpty()) {
            p.reason = tr("The booking %1 could not be read from Cal.com.").arg(finding.bookingUid);
            break;
        }
        item.liveBookingId = it->id;
        item.liveBookingUid = it->uid;
        const auto staff = facts.staffByCalcomUser.constFind(it->hosts.first().id);
        if (staff == facts.staffByCalcomUser.constEnd()) {
            p.choices = { DriftChoice::PutBackHost };
            p.reason = tr("Cal.com's new host (user %1) is no staff member here; putting Cal.com back books "
                          "the step with the salon's staff member again.")
                           .arg(it->hosts.first().id);
            break;
        }
        item.followStaffId = staff->id;
        p.choices = { DriftChoice::FollowCalcom, DriftChoice::PutBackHost };
        p.reason = tr("Cal.com gave the step to %1; following makes %1 the step's staff member, putting "
                      "Cal.com back books it with the salon's staff member again.")
                       .arg(staff->name);
        break;
    }
    case BookingDrift::Kind::Untracked: {
        item.liveBookingId = finding.bookingId;
        item.liveBookingUid = finding.bookingUid;
        item.liveStart = finding.actualStart;
        const auto phase = facts.phases.constFind(finding.phaseId);
        if (phase == facts.phases.constEnd()) {
            p.reason = tr("No phase %1 exists here; the booking is left alone.").arg(finding.phaseId);
            break;
        }
        if (phase->status != SyncStatus::Pending && phase->status != SyncStatus::Failed) {
            p.reason = tr("Phase %1 is %2 here; only a pending or failed phase adopts a booking.")
                           .arg(finding.phaseId)
                           .arg(toString(phase->status));
            break;
        }
        p.choices = { DriftChoice::Adopt };
        p.reason
            = tr("Cal.com already has the phase's booking: storing it avoids booking the customer twice.");
        break;
    }
    case BookingDrift::Kind::Duplicate:
        item.liveBookingUid = finding.otherBookingUid;
        item.liveStart = finding.actualStart;
        p.choices = { DriftChoice::CancelOther };
        p.reason = tr("Two active bookings carry phase %1; the phase keeps %2.")
                       .arg(finding.phaseId)
                       .arg(finding.bookingUid);
        break;
    }
    return item;
}

void DriftClassifier::classifyMove(DriftItem& item, const DriftFacts& facts, const calcom::Booking& live)
{
    item.liveBookingId = live.id;
    item.liveBookingUid = live.uid;
    item.liveStart = live.start.toUTC();
    item.liveEnd = live.end.toUTC();
    item.chainProblem = chainProblem(facts, item.finding.phaseId, item.liveStart, item.liveEnd);
    DriftProposal& p = item.proposal;
    if (item.chainProblem.isEmpty()) {
        p.choices = { DriftChoice::FollowCalcom, DriftChoice::MoveStepBack };
        p.reason = tr("The new time still fits the appointment's order of steps.");
    } else {
        p.reason = tr("The new time breaks the appointment: %1.").arg(item.chainProblem);
        const auto self = facts.phases.constFind(item.finding.phaseId);
        const auto start = self == facts.phases.constEnd()
            ? facts.appointmentStarts.constEnd()
            : facts.appointmentStarts.constFind(self->appointmentId);
        if (start != facts.appointmentStarts.constEnd() && item.finding.expectedStart.isValid()) {
            item.moveAppointmentTo
                = start->addSecs(item.finding.expectedStart.secsTo(item.liveStart)).toUTC();
            p.choices = { DriftChoice::MoveAppointment, DriftChoice::MoveStepBack };
        } else {
            p.choices = { DriftChoice::MoveStepBack };
        }
    }
}

QString DriftClassifier::chainProblem(
    const DriftFacts& facts, qint64 phaseId, const QDateTime& start, const QDateTime& end)
{
    const auto self = facts.phases.constFind(phaseId);
    if (self == facts.phases.constEnd() || !start.isValid())
        return {};
    const QList<DriftFacts::Phase> chain = facts.phasesOf(self->appointmentId);
    qsizetype at = -1;
    for (qsizetype i = 0; i < chain.size(); ++i)
        if (chain[i].id == phaseId)
            at = i;
    const QDateTime stop = end.isValid() ? end : start.addSecs(self->startsAt.secsTo(self->endsAt));
    QStringList problems;
    if (at > 0 && start < chain[at - 1].endsAt)
        problems << (chain[at - 1].staffRequired ? tr("it overlaps %1").arg(stepName(chain[at - 1]))
                                                 : tr("it eats %1").arg(stepName(chain[at - 1])));
    if (at >= 0 && at + 1 < chain.size() && stop > chain[at + 1].startsAt)
        problems << (chain[at + 1].staffRequired ? tr("it overlaps %1").arg(stepName(chain[at + 1]))
                                                 : tr("it eats %1").arg(stepName(chain[at + 1])));
    return problems.join(QStringLiteral("; "));
}

} // namespace salon::drift
