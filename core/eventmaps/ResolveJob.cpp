#include "ResolveJob.h"

namespace salon::eventmaps
{

ResolveJob::ResolveJob(QObject* parent)
    : Job(parent)
{
    start();
}

ResolveJob::~ResolveJob() = default;

void ResolveJob::finish(Result result)
{
    if (m_result)
        return;
    m_result = std::move(result);
    // finished() from the event loop, so a caller connecting right after resolve() never misses it.
    if (m_result->has_value())
        finishOk();
    else
        finishWithError(m_result->error().message());
}

} // namespace salon::eventmaps
