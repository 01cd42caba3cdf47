#pragma once

#include "CalcomError.h"
#include "common/Job.h"

#include <optional>

namespace salon::calcom
{

// Base of everything CalcomClient hands out: a job (core/common/Job.h) that is already running when the
// client returns it — finished() exactly once from the event loop, auto-delete unless setAutoDelete(false),
// cancel(), waitForFinished() for the CLI and tests — with its error as a typed CalcomError (errorString()
// is its message for people) or a result (in the typed subclasses).
class CalcomJob : public Job
{
    Q_OBJECT
public:
    ~CalcomJob() override;

    // Valid only when hasError().
    const CalcomError& error() const { return *m_error; }

protected:
    // Starts the job at once: the client has set the work in motion (or queued it in the rate limiter).
    explicit CalcomJob(QObject* parent);
    void doStart() override { }

    using Job::finishOk;
    // Stores the error now and emits finished() from the event loop. Later calls are ignored.
    void finishWithError(const CalcomError& error);

private:
    std::optional<CalcomError> m_error;
};

} // namespace salon::calcom
