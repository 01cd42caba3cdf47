#pragma once

#include "PhaseRepository.h"
#include "PhaseResult.h"
#include "SyncOptions.h"

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
// The appointments left booking for the first time are the groups BookingCompensation watches.
class AppointmentBookingCheck : public QObject
{
    Q_OBJECT
public:
    AppointmentBookingCheck(PhaseRepository* repository, calcom::CalcomClient* client,
        eventmaps::EventTypeResolver* resolver, const SyncOptions& options, QObject* parent = nullptr);

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
    void fail(qint64 phaseId, qint64 appointmentId, const SyncErrorAdvice& advice);
    void done();

    PhaseRepository* m_repository;
    QPointer<calcom::CalcomClient> m_client;
    QPointer<eventmaps::EventTypeResolver> m_resolver;
    SyncOptions m_options;
    QHash<qint64, PhaseResult> m_excluded;
    QHash<qint64, QList<qint64>> m_firstBookings;
    QHash<qint64, std::pair<QString, QDateTime>> m_phaseInfo; // phase -> segment, start (for results)
};

} // namespace salon::sync
