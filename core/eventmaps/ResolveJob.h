#pragma once

#include "ResolvedEventType.h"

#include "common/Expected.h"
#include "common/Job.h"

#include <optional>

namespace salon::eventmaps
{

// One EventTypeResolver::resolve() in flight, a job (core/common/Job.h) that runs from its creation:
// finished() exactly once from the event loop, then resolved() or failure() (hasError() with the
// failure's message as errorString()); auto-delete unless setAutoDelete(false) (waitForFinished() does
// that).
class ResolveJob : public Job
{
    Q_OBJECT
public:
    using Result = Expected<ResolvedEventType, ResolveFailure>;

    explicit ResolveJob(QObject* parent = nullptr);
    ~ResolveJob() override;

    bool hasFailure() const { return m_result && !m_result->has_value(); }
    // Valid after finished(): exactly one of these.
    const ResolvedEventType& resolved() const { return m_result->value(); }
    const ResolveFailure& failure() const { return m_result->error(); }
    const Result& result() const { return *m_result; }

    // Used by EventTypeResolver. Later calls are ignored.
    void finish(Result result);

protected:
    void doStart() override { }

private:
    std::optional<Result> m_result;
};

} // namespace salon::eventmaps
