#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace salon::calcom
{

// How to reach Cal.com. A value; the settings dialog and the CLI fill it, CalcomClient reads it.
struct CalcomSettings {
    // Every route lives under this prefix, e.g. https://api.cal.com/v2 + "/bookings".
    QUrl baseUrl = QUrl(QStringLiteral("https://api.cal.com/v2"));
    // The salon's team; when unset, TeamResolver picks the key user's only team.
    std::optional<qint64> teamId;
    // IANA zone the salon works in; bookings are sent in UTC and shown in this zone.
    QString timeZone = QStringLiteral("Europe/Berlin");
    // Cal.com allows 120 requests per 60 s per key and then blocks the key for 60 s.
    int requestsPerMinute = 120;
    // Per-request transfer timeout (no bytes for this long ends the request).
    int timeoutMs = 30000;

    // Empty when usable; otherwise a translated sentence saying what is wrong. Plain http:// is refused
    // unless the host is loopback (the local sandbox and tests), because the key travels in a header.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    // baseUrl + relativePath ("/teams/5/event-types"), without touching the query.
    QUrl urlFor(const QString& relativePath) const;
};

} // namespace salon::calcom
