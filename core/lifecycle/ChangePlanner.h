#pragma once

#include "ChangePlan.h"
#include "EventTypeLookup.h"
#include "LifecycleRecords.h"
#include "SlotCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

namespace salon::lifecycle
{

// Checks drafted plans against Cal.com before anything changes: finds each staff step's event type (the
// new staff member's from the event map for a re-staff; none -> NoEventType, "the event type wizard makes
// it"), turns a move on a multi-duration event type into cancel + book again (§12.2), and checks every
// staff step at its new time with GET /v2/slots - one request per (event type, salon day) for the whole
// run, with bookingUidToReschedule where the step's own booking would otherwise block it. Steps of the
// run that would land on the same staff member at the same time are busy too (first come, first served).
class ChangePlanner : public QObject
{
    Q_OBJECT
public:
    ChangePlanner(EventTypeLookup* eventTypes, SlotCache* slotCache, QObject* parent = nullptr);

    // Unbooked steps without an event type block too (the sync engine's check before a first booking);
    // by default they are NotNeeded (a move just moves them; the next sync says why they cannot be booked).
    void setEventTypesRequired(bool required) { m_eventTypesRequired = required; }

    // Starts checking; finished() brings the plans back (same order, availability filled in).
    void check(QList<ChangePlan> drafts, QList<AppointmentSnapshot> snapshots);

signals:
    void finished(const QList<salon::lifecycle::ChangePlan>& plans);

private:
    struct StepRef {
        int plan = 0;
        int step = 0;
    };
    void lookUpEventTypes();
    void lookUpSome(int fromPlan);
    void onEventType(StepRef ref, const EventTypeLookup::Result& result);
    void requestSlots();
    // Sends the next few slot questions; the rest on the next event-loop pass (a run over hundreds of
    // appointments asks hundreds, and starting each request costs the thread a little).
    void askSomeSlots();
    void decide();
    // Steps the slots could not judge (off the slot grid): a booking of the staff member overlapping them
    // in Cal.com makes them busy.
    void resolveUncertain();
    void claimAndFinish();
    PlannedStep& stepAt(StepRef ref) { return m_plans[ref.plan].steps[ref.step]; }
    // The event map row and staff member a step is checked on, or nullptr.
    const EventMapEntry* entryFor(
        const AppointmentSnapshot& snapshot, const PlannedStep& step, QString* staffId) const;
    bool overlapsOwnBooking(const ChangePlan& plan, const PlannedStep& step) const;

    QPointer<EventTypeLookup> m_eventTypes;
    QPointer<SlotCache> m_slots;
    QList<ChangePlan> m_plans;
    QList<AppointmentSnapshot> m_snapshots;
    QHash<qint64, const AppointmentSnapshot*> m_snapshotOf; // into m_snapshots, by appointment id
    QHash<qint64, StepEventType> m_typeOfPhase; // phase id -> event type
    QList<StepRef> m_checked; // steps with an event type and a slot question
    QHash<qint64, SlotCache::Result> m_slotsOfPhase;
    QSet<qint64> m_freedByUid; // phases whose own booking the slot question ignored (bookingUidToReschedule)
    QList<StepRef> m_uncertain;
    struct SlotQuestion {
        qint64 eventTypeId = 0;
        QDate day;
        std::optional<int> duration;
        QString uid; // bookingUidToReschedule
        QList<StepRef> refs;
    };
    std::deque<SlotQuestion> m_slotQuestions;
    int m_pending = 0;
    bool m_eventTypesRequired = false;
};

} // namespace salon::lifecycle
