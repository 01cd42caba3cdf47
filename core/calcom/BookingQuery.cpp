#include "BookingQuery.h"

#include "JsonFields.h"

namespace salon::calcom
{

namespace
{
// QUrlQuery leaves '+' alone, which servers read as a space ("kim+salon@…"); encode values ourselves.
QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

QUrlQuery BookingQuery::toUrlQuery() const
{
    QUrlQuery q;
    if (eventTypeId)
        q.addQueryItem(QStringLiteral("eventTypeId"), QString::number(*eventTypeId));
    if (!eventTypeIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : eventTypeIds)
            ids << QString::number(id);
        q.addQueryItem(QStringLiteral("eventTypeIds"), ids.join(QLatin1Char(',')));
    }
    if (afterStart.isValid())
        q.addQueryItem(QStringLiteral("afterStart"), json::utcString(afterStart));
    if (beforeEnd.isValid())
        q.addQueryItem(QStringLiteral("beforeEnd"), json::utcString(beforeEnd));
    if (afterUpdatedAt.isValid())
        q.addQueryItem(QStringLiteral("afterUpdatedAt"), json::utcString(afterUpdatedAt));
    if (sortByUpdatedAt)
        q.addQueryItem(QStringLiteral("sortUpdatedAt"), QStringLiteral("asc"));
    if (!statuses.isEmpty())
        q.addQueryItem(QStringLiteral("status"), statuses.join(QLatin1Char(',')));
    if (!attendeeEmail.isEmpty())
        q.addQueryItem(QStringLiteral("attendeeEmail"), encoded(attendeeEmail));
    if (teamId)
        q.addQueryItem(QStringLiteral("teamId"), QString::number(*teamId));
    q.addQueryItem(QStringLiteral("take"), QString::number(take));
    q.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    return q;
}

} // namespace salon::calcom
