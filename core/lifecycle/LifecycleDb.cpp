#include "LifecycleDb.h"

namespace salon::lifecycle
{

LifecycleDb::LifecycleDb(DatabaseWorker* worker, QString actor)
    : m_worker(worker)
    , m_actor(std::move(actor))
{
}

} // namespace salon::lifecycle
