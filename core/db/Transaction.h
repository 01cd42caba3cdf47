#pragma once

#include <QSqlDatabase>
#include <QString>

namespace salon
{

// A database transaction that rolls back unless commit() succeeds: every write path uses one,
// so bad input or an error half-way leaves the database exactly as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    void rollbackQuietly();

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace salon
