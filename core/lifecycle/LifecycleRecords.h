#pragma once

#include "domain/Appointment.h"
#include "domain/EventMapEntry.h"
#include "domain/StaffMember.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace salon::lifecycle
{

// The rows of lifecycle_operations and lifecycle_steps (migration 0003, docs/lifecycle.md).
enum class OperationKind { Cancel, Move, Restaff, Compensate };
enum class OperationState { Open, Undoing, Done, Undone };
enum class StepAction { Cancel, Reschedule, Rebook, Update };
enum class StepState { Planned, Sent, Booked, Done, Failed, Skipped };

QString toString(OperationKind kind);
QString toString(OperationState state);
QString toString(StepAction action);
QString toString(StepState state);
std::optional<OperationKind> operationKindFromString(const QString& text);
std::optional<OperationState> operationStateFromString(const QString& text);
std::optional<StepAction> stepActionFromString(const QString& text);
std::optional<StepState> stepStateFromString(const QString& text);

// One phase's change within an operation, written before any request for it goes out.
struct LifecycleStep {
    qint64 id = 0;
    qint64 operationId = 0;
    qint64 phaseId = 0;
    int position = 0;
    StepAction action = StepAction::Update;
    qint64 undoOf = 0; // the step this one puts back, 0 for a forward step
    StepState state = StepState::Planned;
    std::optional<qint64> oldBookingId;
    QString oldBookingUid; // empty with a cancel step: the booking is looked up by salonPhaseId
    std::optional<qint64> newBookingId;
    QString newBookingUid;
    QString oldStaffId;
    QString newStaffId;
    QDateTime oldStartsAt;
    QDateTime oldEndsAt;
    QDateTime newStartsAt;
    QDateTime newEndsAt;
    qint64 eventTypeId = 0; // rebook: the event type the new booking goes to
    qint64 oldEventTypeId = 0; // the event type of the old booking (an undo books it again there)
    int lengthMinutes = 0; // rebook on a multi-duration event type: the length to book; 0 = default
    QString statusAfter; // cancel: the phase's sync_status once done ("cancelled" or "pending")
    int attempts = 0;
    int httpStatus = 0;
    QString error;
    // Read along for messages, not stored in the step row.
    qint64 appointmentId = 0;
    QString segmentKey;

    bool isUndo() const { return undoOf != 0; }
    bool isFinished() const
    {
        return state == StepState::Done || state == StepState::Failed || state == StepState::Skipped;
    }
};

struct LifecycleOperation {
    qint64 id = 0;
    OperationKind kind = OperationKind::Cancel;
    qint64 appointmentId = 0;
    OperationState state = OperationState::Open;
    QString reason;
    QString actor;
    QDateTime beforeStartsAt;
    QString beforeStatus;
    QDateTime afterStartsAt;
    QString afterStatus;
    QString claimToken;
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<LifecycleStep> steps; // by position
    // Read along: the customer a re-booking is made for.
    QString customerName;
    QString customerEmail;

    bool isFinished() const { return state == OperationState::Done || state == OperationState::Undone; }
};

// One appointment as the planner sees it: the appointment with its phases, the customer, its service, every
// staff member and event map row the change may touch, and what is open about it.
struct AppointmentSnapshot {
    Appointment appointment;
    QString serviceName;
    QHash<QString, StaffMember> staff; // by id: the phases' staff and the target staff
    QList<EventMapEntry> eventMaps; // the service's rows for those staff members
    QHash<qint64, QString> lastAttemptOutcome; // phase id -> latest sync_attempts.outcome
    qint64 openOperationId = 0; // an unfinished lifecycle operation on this appointment

    const AppointmentPhase* phase(qint64 phaseId) const;
    const EventMapEntry* eventMap(const QString& segmentKey, const QString& staffId) const;
    QString staffName(const QString& staffId) const;
};

} // namespace salon::lifecycle
