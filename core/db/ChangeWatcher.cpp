#include "ChangeWatcher.h"

#include "DatabaseConnection.h"
#include "SqlStatement.h"
#include "SqliteHooks.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <atomic>
#include <memory>

namespace salon
{

namespace
{
struct WatcherText {
    Q_DECLARE_TR_FUNCTIONS(salon::ChangeWatcher)
};

QString nextConnectionName()
{
    static std::atomic_int counter { 0 };
    return QStringLiteral("salon-change-watcher-%1").arg(++counter);
}

// How often the commit count of this process is looked at (no SQL, an atomic read).
constexpr int kTickMs = 20;
// A commit is counted just before it becomes visible: look again for a few ticks when a poll found nothing.
constexpr int kRecheckTicks = 5;
// More new entries than this in one poll: the tables they name are re-read as a whole.
constexpr int kMaxEntriesPerPoll = 5000;
} // namespace

// Lives in the watcher's thread and owns the connection there.
class ChangeWatcher::Listener : public QObject
{
public:
    Listener(DatabaseUrl url, QPointer<ChangeWatcher> owner, int pollIntervalMs, int coalesceMs)
        : m_url(std::move(url))
        , m_owner(std::move(owner))
        , m_pollIntervalMs(pollIntervalMs)
        , m_coalesceMs(coalesceMs)
    {
    }

    void startWatching()
    {
        auto opened = DatabaseConnection::open(m_url, nextConnectionName());
        if (!opened)
            return fail(opened.error());
        m_connection = std::move(opened).value();
        m_db = m_connection->db();
        m_flush = new QTimer(this);
        m_flush->setSingleShot(true);
        m_flush->setInterval(m_coalesceMs);
        connect(m_flush, &QTimer::timeout, this, [this] { flush(); });
        if (!m_url.isSqlite())
            return listen();
        auto q = runSql(m_db,
            QStringLiteral("SELECT COALESCE(MAX(id), (SELECT seq FROM sqlite_sequence WHERE name = "
                           "'change_log'), 0) FROM change_log"));
        if (!q)
            return fail(WatcherText::tr("Cannot read the change log: %1").arg(q.error()));
        m_cursor = q->next() ? q->value(0).toLongLong() : 0;
        m_seenCommits = sqlite::localCommitCount();
        m_sincePoll.start();
        m_tick = new QTimer(this);
        m_tick->setInterval(kTickMs);
        connect(m_tick, &QTimer::timeout, this, [this] { tick(); });
        m_tick->start();
        report([](ChangeWatcher* owner) { owner->startedWatching(false); });
    }

