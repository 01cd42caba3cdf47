#pragma once

#include <QDateTime>
#include <QString>

namespace salon::lifecycle
{

// Who works on a lifecycle operation: "host:pid:uuid". A claim is abandoned when nobody holds it, when its
// process on this host is gone (a crash, kill -9: the next run takes over at once), or when it has not been
// touched for kStaleSeconds (another host, or a hung process).
class OperationClaim
{
public:
    static constexpr int kStaleSeconds = 10 * 60;

    // A fresh token for this process.
    static QString newToken();
    static bool isAbandoned(const QString& token, const QDateTime& touchedAt);
    // The process named by a token of this host is running; true for other hosts (cannot tell).
    static bool holderAlive(const QString& token);
};

} // namespace salon::lifecycle
