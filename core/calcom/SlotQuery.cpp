#include "SlotQuery.h"

#include "JsonFields.h"

namespace salon::calcom
{

QString SlotQuery::problem() const
{
    if (eventTypeId <= 0)
        return QStringLiteral("eventTypeId must be positive");
    if (!start.isValid() || !end.isValid())
        return QStringLiteral("start and end are required");
    if (end <= start)
        return QStringLiteral("end must be after start");
    return {};
}

QUrlQuery SlotQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("eventTypeId"), QString::number(eventTypeId));
    q.addQueryItem(QStringLiteral("start"), json::utcString(start));
    q.addQueryItem(QStringLiteral("end"), json::utcString(end));
    if (!timeZone.isEmpty())
        q.addQueryItem(QStringLiteral("timeZone"), QString::fromLatin1(QUrl::toPercentEncoding(timeZone)));
    if (!bookingUidToReschedule.isEmpty())
        q.addQueryItem(QStringLiteral("bookingUidToReschedule"),
            QString::fromLatin1(QUrl::toPercentEncoding(bookingUidToReschedule)));
    if (duration)
        q.addQueryItem(QStringLiteral("duration"), QString::number(*duration));
    if (range)
        q.addQueryItem(QStringLiteral("format"), QStringLiteral("range"));
    return q;
}

} // namespace salon::calcom
