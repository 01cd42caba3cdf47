#pragma once

#include <QObject>
#include <QString>

namespace salon
{

// One asynchronous operation, in the spirit of KDE's KJob: start() begins it, finished() comes exactly
// once and always from the event loop (never inside start() or the call that created the job), so
// connecting right after creation is safe. The outcome is hasError()/errorString() here and a typed
// result or error in the subclass. progress(done, total) reports steps where the job has them.
// By default the job deletes itself (deleteLater) after finished(); setAutoDelete(false) keeps it.
//
//   auto* job = service.cancelAppointment(id, reason);
//   connect(job, &Job::finished, this, [job] { if (job->hasError()) show(job->errorString()); });
//   job->start();
//
// Subclasses implement doStart() (and doCancel() when they can stop early) and end with finishOk() or
// finishWithError(); calls after the first are ignored.
class Job : public QObject
{
    Q_OBJECT
public:
    ~Job() override;

    // Starts the job from the event loop; a second call does nothing.
    void start();
    // Asks the job to stop; it still finishes (usually with an error saying it was cancelled).
    void cancel();

    bool isStarted() const { return m_started; }
    // finished() has been emitted.
    bool isFinished() const { return m_emitted; }
    // The outcome is decided (finished() may still be pending in the event loop).
    bool isDone() const { return m_done; }
    bool isCancelRequested() const { return m_cancelRequested; }
    bool hasError() const { return m_failed; }
    // For people; empty without an error.
    QString errorString() const { return m_errorString; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    int progressDone() const { return m_progressDone; }
    int progressTotal() const { return m_progressTotal; }

    // Starts the job if needed and blocks in a local event loop until finished() (or timeoutMs; -1 = no
    // limit). FOR THE CLI AND TESTS ONLY, never on the GUI thread (nested event loops re-enter widgets).
    // Turns auto-delete off: the caller owns the job afterwards. Returns isFinished().
    bool waitForFinished(int timeoutMs = -1);

signals:
    void finished();
    void progress(int done, int total);

protected:
    explicit Job(QObject* parent = nullptr);

    virtual void doStart() = 0;
    // Called once by cancel() while the job runs; the default does nothing (the job finishes on its own).
    virtual void doCancel() { }

    void finishOk();
    void finishWithError(const QString& errorString);
    void setProgress(int done, int total);

private:
    void emitFinishedLater();

    QString m_errorString;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    bool m_started = false;
    bool m_cancelRequested = false;
    bool m_failed = false;
    bool m_done = false;
    bool m_emitted = false;
    bool m_autoDelete = true;
};

} // namespace salon
