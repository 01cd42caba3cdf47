#pragma once

#include "PhaseRepository.h"
#include "PhaseResult.h"
#include "SyncDb.h"
#include "SyncOptions.h"
#include "lifecycle/LifecycleRecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace salon::calcom
{
class CalcomClient;
}
namespace salon::eventmaps
{
class EventTypeResolver;
}

namespace salon::sync
{

// What a sync batch settles per appointment before it books any phase (docs/lifecycle.md):
//  - bookable means bookable: phases of appointments that are cancelled, completed, no_show (or any status
//    but "scheduled") are not booked, and neither are those of an appointment a cancel, move or re-staff
//    is working on;
//  - first booking as one: when none of an appointment's staff steps is booked yet, all of them are checked
//    first (GET /v2/slots, shared per event type and day); one busy -> none is booked, each says which step
//    is busy; one without an event type -> the others wait (that one fails with its own advice).
// The appointments left booking for the first time are the groups BookingCompensation watches. The
// appointments are read, and the refused steps recorded, in DatabaseWorker jobs (SyncDb).
class AppointmentBookingCheck : public QObject
{
    Q_OBJECT
public:
    AppointmentBookingCheck(SyncDb* db, calcom::CalcomClient* client, eventmaps::EventTypeResolver* resolver,
        const SyncOptions& options, QObject* parent = nullptr);

    // Reads the phases' appointments and checks them; finished() follows (always from the event loop).
    void check(const QList<qint64>& phaseIds);

    // Phases the batch does not sync, with how they end in this run.
    const QHash<qint64, PhaseResult>& excluded() const { return m_excluded; }
    // Appointment -> its staff phases in this run, for appointments booked for the first time.
    const QHash<qint64, QList<qint64>>& firstBookings() const { return m_firstBookings; }

signals:
    void finished();

private:
    void exclude(qint64 phaseId, qint64 appointmentId, PhaseStage stage, const QString& message);
    void checkRead(const QList<qint64>& phaseIds, const QList<lifecycle::AppointmentSnapshot>& snapshots);
    // Recorded later, all in one worker job (recordFailures()).
    void fail(qint64 phaseId, qint64 appointmentId, const SyncErrorAdvice& advice);
    // Each refused step like any failure: claimed, one attempt with the code, failed with the advice; a
    // phase held elsewhere (or archived, or synced meanwhile) is left as it is. Then done().
    void recordFailures();
    void done();

    SyncDb* m_db;
    QPointer<calcom::CalcomClient> m_client;
    QPointer<eventmaps::EventTypeResolver> m_resolver;
    SyncOptions m_options;
    QHash<qint64, PhaseResult> m_excluded;
    QHash<qint64, QList<qint64>> m_firstBookings;
    QHash<qint64, std::pair<QString, QDateTime>> m_phaseInfo; // phase -> segment, start (for results)
    QList<std::pair<qint64, SyncErrorAdvice>> m_failures; // refused steps, still to record
};

} // namespace salon::sync
