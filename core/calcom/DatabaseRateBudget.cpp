#include "DatabaseRateBudget.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace salon::calcom
{

namespace
{
struct BudgetText {
    Q_DECLARE_TR_FUNCTIONS(salon::calcom::DatabaseRateBudget)
};

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// The decision in one transaction; every process runs the same statements under the same lock.
SharedRateBudget::Answer reserveIn(
    QSqlDatabase& db, const QString& key, int limit, qint64 spanMs, const QString& owner)
{
    SharedRateBudget::Answer answer;
    auto failed = [&](const QString& what, const QString& error) {
        runSql(db, QStringLiteral("ROLLBACK"));
        answer.error = BudgetText::tr("Cannot read the shared request budget (%1): %2").arg(what, error);
        return answer;
    };
    if (!db.isOpen()) {
        answer.error = BudgetText::tr("Cannot read the shared request budget: the database is not open.");
        return answer;
    }
    const bool postgres = isPostgres(db);
    // SQLite: take the write lock at once, so two processes never read the same count and both send.
    if (auto begin = runSql(db, postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        !begin) {
        answer.error = BudgetText::tr("Cannot read the shared request budget: %1").arg(begin.error());
        return answer;
    }
    if (postgres) {
        if (auto lock = runSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), { key });
            !lock)
            return failed(QStringLiteral("lock"), lock.error());
        // One clock for every machine that shares the server.
        auto now
            = runSql(db, QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint"));
        if (!now || !now->next())
            return failed(QStringLiteral("clock"), now ? QString() : now.error());
        answer.nowMs = now->value(0).toLongLong();
    } else {
        answer.nowMs = Clock::instance().nowUtc().toMSecsSinceEpoch();
    }
    // Older sends can no longer count against anyone.
    if (auto prune
        = runSql(db, QStringLiteral("DELETE FROM rate_budget_sends WHERE key_hash = ? AND sent_at_ms <= ?"),
            { key, answer.nowMs - 2 * spanMs });
        !prune)
        return failed(QStringLiteral("prune"), prune.error());
    auto blocked
        = runSql(db, QStringLiteral("SELECT blocked_until_ms FROM rate_budget WHERE key_hash = ?"), { key });
    if (!blocked)
        return failed(QStringLiteral("block"), blocked.error());
    if (blocked->next())
        answer.blockedUntilMs = blocked->value(0).toLongLong();
    auto window = runSql(db,
        QStringLiteral(
            "SELECT id, sent_at_ms, owner FROM rate_budget_sends WHERE key_hash = ? AND sent_at_ms > ? "
            "ORDER BY sent_at_ms, id"),
        { key, answer.nowMs - spanMs });
    if (!window)
        return failed(QStringLiteral("window"), window.error());
    while (window->next())
        answer.window.push_back(
            { window->value(0).toLongLong(), window->value(1).toLongLong(), window->value(2).toString() });
    if (int(answer.window.size()) < limit && answer.blockedUntilMs <= answer.nowMs) {
        auto insert = runSql(db,
            QStringLiteral("INSERT INTO rate_budget_sends (key_hash, sent_at_ms, owner) VALUES (?, ?, ?)")
                + (postgres ? QStringLiteral(" RETURNING id") : QString()),
            { key, answer.nowMs, owner });
        if (!insert)
            return failed(QStringLiteral("reserve"), insert.error());
        answer.sendId = postgres ? (insert->next() ? insert->value(0).toLongLong() : 0)
                                 : insert->lastInsertId().toLongLong();
        insert->finish();
        answer.granted = answer.sendId > 0;
        answer.window.push_back({ answer.sendId, answer.nowMs, owner });
    }
    if (auto commit = runSql(db, QStringLiteral("COMMIT")); !commit) {
        answer.granted = false;
        return failed(QStringLiteral("commit"), commit.error());
    }
    return answer;
}
} // namespace

DatabaseRateBudget::DatabaseRateBudget(DatabaseWorker* worker, QString keyHash, QObject* parent)
    : SharedRateBudget(parent)
    , m_worker(worker)
    , m_keyHash(std::move(keyHash))
{
}

QString DatabaseRateBudget::keyHash(const QUrl& baseUrl, const QString& apiKey)
{
    const QByteArray material
        = baseUrl.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '\n' + apiKey.trimmed().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

void DatabaseRateBudget::reserve(
    int limit, qint64 spanMs, const QString& owner, std::function<void(Answer)> done)
{
    if (!m_worker) {
        Answer answer;
        answer.error = BudgetText::tr("Cannot read the shared request budget: no database.");
        QMetaObject::invokeMethod(
            this, [done, answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    const QString key = m_keyHash;
    m_worker->post<Answer>(
        [key, limit, spanMs, owner](QSqlDatabase& db) { return reserveIn(db, key, limit, spanMs, owner); },
        this, std::move(done));
}

void DatabaseRateBudget::block(qint64 untilMs)
{
    if (!m_worker)
        return;
    const QString key = m_keyHash;
    m_worker->post<QString>(
        [key, untilMs](QSqlDatabase& db) {
            const QString greatest = isPostgres(db) ? QStringLiteral("GREATEST") : QStringLiteral("MAX");
            auto q = runSql(db,
                QStringLiteral(
                    "INSERT INTO rate_budget (key_hash, blocked_until_ms) VALUES (?, ?) ON CONFLICT "
                    "(key_hash) DO UPDATE SET blocked_until_ms = %1(rate_budget.blocked_until_ms, "
                    "excluded.blocked_until_ms)")
                    .arg(greatest),
                { key, untilMs });
            return q ? QString() : q.error();
        },
        this,
        [](const QString& error) {
            if (!error.isEmpty())
                qCWarning(lcCalcom) << "cannot share the rate-limit block:" << error;
        });
}

} // namespace salon::calcom
