#include "WatchCursor.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace salon::drift
{

WatchCursor::WatchCursor(QSqlDatabase db, QString name)
    : m_db(std::move(db))
    , m_name(std::move(name))
{
}

Expected<WatchPoint, QString> WatchCursor::read() const
{
    auto q = runSql(m_db,
        QStringLiteral(
            "SELECT last_updated_at, uids_at_cursor, checked_at FROM calcom_watch_cursor WHERE name = ?"),
        { m_name });
    if (!q)
        return Unexpected(tr("Cannot read where the last look at Cal.com stopped: %1").arg(q.error()));
    WatchPoint point;
    if (q->next()) {
        point.lastUpdatedAt = fromSqlTime(q->value(0));
        point.uidsAtCursor = q->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        point.checkedAt = fromSqlTime(q->value(2));
    }
    return point;
}

Expected<Done, QString> WatchCursor::write(const WatchPoint& point)
{
    Transaction tx(m_db);
    auto d = runSql(m_db, QStringLiteral("DELETE FROM calcom_watch_cursor WHERE name = ?"), { m_name });
    if (!d)
        return Unexpected(tr("Cannot store where the look at Cal.com stopped: %1").arg(d.error()));
    auto i = runSql(m_db,
        QStringLiteral("INSERT INTO calcom_watch_cursor (name, last_updated_at, uids_at_cursor, checked_at) "
                       "VALUES (?, ?, ?, ?)"),
        // An empty join is a null QString, which binds as NULL: the column is NOT NULL DEFAULT ''.
        { m_name, toSqlTimeOrNull(point.lastUpdatedAt),
            point.uidsAtCursor.isEmpty() ? QStringLiteral("") : point.uidsAtCursor.join(QLatin1Char(',')),
            toSqlTimeOrNull(point.checkedAt) });
    if (!i)
        return Unexpected(tr("Cannot store where the look at Cal.com stopped: %1").arg(i.error()));
    if (!tx.commit())
        return Unexpected(tr("Cannot store where the look at Cal.com stopped: %1").arg(tx.error()));
    return Done {};
}

} // namespace salon::drift