    void stopWatching()
    {
        if (m_tick)
            m_tick->stop();
        if (m_flush)
            m_flush->stop();
        if (m_notifications && m_db.isOpen())
            m_db.driver()->unsubscribeFromNotification(kChannel);
        m_db = QSqlDatabase();
        m_connection.reset();
    }

private:
    void listen()
    {
        QSqlDriver* driver = m_db.driver();
        if (!driver->subscribeToNotification(kChannel))
            return fail(
                WatcherText::tr("Cannot subscribe to %1: %2").arg(kChannel, driver->lastError().text()));
        m_notifications = true;
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name != kChannel)
                    return;
                // "table<TAB>key<TAB>parent key" (migration 0004)
                const QStringList parts = payload.toString().split(QLatin1Char('\t'));
                if (parts.size() >= 2)
                    queue(parts.at(0), parts.at(1), parts.value(2));
            });
        report([](ChangeWatcher* owner) { owner->startedWatching(true); });
    }

    void tick()
    {
        const quint64 commits = sqlite::localCommitCount();
        if (commits != m_seenCommits) {
            m_seenCommits = commits;
            m_recheck = kRecheckTicks;
        }
        if (m_recheck > 0) {
            --m_recheck;
            if (poll())
                m_recheck = 0;
        } else if (m_sincePoll.elapsed() >= m_pollIntervalMs) {
            poll();
        }
    }

    // True when something new was found.
    bool poll()
    {
        m_sincePoll.restart();
        auto q = runSql(m_db,
            QStringLiteral("SELECT id, table_name, row_key, parent_key FROM change_log WHERE id > ? "
                           "ORDER BY id LIMIT ?"),
            { m_cursor, kMaxEntriesPerPoll + 1 });
        if (!q) {
            qCWarning(lcDb) << "change poll failed:" << q.error();
            return false;
        }
        struct Entry {
            qint64 id;
            QString table, key, parent;
        };
        QList<Entry> entries;
        while (q->next())
            entries.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                q->value(3).toString() });
        q->finish();
        if (entries.isEmpty())
            return false;
        // Ids are consecutive; a hole after the cursor means entries were pruned before we read them.
        if (entries.first().id != m_cursor + 1 && m_cursor > 0) {
            m_pending.addEverything();
        } else if (entries.size() > kMaxEntriesPerPoll) {
            auto tables = runSql(m_db,
                QStringLiteral("SELECT table_name, MAX(id) FROM change_log WHERE id > ? GROUP BY table_name"),
                { m_cursor });
            qint64 newest = entries.last().id;
            while (tables && tables->next()) {
                m_pending.addTable(tables->value(0).toString());
                newest = qMax(newest, tables->value(1).toLongLong());
            }
            m_cursor = newest;
            scheduleFlush();
            return true;
        } else {
            for (const Entry& entry : std::as_const(entries))
                m_pending.addRow(entry.table, entry.key, entry.parent);
        }
        m_cursor = entries.last().id;
        scheduleFlush();
        return true;
    }

    void queue(const QString& table, const QString& key, const QString& parent)
    {
        m_pending.addRow(table, key, parent);
        scheduleFlush();
    }

    void scheduleFlush()
    {
        if (!m_flush->isActive())
            m_flush->start();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        const ChangeSet changes = std::exchange(m_pending, ChangeSet());
        report([changes](ChangeWatcher* owner) { owner->deliver(changes); });
    }

    void fail(const QString& message)
    {
        qCWarning(lcDb) << "change watcher:" << message;
        report([message](ChangeWatcher* owner) { emit owner->failed(message); });
    }

    // Runs fn on the owner's thread, if the owner still exists.
    template <typename Fn> void report(Fn fn)
    {
        QPointer<ChangeWatcher> owner = m_owner;
        if (!owner)
            return;
        QMetaObject::invokeMethod(
            owner.data(),
            [owner, fn] {
                if (owner)
                    fn(owner.data());
            },
            Qt::QueuedConnection);
    }

    DatabaseUrl m_url;
    QPointer<ChangeWatcher> m_owner;
    int m_pollIntervalMs;
    int m_coalesceMs;
    std::unique_ptr<DatabaseConnection> m_connection;
    QSqlDatabase m_db;
    QTimer* m_tick = nullptr;
    QTimer* m_flush = nullptr;
    QElapsedTimer m_sincePoll;
    qint64 m_cursor = 0;
    quint64 m_seenCommits = 0;
    int m_recheck = 0;
    bool m_notifications = false;
    ChangeSet m_pending;
};

ChangeWatcher::ChangeWatcher(const DatabaseUrl& url, QObject* parent)
    : QObject(parent)
    , m_url(url)
{
    qRegisterMetaType<salon::ChangeSet>();
    m_thread.setObjectName(QStringLiteral("ChangeWatcher"));
}

ChangeWatcher::~ChangeWatcher()
{
    if (!m_listener)
        return;
    Listener* listener = m_listener;
    QThread* thread = &m_thread;
    QMetaObject::invokeMethod(m_listener, [listener, thread] {
        listener->stopWatching();
        thread->quit();
    });
    m_thread.wait();
    // The thread has finished and the timers are stopped, so its objects can go from here.
    delete m_listener;
}

void ChangeWatcher::start()
{
    if (m_listener)
        return;
    m_listener = new Listener(m_url, QPointer<ChangeWatcher>(this), m_pollIntervalMs, m_coalesceMs);
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    Listener* listener = m_listener;
    QMetaObject::invokeMethod(m_listener, [listener] { listener->startWatching(); });
}

void ChangeWatcher::startedWatching(bool notifications)
{
    m_watching = true;
    m_notifications = notifications;
    emit watching();
    // What was written between the first reads of the pages and the cursor (or LISTEN) is not lost.
    ChangeSet everything;
    everything.addEverything();
    emit changed(everything);
}

void ChangeWatcher::deliver(const ChangeSet& changes)
{
    emit changed(changes);
}

} // namespace salon
