#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace salon::calcom
{

// Body of POST /v2/bookings/{uid}/reschedule (RescheduleBookingInput_2024_08_13). Cal.com keeps the
// booking's event type, attendee and metadata and takes the event type's default length (§12.1, §12.2).
struct RescheduleInput {
    QDateTime start; // sent as UTC
    QString reschedulingReason;
    QString rescheduledBy; // an e-mail; the event type owner's confirms at once

    QString problem() const;
    QJsonObject toJson() const;
};

} // namespace salon::calcom
