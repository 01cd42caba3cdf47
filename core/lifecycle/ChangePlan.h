#pragma once

#include "LifecycleRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace salon::lifecycle
{

// Whether a step can go to its new time and staff member, as the slot check found it.
enum class Availability {
    NotNeeded, // nothing to check: a gap without staff, an unbooked step's old staff, a cancel
    Free, // GET /v2/slots offers the step's whole new time on its event type
    Unverified, // the new time overlaps this change's own bookings (they move first); Cal.com's answer
                // decides
    Busy, // not offered: the staff member is busy (or not working) then, or another step of this run goes
          // there
    NoEventType, // the event map has no event type for (service, segment, new staff member)
    CheckFailed, // Cal.com could not be asked (network, rate limit, ...)
};
QString toString(Availability availability);

// One phase in a plan: where it is, where it goes, what will be done in Cal.com, and whether it can.
struct PlannedStep {
    qint64 phaseId = 0;
    QString segmentKey;
    bool staffRequired = true;
    SyncStatus syncStatus = SyncStatus::Pending;
    QString oldStaffId;
    QString oldStaffName;
    QString newStaffId;
    QString newStaffName;
    QDateTime oldStart;
    QDateTime oldEnd;
    QDateTime newStart;
    QDateTime newEnd;
    std::optional<qint64> oldBookingId;
    QString oldBookingUid;
    StepAction action = StepAction::Update;
    qint64 eventTypeId = 0; // the event type the step is checked (and, for a rebook, booked) on
    qint64 oldEventTypeId = 0; // a re-staff: the old staff member's (where an undo books again)
    int lengthMinutes = 0; // rebook on a multi-duration event type
    QString statusAfter; // cancel steps
    Availability availability = Availability::NotNeeded;
    QString note; // why it is busy / unverified / cannot be booked; the next step for NoEventType

    bool blocks() const
    {
        return availability == Availability::Busy || availability == Availability::NoEventType
            || availability == Availability::CheckFailed;
    }
    // Changes something in Cal.com.
    bool touchesCalcom() const { return action != StepAction::Update; }
    QJsonObject toJson() const;
};

// What a change of one appointment will do, before anything changes: every step at its new time and
// staff member with its availability. A value: the GUI shows it, the CLI prints it for --dry-run, and the
// run executes exactly these steps.
struct ChangePlan {
    Q_DECLARE_TR_FUNCTIONS(ChangePlan)
public:
    qint64 appointmentId = 0;
    OperationKind kind = OperationKind::Move;
    QString customerName;
    QString serviceName;
    QString status; // the appointment's status now
    QDateTime oldStart;
    QDateTime newStart;
    QString reason; // cancel: the text Cal.com gets
    QList<PlannedStep> steps; // in the order they will run
    // Non-empty: the change cannot run at all (what is wrong and what to do next).
    QString refusal;
    QString nextStep;
    bool nothingToDo = false; // already as asked

    bool canRun() const;
    QList<PlannedStep> blockers() const;
    int calcomChanges() const; // steps that change a booking in Cal.com
    // One line per blocking step: "step C (Fabian Spitzer, 2030-11-26 11:15): busy".
    QStringList blockerLines(const QString& timeZone) const;
    QJsonObject toJson() const;
};

} // namespace salon::lifecycle
