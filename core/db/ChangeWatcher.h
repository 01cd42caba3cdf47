#pragma once

#include "ChangeSet.h"
#include "DatabaseUrl.h"

#include <QObject>
#include <QThread>

namespace salon
{

// Tells the application which rows changed, whoever changed them — this process (the wizard, the sync
// engine, an import), a cron job or another window — so every open page re-reads just those rows.
// Migration 0004 makes the database record each change of a watched table: on PostgreSQL a NOTIFY on
// 'salon_changed' heard through LISTEN; on SQLite a change_log row, looked for after the cursor by primary
// key — at once after a commit of this process (sqlite::localCommitCount()), every pollIntervalMs for
// other processes. All of it runs in the watcher's own thread on its own connection, never on the GUI
// thread. Bursts are coalesced into one changed() per coalesceMs.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static inline const QString kChannel = QStringLiteral("salon_changed");

    explicit ChangeWatcher(const DatabaseUrl& url, QObject* parent = nullptr);
    // Stops the thread and closes its connection.
    ~ChangeWatcher() override;

    // Opens the connection and starts watching; watching() or failed() follows. Set the intervals first.
    void start();
    // SQLite: how often writes of other processes are looked for.
    void setPollIntervalMs(int ms) { m_pollIntervalMs = qMax(20, ms); }
    void setCoalesceMs(int ms) { m_coalesceMs = qMax(0, ms); }
    int pollIntervalMs() const { return m_pollIntervalMs; }

    bool isWatching() const { return m_watching; }
    // PostgreSQL: changes arrive as notifications (nothing is polled).
    bool usesNotifications() const { return m_notifications; }

signals:
    void changed(const salon::ChangeSet& changes);
    // The cursor is set: changes from now on are reported. One changed(everything) follows at once, so
    // whatever was written between the pages' first reads and the start is shown too.
    void watching();
    // Watching could not start or stopped (connection lost); pages then only refresh on request.
    void failed(const QString& message);

private:
    class Listener;
    void startedWatching(bool notifications);
    void deliver(const ChangeSet& changes);

    DatabaseUrl m_url;
    QThread m_thread;
    Listener* m_listener = nullptr;
    int m_pollIntervalMs = 1000;
    int m_coalesceMs = 50;
    bool m_watching = false;
    bool m_notifications = false;
};

} // namespace salon
