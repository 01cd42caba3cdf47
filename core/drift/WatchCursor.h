#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace salon::drift
{

// Where the watch for changes made in Cal.com last looked (table calcom_watch_cursor, migration 0008), so
// cron's `watch` and the desktop continue from the same point.
struct WatchPoint {
    QDateTime lastUpdatedAt; // the newest updatedAt seen; invalid before the first look
    QStringList uidsAtCursor; // bookings seen at exactly lastUpdatedAt (afterUpdatedAt is inclusive)
    QDateTime checkedAt;
};

class WatchCursor
{
    Q_DECLARE_TR_FUNCTIONS(salon::drift::WatchCursor)
public:
    static inline const QString kDefaultName = QStringLiteral("bookings");

    explicit WatchCursor(QSqlDatabase db, QString name = kDefaultName);

    Expected<WatchPoint, QString> read() const;
    Expected<Done, QString> write(const WatchPoint& point);

private:
    QSqlDatabase m_db;
    QString m_name;
};

} // namespace salon::drift
