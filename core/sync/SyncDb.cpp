#include "SyncDb.h"

namespace salon::sync
{

SyncDb::SyncDb(DatabaseWorker* worker, QString actor)
    : m_worker(worker)
    , m_actor(std::move(actor))
{
}

} // namespace salon::sync
