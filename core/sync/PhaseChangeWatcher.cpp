#include "PhaseChangeWatcher.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace salon::sync
{

namespace
{
// Writers stamp updated_at with the current time, so no new row can tie with a cursor older than this.
constexpr qint64 kTieWindowMs = 5000;
} // namespace

PhaseChangeWatcher::PhaseChangeWatcher(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &PhaseChangeWatcher::poll);
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(100);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &PhaseChangeWatcher::flush);
}

PhaseChangeWatcher::~PhaseChangeWatcher()
{
    stop();
}

bool PhaseChangeWatcher::start(QString* error)
{
    if (m_active)
        return true;
    if (!m_db.isOpen()) {
        if (error)
            *error = tr("The database connection is not open.");
        return false;
    }
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        QSqlDriver* driver = m_db.driver();
        if (!driver->subscribeToNotification(kChannel)) {
            if (error)
                *error = tr("Cannot subscribe to %1: %2").arg(kChannel, driver->lastError().text());
            return false;
        }
        connect(driver, &QSqlDriver::notification, this, &PhaseChangeWatcher::onNotification);
        m_notifications = true;
    } else {
        auto q = runSql(m_db, QStringLiteral("SELECT COALESCE(MAX(updated_at), '') FROM appointment_phases"));
        if (!q) {
            if (error)
                *error = q.error();
            return false;
        }
        m_cursor = q->next() ? q->value(0).toString() : QString();
        m_seenAtCursor.clear();
        if (!m_cursor.isEmpty() && !cursorIsSettled()) {
            auto seen = runSql(
                m_db, QStringLiteral("SELECT id FROM appointment_phases WHERE updated_at = ?"), { m_cursor });
            while (seen && seen->next())
                m_seenAtCursor.insert(seen->value(0).toLongLong());
        }
        m_pollTimer.start();
    }
    m_active = true;
    return true;
}

void PhaseChangeWatcher::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_pollTimer.stop();
    if (m_notifications && m_db.isOpen()) {
        QSqlDriver* driver = m_db.driver();
        disconnect(driver, &QSqlDriver::notification, this, &PhaseChangeWatcher::onNotification);
        driver->unsubscribeFromNotification(kChannel);
    }
    m_notifications = false;
}

void PhaseChangeWatcher::setPollIntervalMs(int ms)
{
    m_pollTimer.setInterval(qMax(50, ms));
}

void PhaseChangeWatcher::poll()
{
    if (!m_active || m_notifications)
        return;
    // Only rows changed since the last look; timestamps are ISO text in UTC, so text order is time order.
    // Rows at the cursor itself are read again only while a new row could still tie with it: a bulk write
    // long ago (an import stamping 500,000 rows alike) would otherwise be re-read on every poll.
    const bool settled = cursorIsSettled();
    if (settled)
        m_seenAtCursor.clear();
    auto q = runSql(m_db,
        settled ? QStringLiteral("SELECT id, updated_at FROM appointment_phases WHERE updated_at > ? "
                                 "ORDER BY updated_at")
                : QStringLiteral("SELECT id, updated_at FROM appointment_phases WHERE updated_at >= ? "
                                 "ORDER BY updated_at"),
        { m_cursor });
    if (!q) {
        qCWarning(lcSync) << "phase poll failed:" << q.error();
        emit watchFailed(q.error());
        return;
    }
    QString newest = m_cursor;
    QList<QPair<qint64, QString>> rows;
    while (q->next())
        rows.append({ q->value(0).toLongLong(), q->value(1).toString() });
    for (const auto& [id, updatedAt] : std::as_const(rows)) {
        if (updatedAt == m_cursor && m_seenAtCursor.contains(id))
            continue;
        queue(id);
        if (updatedAt > newest)
            newest = updatedAt;
    }
    if (newest != m_cursor) {
        m_cursor = newest;
        m_seenAtCursor.clear();
    }
    if (cursorIsSettled())
        return;
    for (const auto& [id, updatedAt] : std::as_const(rows)) {
        if (updatedAt == m_cursor)
            m_seenAtCursor.insert(id);
    }
}

bool PhaseChangeWatcher::cursorIsSettled() const
{
    return m_cursor < toSqlTime(Clock::instance().nowUtc().addMSecs(-kTieWindowMs));
}

void PhaseChangeWatcher::onNotification(
    const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    Q_UNUSED(source) // our own changes count too: another window of this process may show them
    if (name != kChannel)
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok)
        queue(id);
}

void PhaseChangeWatcher::queue(qint64 phaseId)
{
    m_pending.insert(phaseId);
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

void PhaseChangeWatcher::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<qint64> ids(m_pending.begin(), m_pending.end());
    std::sort(ids.begin(), ids.end());
    m_pending.clear();
    emit phasesChanged(ids);
}

} // namespace salon::sync
