#include "ChangePlanner.h"

#include <QSet>

#include <map>
#include <tuple>

namespace salon::lifecycle
{

namespace
{
bool overlaps(const QDateTime& aStart, const QDateTime& aEnd, const QDateTime& bStart, const QDateTime& bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

struct ChangePlannerText {
    Q_DECLARE_TR_FUNCTIONS(salon::lifecycle::ChangePlanner)
};
} // namespace

ChangePlanner::ChangePlanner(EventTypeLookup* eventTypes, SlotCache* slotCache, QObject* parent)
    : QObject(parent)
    , m_eventTypes(eventTypes)
    , m_slots(slotCache)
{
}

void ChangePlanner::check(QList<ChangePlan> drafts, QList<AppointmentSnapshot> snapshots)
{
    m_plans = std::move(drafts);
    m_snapshots = std::move(snapshots);
    lookUpEventTypes();
}

const EventMapEntry* ChangePlanner::entryFor(
    const AppointmentSnapshot& snapshot, const PlannedStep& step, QString* staffId) const
{
    *staffId = step.newStaffId;
    return snapshot.eventMap(step.segmentKey, step.newStaffId);
}

void ChangePlanner::lookUpEventTypes()
{
    m_snapshotOf.clear(); // a run may hold hundreds of appointments
    for (const AppointmentSnapshot& s : std::as_const(m_snapshots))
        m_snapshotOf.insert(s.appointment.id, &s);
    ++m_pending; // the walk over the plans itself, which goes a few plans per event-loop pass
    lookUpSome(0);
}

void ChangePlanner::lookUpSome(int from)
{
    constexpr int kPlansPerPass = 32;
    if (!m_eventTypes) { // gone meanwhile: the plans not walked yet stay unchecked
        if (--m_pending == 0)
            requestSlots();
        return;
    }
    const int until = qMin(int(m_plans.size()), from + kPlansPerPass);
    for (int i = from; i < until; ++i) {
        ChangePlan& plan = m_plans[i];
        if (!plan.refusal.isEmpty() || plan.nothingToDo)
            continue;
        const AppointmentSnapshot* snapshot = m_snapshotOf.value(plan.appointmentId);
        if (!snapshot)
            continue;
        for (int j = 0; j < plan.steps.size(); ++j) {
            PlannedStep& step = plan.steps[j];
            if (!step.staffRequired || step.newStaffId.isEmpty() || step.action == StepAction::Cancel)
                continue;
            QString staffId;
            const EventMapEntry* entry = entryFor(*snapshot, step, &staffId);
            const bool restaffed = step.newStaffId != step.oldStaffId;
            if (!entry || !snapshot->staff.contains(staffId)) {
                if (!restaffed && step.action == StepAction::Update && !m_eventTypesRequired) {
                    step.availability = Availability::NotNeeded;
                    step.note
                        = ChangePlannerText::tr("not booked yet and no event type to check it on; the next "
                                                "sync says why");
                } else {
                    step.availability = Availability::NoEventType;
                    step.note
                        = ChangePlannerText::tr("the event map has no event type for %1, segment %2, %3; the "
                                                "event type wizard creates it")
                              .arg(plan.serviceName, step.segmentKey, step.newStaffName);
                }
                continue;
            }
            const StepRef ref { i, j };
            // Where the old booking is, for an undo that books it again (a re-staff of a booked step).
            if (const EventMapEntry* old = snapshot->eventMap(step.segmentKey, step.oldStaffId); restaffed
                && step.action == StepAction::Rebook && old && snapshot->staff.contains(step.oldStaffId)) {
                ++m_pending;
                m_eventTypes->lookup(*old, snapshot->staff.value(step.oldStaffId), this,
                    [this, ref](const EventTypeLookup::Result& result) {
                        if (result)
                            stepAt(ref).oldEventTypeId = result->id;
                        if (--m_pending == 0)
                            requestSlots();
                    });
            }
            ++m_pending;
            m_eventTypes->lookup(*entry, snapshot->staff.value(staffId), this,
                [this, ref](const EventTypeLookup::Result& result) { onEventType(ref, result); });
        }
    }
    if (until < m_plans.size()) {
        QMetaObject::invokeMethod(
            this, [this, until] { lookUpSome(until); }, Qt::QueuedConnection);
        return;
    }
    if (--m_pending == 0)
        requestSlots();
}

void ChangePlanner::onEventType(StepRef ref, const EventTypeLookup::Result& result)
{
    PlannedStep& step = stepAt(ref);
    if (!result) {
        const bool unreachable = result.error().kind() == eventmaps::ResolveFailure::Kind::CalcomFailure;
        step.availability = unreachable ? Availability::CheckFailed : Availability::NoEventType;
        step.note = unreachable
            ? result.error().message()
            : ChangePlannerText::tr(
                "%1 Verify the event maps, or let the event type wizard create an event type "
                "for this staff member.")
                  .arg(result.error().message());
    } else {
        const StepEventType type = *result;
        step.eventTypeId = type.id;
        if (step.oldStaffId == step.newStaffId)
            step.oldEventTypeId = type.id;
        m_typeOfPhase.insert(step.phaseId, type);
        const int minutes = int(step.newStart.secsTo(step.newEnd) / 60);
        // A reschedule would take the event type's default length: cancel and book again instead (§12.2).
        if (type.hasMultipleDurations() && step.action == StepAction::Reschedule)
            step.action = StepAction::Rebook;
        if (type.hasMultipleDurations() && type.lengthOptions.contains(minutes))
            step.lengthMinutes = minutes;
        m_checked.append(ref);
    }
    if (--m_pending == 0)
        requestSlots();
}

void ChangePlanner::requestSlots()
{
    if (!m_slots) {
        decide();
        return;
    }
    // One question per (event type, salon day, duration): every step of the run that asks the same shares it.
    using Key = std::tuple<qint64, QDate, int>;
    std::map<Key, QList<StepRef>> groups;
    for (const StepRef& ref : m_checked) {
        const PlannedStep& step = stepAt(ref);
        groups[{ step.eventTypeId, m_slots->dayOf(step.newStart), step.lengthMinutes }].append(ref);
    }
    QSet<qint64> freedByUid;
    for (auto& [key, refs] : groups) {
        // The booking being moved blocks its own new time only when the two overlap: pass that one.
        QString uid;
        for (const StepRef& ref : refs) {
            const PlannedStep& s = stepAt(ref);
            if (s.action == StepAction::Reschedule && uid.isEmpty()
                && overlaps(s.oldStart, s.oldEnd, s.newStart, s.newEnd)) {
                uid = s.oldBookingUid;
                freedByUid.insert(s.phaseId);
            }
        }
        for (const StepRef& ref : refs)
            if (uid.isEmpty() && stepAt(ref).action == StepAction::Reschedule)
                uid = stepAt(ref).oldBookingUid;
        const auto duration = std::get<2>(key) > 0 ? std::optional<int>(std::get<2>(key)) : std::nullopt;
        m_slotQuestions.push_back({ std::get<0>(key), std::get<1>(key), duration, uid, refs });
    }
    m_freedByUid = freedByUid;
    if (groups.empty()) {
        decide();
        return;
    }
    // Counted up front: a question SlotCache answers from what it holds answers at once.
    m_pending += int(m_slotQuestions.size());
    askSomeSlots();
}

void ChangePlanner::askSomeSlots()
{
    constexpr int kPerPass = 16; // each starts a request (the rate limiter sends it on its next pass)
    if (!m_slots) { // gone meanwhile: the steps not asked about stay unchecked, as without a SlotCache
        m_slotQuestions.clear();
        m_pending = 0;
        decide();
        return;
    }
    const QPointer<ChangePlanner> self(this);
    for (int i = 0; i < kPerPass && !m_slotQuestions.empty(); ++i) {
        SlotQuestion q = std::move(m_slotQuestions.front());
        m_slotQuestions.pop_front();
        m_slots->slotsFor(q.eventTypeId, q.day, q.uid, q.duration, this,
            [this, stepRefs = q.refs](const SlotCache::Result& result) {
                for (const StepRef& ref : stepRefs)
                    m_slotsOfPhase.insert(stepAt(ref).phaseId, result);
                if (--m_pending == 0)
                    decide();
            });
        if (!self)
            return;
    }
    if (!m_slotQuestions.empty())
        QMetaObject::invokeMethod(this, &ChangePlanner::askSomeSlots, Qt::QueuedConnection);
}

bool ChangePlanner::overlapsOwnBooking(const ChangePlan& plan, const PlannedStep& step) const
{
    for (const PlannedStep& other : plan.steps) {
        if (other.oldBookingUid.isEmpty() || other.oldStaffId != step.newStaffId)
            continue;
        if (other.phaseId == step.phaseId
            && (step.action != StepAction::Reschedule || m_freedByUid.contains(step.phaseId)))
            continue;
        if (overlaps(other.oldStart, other.oldEnd, step.newStart, step.newEnd))
            return true;
    }
    return false;
}

void ChangePlanner::decide()
{
    // 1. Each step on its own, against Cal.com's slots.
    for (ChangePlan& plan : m_plans) {
        for (PlannedStep& step : plan.steps) {
            const auto found = m_slotsOfPhase.constFind(step.phaseId);
            if (found == m_slotsOfPhase.constEnd())
                continue; // not checked: a gap, a cancel, or already decided (no event type)
            const SlotCache::Result& offered = *found;
            if (!offered) {
                step.availability = Availability::CheckFailed;
                step.note = ChangePlannerText::tr("Cal.com could not be asked: %1")
                                .arg(offered.error().userMessage());
                continue;
            }
            const StepEventType type = m_typeOfPhase.value(step.phaseId);
            const int minutes = step.lengthMinutes > 0 ? step.lengthMinutes
                : type.lengthMinutes > 0               ? type.lengthMinutes
                                                       : int(step.newStart.secsTo(step.newEnd) / 60);
            const QDateTime bookingEnd = qMax(step.newEnd, step.newStart.addSecs(qint64(minutes) * 60));
            const bool sameHostRebook
                = step.action == StepAction::Rebook && step.oldStaffId == step.newStaffId;
            if (sameHostRebook && overlaps(step.oldStart, step.oldEnd, step.newStart, bookingEnd)) {
                step.availability = Availability::Busy;
                step.note = ChangePlannerText::tr(
                    "its event type has several lengths, so it is booked again, but the "
                    "new time overlaps its own booking; move it by at least its length");
            } else if (const auto coverage = offered->coverage(step.newStart, bookingEnd);
                       coverage == calcom::AvailableSlots::Coverage::Covered) {
                step.availability = Availability::Free;
                step.note.clear();
            } else if (coverage == calcom::AvailableSlots::Coverage::Uncertain) {
                step.availability = Availability::Unverified;
                step.note
                    = ChangePlannerText::tr("off its event type's slot grid next to a busy time; no other "
                                            "booking of %1 overlaps it, Cal.com's answer decides")
                          .arg(step.newStaffName);
                m_uncertain.append({ int(&plan - m_plans.data()), int(&step - plan.steps.data()) });
            } else if (overlapsOwnBooking(plan, step)) {
                step.availability = Availability::Unverified;
                step.note = ChangePlannerText::tr(
                    "overlaps a booking of this appointment that moves first; Cal.com's "
                    "answer decides");
            } else {
                step.availability = Availability::Busy;
                step.note = ChangePlannerText::tr("%1 is not free then in Cal.com (busy or not working)")
                                .arg(step.newStaffName);
            }
        }
    }
    resolveUncertain();
}

void ChangePlanner::resolveUncertain()
{
    if (m_uncertain.isEmpty() || !m_slots) {
        claimAndFinish();
        return;
    }
    QSet<QDate> days;
    for (const StepRef& ref : m_uncertain)
        days.insert(m_slots->dayOf(stepAt(ref).newStart));
    m_pending = int(days.size());
    for (const QDate& day : days) {
        m_slots->bookingsOn(day, this, [this, day](const SlotCache::BookingsResult& bookings) {
            for (const StepRef& ref : m_uncertain) {
                PlannedStep& step = stepAt(ref);
                if (m_slots->dayOf(step.newStart) != day || !bookings)
                    continue; // no answer: stays unverified, Cal.com's answer decides
                const ChangePlan& plan = m_plans.at(ref.plan);
                std::optional<qint64> user;
                for (const AppointmentSnapshot& s : m_snapshots)
                    if (s.appointment.id == plan.appointmentId && s.staff.contains(step.newStaffId))
                        user = s.staff.value(step.newStaffId).calcomUserId;
                if (!user)
                    continue;
                for (const calcom::Booking& b : *bookings) {
                    if (b.isCancelled() || !overlaps(b.start, b.end, step.newStart, step.newEnd))
                        continue;
                    // This appointment's own bookings move first.
                    if (b.metadata.value(QStringLiteral("salonAppointmentId")).toString()
                        == QString::number(plan.appointmentId))
                        continue;
                    const bool hosts = std::any_of(b.hosts.cbegin(), b.hosts.cend(),
                        [&](const calcom::Booking::Host& h) { return h.id == *user; });
                    if (hosts) {
                        step.availability = Availability::Busy;
                        step.note = ChangePlannerText::tr("%1 has another booking then in Cal.com (%2)")
                                        .arg(step.newStaffName, b.uid);
                        break;
                    }
                }
            }
            if (--m_pending == 0)
                claimAndFinish();
        });
    }
}

void ChangePlanner::claimAndFinish()
{
    // 2. Steps of the run that would land on the same staff member at the same time: the first plan wins.
    QHash<QString, QList<std::tuple<QDateTime, QDateTime, qint64>>> taken;
    for (ChangePlan& plan : m_plans) {
        if (!plan.canRun())
            continue;
        bool clash = false;
        for (PlannedStep& step : plan.steps) {
            if (!step.staffRequired || step.newStaffId.isEmpty() || step.action == StepAction::Cancel)
                continue;
            for (const auto& [start, end, appointmentId] : taken.value(step.newStaffId)) {
                if (appointmentId != plan.appointmentId && overlaps(start, end, step.newStart, step.newEnd)) {
                    step.availability = Availability::Busy;
                    step.note = ChangePlannerText::tr("appointment %1 of this change goes to %2 at that time")
                                    .arg(appointmentId)
                                    .arg(step.newStaffName);
                    clash = true;
                }
            }
        }
        if (clash)
            continue;
        for (const PlannedStep& step : plan.steps)
            if (step.staffRequired && !step.newStaffId.isEmpty() && step.action != StepAction::Cancel)
                taken[step.newStaffId].append({ step.newStart, step.newEnd, plan.appointmentId });
    }
    emit finished(m_plans);
}

} // namespace salon::lifecycle
