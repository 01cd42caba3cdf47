#include "Transaction.h"

#include "MainThreadSqlGuard.h"
#include "common/Logging.h"

#include <QSqlError>

namespace salon
{

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    MainThreadSqlGuard::check(m_db, u"BEGIN");
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
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
    m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.rollback())
        qCWarning(lcDb) << "rollback failed:" << m_db.lastError().text();
}

} // namespace salon
