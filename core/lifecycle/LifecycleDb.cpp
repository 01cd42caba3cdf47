#include "LifecycleDb.h"

namespace salon::lifecycle
{

LifecycleDb::LifecycleDb(DatabaseWorker* worker, QString actor)
    : m_worker(worker)
    , m_actor(std::move(actor))
{
}

LifecycleDb::LifecycleDb(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

} // namespace salon::lifecycle
