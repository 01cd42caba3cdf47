#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace salon::ui
{

class LifecycleJobBuilder;

// The last move made in this window — a drag or Shift+arrow on the Day page, or Move… on the Appointments
// page (every move the LifecycleJobBuilder builds) — and its undo: a move back to the old start through
// the lifecycle's MoveAppointmentsJob, the same service as the CLI's `move`, so Cal.com follows and the
// old time is checked first; when it is no longer free the job refuses and nothing changes.
class MoveUndo : public QObject
{
    Q_OBJECT
public:
    struct Move {
        qint64 appointmentId = 0;
        QDateTime from; // where it was (UTC)
        QDateTime to; // where the move put it
    };

    explicit MoveUndo(LifecycleJobBuilder* jobs, QObject* parent = nullptr);

    std::optional<Move> last() const { return m_last; }
    bool isRunning() const { return m_running; }
    bool canUndo() const { return m_last.has_value() && !m_running; }
    // "Move appointment 763 back to 10:00" (the button's tool tip), empty when there is nothing to undo.
    QString describe() const;
    // Starts the move back; false when there is nothing to undo, it runs already or Cal.com is not connected.
    bool undo();

signals:
    void availableChanged(bool canUndo);
    // A move was made (the page shows a notice offering the undo).
    void moved(const salon::ui::MoveUndo::Move& move);
    // The move back ended: ok, or the message says why nothing (or not everything) changed.
    void undone(bool ok, const QString& message);

private:
    void onMoved(qint64 appointmentId, const QDateTime& from, const QDateTime& to);
    QString when(const QDateTime& time) const; // in the salon's date format and zone

    QPointer<LifecycleJobBuilder> m_jobs;
    std::optional<Move> m_last;
    bool m_running = false;
};

} // namespace salon::ui
