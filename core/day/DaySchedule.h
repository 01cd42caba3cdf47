#pragma once

#include "domain/SyncStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace salon::day
{

// How a step stands, as the Day page shows it on its block. Owed: a cancel, move or re-staff of the
// appointment is unfinished (the next run finishes it); it wins over the phase's own sync status.
enum class StepState { Synced, Pending, Failed, Cancelled, Owed };

// One phase of an appointment on the day.
struct DayStep {
    qint64 phaseId = 0;
    QString segmentKey;
    QString segmentName; // the service segment's name ("Auswaschen"); the key when the segment is gone
    QString staffId; // empty for a processing time
    bool staffRequired = true;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    SyncStatus syncStatus = SyncStatus::Pending;
    QString syncError; // what failed and the next step (SyncErrorAdvice::text), as stored
    StepState state = StepState::Pending;
};

struct DayAppointment {
    qint64 id = 0;
    qint64 serviceId = 0;
    QString serviceName;
    QString customerName;
    QDateTime startsAt; // UTC
    QString status; // appointments.status
    QString owedKind; // "cancel", "move", "restaff", "compensate": unfinished lifecycle work; empty if none
    QList<DayStep> steps; // in time order

    // The worst state of its staff steps (failed > owed > pending > cancelled > synced).
    StepState overallState() const;
};

// Time a staff member is booked in Cal.com by someone else (a booking without our salonPhaseId, kept by
// BusyBookingStore): drawn grey in their column, read-only.
struct DayBusy {
    QString bookingUid;
    QString staffId;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString label; // what it is, when not Cal.com's (the new-appointment preview greys other appointments)
};

struct DayStaff {
    QString id;
    QString name;
    bool active = true;
};

// A salon-local day as the Day page draws it: a column per staff member (the active ones, and an inactive
// one who still has a step that day), the appointments with a step on the day, and the salon's hours —
// from the first start to the last end of the steps around the day, in whole hours.
struct DaySchedule {
    QDate date;
    QTimeZone zone;
    QList<DayStaff> staff; // by name
    QList<DayAppointment> appointments; // by start
    QList<DayBusy> busy; // by start; only of the staff shown
    int openFromMinute = 9 * 60; // minutes after local midnight
    int openUntilMinute = 18 * 60;

    int staffIndex(const QString& staffId) const;
    const DayAppointment* appointment(qint64 id) const;
    // The step and its appointment, or nullptrs.
    std::pair<const DayAppointment*, const DayStep*> step(qint64 phaseId) const;
    // Local minutes after the day's midnight (negative before, > 1440 after).
    int minuteOf(const QDateTime& time) const;
    QDateTime timeAt(int minute) const;
};

QString toString(StepState state);

} // namespace salon::day
