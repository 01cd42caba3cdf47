#include "CalcomJob.h"

#include "common/Logging.h"

namespace salon::calcom
{

CalcomJob::CalcomJob(QObject* parent)
    : Job(parent)
{
    start();
}

CalcomJob::~CalcomJob() = default;

void CalcomJob::finishWithError(const CalcomError& error)
{
    if (isDone())
        return;
    m_error = error;
    if (error.category != CalcomError::Category::Cancelled)
        qCWarning(lcCalcom).noquote() << "Cal.com request failed:" << error.details();
    Job::finishWithError(error.userMessage());
}

} // namespace salon::calcom
