#pragma once

#include "SharedRateBudget.h"

#include <QPointer>
#include <QUrl>

namespace salon
{
class DatabaseWorker;
}

namespace salon::calcom
{

// SharedRateBudget in the database the processes already share (tables rate_budget and
// rate_budget_sends, migration 0007). Each reservation is one short transaction in the worker thread:
// SQLite's write lock (BEGIN IMMEDIATE) or a PostgreSQL advisory lock per key serialises the processes.
// The key itself is never stored: rows are found by keyHash(), a SHA-256 of the base URL and the key.
class DatabaseRateBudget final : public SharedRateBudget
{
    Q_OBJECT
public:
    DatabaseRateBudget(DatabaseWorker* worker, QString keyHash, QObject* parent = nullptr);

    static QString keyHash(const QUrl& baseUrl, const QString& apiKey);

    void reserve(int limit, qint64 spanMs, const QString& owner, std::function<void(Answer)> done) override;
    void block(qint64 untilMs) override;

private:
    QPointer<DatabaseWorker> m_worker;
    QString m_keyHash;
};

} // namespace salon::calcom
