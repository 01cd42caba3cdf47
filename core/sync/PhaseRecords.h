#pragma once

#include "domain/Appointment.h"
#include "domain/EventMapEntry.h"
#include "domain/StaffMember.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace salon::sync
{

// Everything one phase sync needs, read by primary keys in one go: the phase, its appointment's customer
// and service, the staff member and the event map row for (service, segment, staff).
struct PhaseWork {
    AppointmentPhase phase;
    qint64 serviceId = 0;
    QString serviceName;
    QString customerName;
    QString customerEmail;
    QString claimToken; // sync_claim_token as stored
    QString archivedReason; // non-empty: the admin archived this failure
    std::optional<StaffMember> staff;
    std::optional<EventMapEntry> mapEntry;
    // The latest sync_attempts row: a POST that ended without a clear answer ("posting" after a crash,
    // "unclear" after a timeout, reset or 5xx) means Cal.com is asked before anything is posted again.
    QString lastAttemptOutcome;
    // The phase was booked before (a synced or recovered attempt, or a booking id stored without 'synced',
    // e.g. by an import that replaced the sync state): Cal.com is asked before anything is posted.
    bool hadBooking = false;
};

// One row of sync_attempts.
struct SyncAttempt {
    qint64 id = 0;
    qint64 phaseId = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while the attempt runs (or after a crash)
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString outcome; // "posting", "synced", "recovered", "unclear", or an error code (SyncErrorAdvice::code)
    QString message;
};

// A synced phase as the reconcile pass compares it with Cal.com.
struct SyncedPhase {
    qint64 phaseId = 0;
    qint64 appointmentId = 0;
    QString segmentKey;
    QDateTime startsAt;
    QDateTime endsAt;
    qint64 bookingId = 0;
    QString bookingUid;
    QString staffId;
    QString staffName;
    std::optional<qint64> calcomUserId;
    QString customerName;
};

} // namespace salon::sync
