#pragma once

#include "ChangePlan.h"
#include "LifecycleRecords.h"

#include <QCoreApplication>
#include <QList>

namespace salon::lifecycle
{

// The plan of a change before its availability is checked: which steps, in which order, doing what - or
// why the change cannot run at all. Pure functions of the appointment's snapshot (tested without Cal.com).
class ChangeDrafts
{
    Q_DECLARE_TR_FUNCTIONS(salon::lifecycle::ChangeDrafts)
public:
    // Cancel every booked step (with `reason`), cancel the rest in the database.
    static ChangePlan cancel(const AppointmentSnapshot& snapshot, const QString& reason);
    // Every phase shifts by newStart - the appointment's start (processing gaps too).
    static ChangePlan move(const AppointmentSnapshot& snapshot, const QDateTime& newStart);
    // The staff steps among phaseIds (all staff steps when empty) go to newStaffId at the same times.
    static ChangePlan restaff(
        const AppointmentSnapshot& snapshot, const QList<qint64>& phaseIds, const QString& newStaffId);
    // A booked step whose booking Cal.com gave to another host (calcomStaffId: ours for that host, or
    // empty): book it on its own staff member's event type again at the same time, then cancel that
    // booking - the re-staff path, from Cal.com's host back to the phase's staff member (issue 17).
    static ChangePlan rebookOnOwnStaff(
        const AppointmentSnapshot& snapshot, qint64 phaseId, const QString& calcomStaffId);

    // The sync engine's compensation: cancel the bookings of phaseIds again (their phases go back to
    // pending, with `reason` as their sync error) after another step of the same first booking failed.
    static ChangePlan compensate(
        const AppointmentSnapshot& snapshot, const QList<qint64>& phaseIds, const QString& reason);
    // A plan that books nothing and moves nothing: every unbooked staff step at its own time, so the
    // planner checks that all of them are free (the sync engine's check before a first booking).
    static ChangePlan bookAsIs(const AppointmentSnapshot& snapshot, const QList<qint64>& phaseIds);

    // A phase whose last booking attempt has no clear answer (Cal.com may have booked it).
    static bool inDoubt(const AppointmentSnapshot& snapshot, const AppointmentPhase& phase);

private:
    static ChangePlan begin(const AppointmentSnapshot& snapshot, OperationKind kind);
    static PlannedStep stepFor(const AppointmentSnapshot& snapshot, const AppointmentPhase& phase);
};

} // namespace salon::lifecycle
