#pragma once

#include "DriftProposal.h"
#include "sync/BookingDrift.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace salon::drift
{

// One change made in Cal.com, classified: the reconcile finding, the booking that is live in Cal.com now
// (a reschedule followed to its end), whether it still fits the appointment's chain, and the proposal.
struct DriftItem {
    sync::BookingDrift finding;
    qint64 liveBookingId = 0;
    QString liveBookingUid;
    QDateTime liveStart;
    QDateTime liveEnd;
    QString followStaffId; // a host change: our staff member of Cal.com's new host (empty: none)
    QDateTime moveAppointmentTo; // the appointment's start that makes the moved step fit again
    QString chainProblem; // translated; empty when the step fits between its neighbours
    DriftProposal proposal;

    QString kindName() const { return sync::BookingDrift::kindName(finding.kind); }
    // Which change this is: the step's phase id, or "phase/uid" for a second booking (its own change). A
    // newer change with the same key replaces the older one.
    QString key() const;
    // What Cal.com shows for it (kind, bookings, time, host): a kept change comes back when this differs.
    QString fingerprint() const;
    QJsonObject toJson() const;
};

} // namespace salon::drift
