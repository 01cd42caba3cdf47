#pragma once

#include "core/common/Job.h"
#include "core/drift/DriftItem.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace salon
{
class DatabaseWorker;
} // namespace salon

namespace salon::calcom
{
class CalcomClient;
}

namespace salon::ui
{

// While the app runs, looks for changes made in Cal.com every few minutes (drift::ChangeWatch, what
// `watch --once` runs: one list request per page of changed bookings, from the point stored in the database).
// Never two looks at once, never during other Cal.com work the busy check names (a sync, an apply), and a
// turn is skipped, not queued, while the shared request budget is low or held back.
class DriftPoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 5;
    // Fewer requests left than this: the look waits for its next turn, the salon's own work goes first.
    static constexpr int kMinimumBudget = 10;

    explicit DriftPoller(DatabaseWorker* worker, QObject* parent = nullptr);
    ~DriftPoller() override;

    // The Cal.com connection (not owned); a look follows at once when looks are on.
    void setCalcom(calcom::CalcomClient* client);
    // 0: no looks.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_minutes; }
    // Non-empty: why a look cannot run now (it then waits for its next turn).
    void setBusyCheck(std::function<QString()> check) { m_busy = std::move(check); }

    bool isPolling() const { return m_watch != nullptr; }
    QDateTime lastLook() const { return m_lastLook; }
    QString lastError() const { return m_lastError; }

public slots:
    // Looks now unless one runs, other work is busy or the budget is low; false when the turn was skipped.
    bool pollNow();

signals:
    void polled(const QList<salon::drift::DriftItem>& items, const QDateTime& at);
    void pollFailed(const QString& message, const QDateTime& at);
    void skipped(const QString& reason);
    void pollingChanged(bool polling);

private:
    QString whyNot() const;

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    QTimer* m_timer;
    QPointer<Job> m_watch;
    std::function<QString()> m_busy;
    int m_minutes = kDefaultMinutes;
    QDateTime m_lastLook;
    QString m_lastError;
};

} // namespace salon::ui
