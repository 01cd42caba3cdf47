#pragma once

#include "CalcomError.h"

#include <QObject>

#include <optional>

namespace salon::calcom
{

// Base of everything CalcomClient hands out: one asynchronous operation with a finished() signal, an error
// (CalcomError) or a result (in the typed subclasses), and cancel(). finished() is emitted exactly once and
// always from the event loop, never inside the call that created the job, so connecting right after
// creation is safe. By default the job deletes itself (deleteLater) after finished(); call
// setAutoDelete(false) to keep it.
class CalcomJob : public QObject
{
    Q_OBJECT
public:
    ~CalcomJob() override;

    // finished() has been emitted.
    bool isFinished() const { return m_emitted; }
    bool hasError() const { return m_error.has_value(); }
    // Valid only when hasError().
    const CalcomError& error() const { return *m_error; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Stops the job; it finishes with Category::Cancelled (unless it has finished already).
    virtual void cancel() = 0;

    // Blocks in a local QEventLoop until finished() (or timeoutMs, -1 = no limit).
    // FOR THE CLI AND TESTS ONLY — never call it in the GUI (nested event loops re-enter widgets).
    // Turns auto-delete off: the caller owns the job afterwards. Returns isFinished().
    bool waitForFinished(int timeoutMs = -1);

signals:
    void finished();

protected:
    explicit CalcomJob(QObject* parent);
    // Both store the outcome now and emit finished() from the event loop. Later calls are ignored.
    void finishOk();
    void finishWithError(const CalcomError& error);
    // The outcome is decided (finished() may still be pending).
    bool isDone() const { return m_done; }

private:
    void emitFinishedLater();

    std::optional<CalcomError> m_error;
    bool m_done = false;
    bool m_emitted = false;
    bool m_autoDelete = true;
};

} // namespace salon::calcom
