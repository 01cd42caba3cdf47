#include "BookingMetadata.h"

namespace salon::sync
{

QJsonObject BookingMetadata::forPhase(qint64 appointmentId, qint64 phaseId)
{
    return QJsonObject { { kAppointmentKey, QString::number(appointmentId) },
        { kPhaseKey, QString::number(phaseId) } };
}

calcom::BookingInput BookingMetadata::bookingInput(const PhaseWork& work, qint64 eventTypeId,
    const std::optional<calcom::EventType>& eventType, const QString& timeZone, const QString& language,
    const QString& nameWhenUnknown)
{
    calcom::BookingInput input;
    input.eventTypeId = eventTypeId;
    input.start = work.phase.startsAt.toUTC();
    input.attendeeName = work.customerName.trimmed().isEmpty() ? nameWhenUnknown : work.customerName;
    input.attendeeEmail = work.customerEmail;
    input.attendeeTimeZone = timeZone.isEmpty() ? QStringLiteral("Europe/Berlin") : timeZone;
    input.attendeeLanguage = language;
    input.metadata = forPhase(work.phase.appointmentId, work.phase.id);
    if (eventType)
        input.setLength(*eventType, int(work.phase.startsAt.secsTo(work.phase.endsAt) / 60));
    return input;
}

std::optional<qint64> BookingMetadata::phaseIdOf(const calcom::Booking& booking)
{
    const QJsonValue value = booking.metadata.value(kPhaseKey);
    bool ok = false;
    qint64 id = 0;
    if (value.isString())
        id = value.toString().trimmed().toLongLong(&ok);
    else if (value.isDouble())
        id = value.toInteger(), ok = true;
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

calcom::BookingQuery BookingMetadata::searchQuery(const AppointmentPhase& phase)
{
    calcom::BookingQuery query;
    query.afterStart = phase.startsAt.toUTC().addSecs(-60);
    query.beforeEnd = phase.startsAt.toUTC().addDays(1);
    return query;
}

std::optional<calcom::Booking> BookingMetadata::findActive(
    const QList<calcom::Booking>& bookings, qint64 phaseId)
{
    std::optional<calcom::Booking> found;
    for (const calcom::Booking& b : bookings) {
        if (b.isCancelled() || phaseIdOf(b) != phaseId)
            continue;
        if (!found || b.createdAt < found->createdAt || (b.createdAt == found->createdAt && b.id < found->id))
            found = b;
    }
    return found;
}

int BookingMetadata::countActive(const QList<calcom::Booking>& bookings, qint64 phaseId)
{
    return int(std::count_if(bookings.begin(), bookings.end(),
        [phaseId](const calcom::Booking& b) { return !b.isCancelled() && phaseIdOf(b) == phaseId; }));
}

} // namespace salon::sync
