#pragma once

#include "ResolvedEventType.h"

#include "common/Expected.h"

#include <QObject>

#include <optional>

namespace salon::eventmaps
{

// One EventTypeResolver::resolve() in flight. finished() is emitted exactly once, always from the event
// loop; the job deletes itself afterwards unless setAutoDelete(false) (waitForFinished() does that).
class ResolveJob : public QObject
{
    Q_OBJECT
public:
    using Result = Expected<ResolvedEventType, ResolveFailure>;

    explicit ResolveJob(QObject* parent = nullptr);
    ~ResolveJob() override;

    bool isFinished() const { return m_emitted; }
    bool hasFailure() const { return m_result && !m_result->has_value(); }
    // Valid after finished(): exactly one of these.
    const ResolvedEventType& resolved() const { return m_result->value(); }
    const ResolveFailure& failure() const { return m_result->error(); }
    const Result& result() const { return *m_result; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Blocks in a local event loop until finished() (timeoutMs -1 = no limit). CLI AND TESTS ONLY.
    // Turns auto-delete off: the caller owns the job afterwards. Returns isFinished().
    bool waitForFinished(int timeoutMs = -1);

    // Used by EventTypeResolver. Later calls are ignored.
    void finish(Result result);

signals:
    void finished();

private:
    std::optional<Result> m_result;
    bool m_emitted = false;
    bool m_autoDelete = true;
};

} // namespace salon::eventmaps
