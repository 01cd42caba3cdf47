#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace salon::sync
{

// Tells the sync console which phases changed, whoever changed them (another console, a cron job), so
// status is live across instances. PostgreSQL: LISTEN on 'salon_phase_changed' (raised by the trigger of
// migration 0002) through QSqlDriver::subscribeToNotification — nothing is polled. SQLite: a cheap poll of
// only the rows whose updated_at moved since the last look (indexed). Bursts are coalesced into one signal.
// Uses its own connection of the thread it lives in.
class PhaseChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static inline const QString kChannel = QStringLiteral("salon_phase_changed");

    explicit PhaseChangeWatcher(QSqlDatabase db, QObject* parent = nullptr);
    ~PhaseChangeWatcher() override;

    // Subscribes (PostgreSQL) or starts polling (SQLite). False with a reason when it cannot.
    bool start(QString* error = nullptr);
    void stop();
    bool isActive() const { return m_active; }
    bool usesNotifications() const { return m_notifications; }

    void setPollIntervalMs(int ms);
    int pollIntervalMs() const { return m_pollTimer.interval(); }
    // How long changes are collected before phasesChanged() is emitted.
    void setCoalesceMs(int ms) { m_coalesceTimer.setInterval(ms); }

public slots:
    // SQLite: looks for changes now (the timer calls it).
    void poll();

signals:
    void phasesChanged(const QList<qint64>& phaseIds);
    // Watching stopped working (connection lost); the console falls back to manual refresh.
    void watchFailed(const QString& message);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void queue(qint64 phaseId);
    void flush();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_notifications = false;
    QTimer m_pollTimer;
    QTimer m_coalesceTimer;
    // True when the cursor is so old that no new write can carry the same updated_at.
    bool cursorIsSettled() const;

    QString m_cursor; // the newest updated_at seen (SQLite)
    QSet<qint64> m_seenAtCursor; // ids already reported with updated_at == m_cursor
    QSet<qint64> m_pending;
};

} // namespace salon::sync
