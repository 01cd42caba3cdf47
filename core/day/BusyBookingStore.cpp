#include "BusyBookingStore.h"

#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "sync/BookingMetadata.h"

#include <QSet>
#include <QSqlQuery>

namespace salon::day
{

namespace
{
bool isForeign(const calcom::Booking& b)
{
    return !sync::BookingMetadata::phaseIdOf(b) && !b.uid.isEmpty();
}
} // namespace

BusyBookingStore::BusyBookingStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<int, QString> BusyBookingStore::record(const QList<calcom::Booking>& seen)
{
    Transaction tx(m_db);
    auto kept = store(seen);
    if (!kept)
        return kept;
    if (!tx.commit())
        return Unexpected(tr("Cannot keep the busy time from Cal.com: %1").arg(tx.error()));
    return kept;
}

Expected<int, QString> BusyBookingStore::replaceWindow(
    const QDateTime& from, const QDateTime& to, const QList<calcom::Booking>& listed)
{
    Transaction tx(m_db);
    QSet<QString> uids;
    for (const calcom::Booking& b : listed)
        uids.insert(b.uid);
    auto stored = runSql(m_db,
        QStringLiteral("SELECT booking_uid FROM calcom_busy_bookings WHERE starts_at >= ? AND ends_at <= ?"),
        { toSqlTime(from), toSqlTime(to) });
    if (!stored)
        return Unexpected(tr("Cannot read the busy time from Cal.com: %1").arg(stored.error()));
    QStringList gone;
    while (stored->next())
        if (!uids.contains(stored->value(0).toString()))
            gone.append(stored->value(0).toString());
    for (const QString& uid : std::as_const(gone))
        if (auto d
            = runSql(m_db, QStringLiteral("DELETE FROM calcom_busy_bookings WHERE booking_uid = ?"), { uid });
            !d)
            return Unexpected(tr("Cannot forget busy time from Cal.com: %1").arg(d.error()));
    auto kept = store(listed);
    if (!kept)
        return kept;
    if (!tx.commit())
        return Unexpected(tr("Cannot keep the busy time from Cal.com: %1").arg(tx.error()));
    return kept;
}

Expected<int, QString> BusyBookingStore::store(const QList<calcom::Booking>& seen)
{
    const QDateTime now = Clock::instance().nowUtc();
    auto users
        = runSql(m_db, QStringLiteral("SELECT calcom_user_id FROM staff WHERE calcom_user_id IS NOT NULL"));
    if (!users)
        return Unexpected(tr("Cannot read the staff: %1").arg(users.error()));
    QSet<qint64> staffUsers;
    while (users->next())
        staffUsers.insert(users->value(0).toLongLong());
    int kept = 0;
    for (const calcom::Booking& b : seen) {
        if (!isForeign(b))
            continue;
        if (b.isCancelled() || b.hosts.isEmpty() || !b.start.isValid() || !b.end.isValid()) {
            if (auto d = runSql(m_db,
                    QStringLiteral("DELETE FROM calcom_busy_bookings WHERE booking_uid = ?"), { b.uid });
                !d)
                return Unexpected(tr("Cannot forget busy time from Cal.com: %1").arg(d.error()));
            continue;
        }
        // Only a staff member's time; a row that is as stored is not written again (no change to announce).
        if (!staffUsers.contains(b.hosts.first().id))
            continue;
        auto i = runSql(m_db,
            QStringLiteral(
                "INSERT INTO calcom_busy_bookings (booking_uid, calcom_user_id, event_type_id, starts_at, "
                "ends_at, seen_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (booking_uid) DO UPDATE SET "
                "calcom_user_id = excluded.calcom_user_id, event_type_id = excluded.event_type_id, starts_at "
                "= "
                "excluded.starts_at, ends_at = excluded.ends_at WHERE calcom_busy_bookings.calcom_user_id <> "
                "excluded.calcom_user_id OR COALESCE(calcom_busy_bookings.event_type_id, 0) <> "
                "COALESCE(excluded.event_type_id, 0) OR calcom_busy_bookings.starts_at <> excluded.starts_at "
                "OR calcom_busy_bookings.ends_at <> excluded.ends_at"),
            { b.uid, b.hosts.first().id,
                b.eventTypeId > 0 ? QVariant(b.eventTypeId) : QVariant(QMetaType::fromType<qlonglong>()),
                toSqlTime(b.start), toSqlTime(b.end), toSqlTime(now) });
        if (!i)
            return Unexpected(tr("Cannot keep the busy time from Cal.com: %1").arg(i.error()));
        ++kept;
    }
    if (auto old = runSql(m_db, QStringLiteral("DELETE FROM calcom_busy_bookings WHERE ends_at < ?"),
            { toSqlTime(now.addDays(-kKeepDays)) });
        !old)
        return Unexpected(tr("Cannot forget old busy time from Cal.com: %1").arg(old.error()));
    return kept;
}

} // namespace salon::day
