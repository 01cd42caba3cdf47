#pragma once

#include "BookingDrift.h"
#include "PhaseRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace salon::calcom
{
struct Booking;
} // namespace salon::calcom

namespace salon::sync
{

// The comparisons of the reconcile pass, without the requests: a synced phase against its booking, and the
// bookings that carry our salonPhaseId against the phases (doubles, untracked ones). The reconciler feeds
// it one period's listing; the watch feeds it the bookings changed since its last look.
class DriftFinder
{
    // The reconciler's context, so its translations stay where they were.
    Q_DECLARE_TR_FUNCTIONS(salon::sync::BookingReconciler)
public:
    void compare(const SyncedPhase& phase, const calcom::Booking& booking);
    // A phase whose booking Cal.com does not know any more.
    void missing(const SyncedPhase& phase);
    // Active bookings with our metadata that are not the phase's own (nor a reschedule of it): doubles,
    // and untracked ones. Bookings starting outside [from, to) are left alone when from/to are valid.
    void findStrays(const QList<calcom::Booking>& bookings, const QList<SyncedPhase>& phases,
        const QDateTime& from, const QDateTime& to);

    const QList<BookingDrift>& drift() const { return m_drift; }

private:
    void add(BookingDrift::Kind kind, const SyncedPhase& phase, const QString& message);

    QList<BookingDrift> m_drift;
};

} // namespace salon::sync
