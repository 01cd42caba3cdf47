#include "Transaction.h"

#include "MainThreadSqlGuard.h"
#include "SqlErrorText.h"
#include "common/Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace salon
{

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    MainThreadSqlGuard::check(m_db, u"BEGIN");
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // Every transaction here writes: take SQLite's write lock at the start, so a writer that comes second
        // waits for the busy timeout. A deferred BEGIN that read first fails at once with "database is
        // locked" in WAL mode when another connection (the request budget, another program) committed
        // in between.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = sqlErrorText(begin.lastError());
        return;
    }
    m_active = m_db.transaction();
    if (!m_active)
        m_error = sqlErrorText(m_db.lastError());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    MainThreadSqlGuard::check(m_db, u"COMMIT");
    if (m_db.commit())
        return true;
    m_error = sqlErrorText(m_db.lastError());
    rollbackQuietly();
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    rollbackQuietly();
}

void Transaction::rollbackQuietly()
{
    if (m_db.rollback())
        return;
    // SQLite rolls back by itself after some errors (a full disk, an I/O error): nothing is left to undo.
    const QString text = m_db.lastError().databaseText();
    if (text.contains(QLatin1String("no transaction is active"), Qt::CaseInsensitive))
        qCDebug(lcDb) << "the database had rolled the transaction back already";
    else
        qCWarning(lcDb) << "rollback failed:" << sqlErrorText(m_db.lastError());
}

} // namespace salon
