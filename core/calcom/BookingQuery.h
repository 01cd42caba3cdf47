#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace salon::calcom
{

// Filters of GET /v2/bookings. Without statuses every status is listed, ordered by start ascending.
struct BookingQuery {
    std::optional<qint64> eventTypeId;
    QList<qint64> eventTypeIds;
    QDateTime afterStart; // bookings starting at/after (sent as UTC)
    QDateTime beforeEnd; // bookings ending at/before
    QStringList statuses; // "upcoming", "recurring", "past", "cancelled", "unconfirmed"
    QString attendeeEmail;
    QDateTime afterUpdatedAt; // changed at/after (the watch for changes made in Cal.com, §12.9)
    bool sortByUpdatedAt = false; // sortUpdatedAt=asc instead of Cal.com's default order
    std::optional<qint64> teamId;
    int take = 100; // page size (Cal.com's default)
    int skip = 0;

    QUrlQuery toUrlQuery() const;
};

} // namespace salon::calcom
