#pragma once

#include "EventType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace salon::calcom
{

// Body of POST /v2/bookings (CreateBookingInput_2024_08_13). Cal.com rejects unknown properties, and
// rejects lengthInMinutes for single-duration event types: set the length only through setLength().
// Put a stable de-duplication key into metadata (e.g. "salonPhaseId"): there is no idempotency key, and
// a failed POST may still have booked.
struct BookingInput {
    qint64 eventTypeId = 0; // a bookable id: never a MANAGED parent, use the staff member's child
    QDateTime start; // sent as UTC
    QString attendeeName;
    QString attendeeEmail;
    QString attendeeTimeZone = QStringLiteral("Europe/Berlin");
    QString attendeeLanguage; // "de", "en", ...; empty = Cal.com's default
    QString attendeePhoneNumber;
    QStringList guests;
    QJsonObject metadata; // at most 50 keys, keys <= 40 chars, string values <= 500 chars
    QJsonObject bookingFieldsResponses; // keyed by booking-field slug
    QJsonObject location; // e.g. {"type":"integration","integration":"cal-video"}

    // Sets the duration for a booking of `eventType`: sent only when the event type has several possible
    // lengths and `minutes` is one of them (otherwise Cal.com uses the event type's length).
    void setLength(const EventType& eventType, int minutes);
    // A length already checked against the event type's options (a re-booking planned from them).
    void setCheckedLength(int minutes)
    {
        m_lengthInMinutes = minutes > 0 ? std::optional<int>(minutes) : std::nullopt;
    }
    std::optional<int> lengthInMinutes() const { return m_lengthInMinutes; }

    QString problem() const;
    QJsonObject toJson() const;

private:
    std::optional<int> m_lengthInMinutes;
};

} // namespace salon::calcom
