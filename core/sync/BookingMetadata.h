#pragma once

#include "PhaseRecords.h"
#include "calcom/Booking.h"
#include "calcom/BookingInput.h"
#include "calcom/BookingQuery.h"
#include "calcom/EventType.h"
#include "domain/Appointment.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace salon::sync
{

// Cal.com has no idempotency key for bookings, so every booking carries our ids in its metadata and a
// POST whose answer was lost is found again by listing the bookings around the phase's start.
class BookingMetadata
{
public:
    static inline const QString kAppointmentKey = QStringLiteral("salonAppointmentId");
    static inline const QString kPhaseKey = QStringLiteral("salonPhaseId");

    // {"salonAppointmentId":"763","salonPhaseId":"269"}; strings, as Cal.com's metadata values are.
    static QJsonObject forPhase(qint64 appointmentId, qint64 phaseId);
    // The POST /v2/bookings body for a phase, carrying forPhase(); the length is sent only for
    // multi-duration event types that offer the phase's (Cal.com rejects it otherwise).
    static calcom::BookingInput bookingInput(const PhaseWork& work, qint64 eventTypeId,
        const std::optional<calcom::EventType>& eventType, const QString& timeZone, const QString& language,
        const QString& nameWhenUnknown);
    // The phase id a booking was made for, if it carries ours.
    static std::optional<qint64> phaseIdOf(const calcom::Booking& booking);

    // The bookings that can be this phase's: from a minute before its start to a day after it (the booking's
    // end follows the event type's length, which may differ from the phase's), every status. No event type
    // filter: the event map may have changed since the lost POST.
    static calcom::BookingQuery searchQuery(const AppointmentPhase& phase);
    // The active booking made for the phase (the earliest when there are several), else nullopt.
    static std::optional<calcom::Booking> findActive(const QList<calcom::Booking>& bookings, qint64 phaseId);
    // How many active bookings carry the phase id (more than one is a double booking to report).
    static int countActive(const QList<calcom::Booking>& bookings, qint64 phaseId);
};

} // namespace salon::sync
