#include "BookingInput.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace salon::calcom
{

void BookingInput::setLength(const EventType& eventType, int minutes)
{
    if (eventType.hasMultipleDurations() && eventType.lengthInMinutesOptions.contains(minutes))
        m_lengthInMinutes = minutes;
    else
        m_lengthInMinutes.reset();
}

QString BookingInput::problem() const
{
    if (eventTypeId <= 0)
        return QStringLiteral("eventTypeId is required");
    if (!start.isValid())
        return QStringLiteral("start is required");
    if (attendeeName.trimmed().isEmpty())
        return QStringLiteral("attendee name is required");
    if (attendeeTimeZone.isEmpty())
        return QStringLiteral("attendee time zone is required");
    if (metadata.size() > 50)
        return QStringLiteral("metadata has more than 50 keys");
    return {};
}

QJsonObject BookingInput::toJson() const
{
    QJsonObject attendee { { QStringLiteral("name"), attendeeName },
        { QStringLiteral("timeZone"), attendeeTimeZone } };
    if (!attendeeEmail.isEmpty())
        attendee.insert(QStringLiteral("email"), attendeeEmail);
    if (!attendeeLanguage.isEmpty())
        attendee.insert(QStringLiteral("language"), attendeeLanguage);
    if (!attendeePhoneNumber.isEmpty())
        attendee.insert(QStringLiteral("phoneNumber"), attendeePhoneNumber);

    QJsonObject body { { QStringLiteral("eventTypeId"), eventTypeId },
        { QStringLiteral("start"), json::utcString(start) }, { QStringLiteral("attendee"), attendee } };
    if (!guests.isEmpty())
        body.insert(QStringLiteral("guests"), QJsonArray::fromStringList(guests));
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    if (!bookingFieldsResponses.isEmpty())
        body.insert(QStringLiteral("bookingFieldsResponses"), bookingFieldsResponses);
    if (!location.isEmpty())
        body.insert(QStringLiteral("location"), location);
    if (m_lengthInMinutes)
        body.insert(QStringLiteral("lengthInMinutes"), *m_lengthInMinutes);
    return body;
}

} // namespace salon::calcom
