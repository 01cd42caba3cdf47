#pragma once

#include "EventTypePlan.h"
#include "EventTypePlanBuilder.h"

#include "calcom/CalcomError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
} // namespace salon::calcom

namespace salon::eventtypes
{

// What the admin chose.
struct PlanRequest {
    QList<qint64> serviceIds;
    QStringList staffIds; // empty = every active staff member who performs a chosen service
    QString titleTemplate; // empty = EventTypePlanBuilder::defaultTitleTemplate()
    // The team when the caller knows it already; otherwise the client resolves it (settings, else the key
    // user's only team).
    std::optional<qint64> teamId;
};

// Computes an EventTypePlan asynchronously: reads the database, resolves the team (settings or the key
// user's only team), fetches the team's event types ONCE (GET, nothing is changed in Cal.com) and
// classifies every item. One-shot: start() once, then wait for finished().
class EventTypePlanner : public QObject
{
    Q_OBJECT
public:
    EventTypePlanner(QSqlDatabase db, calcom::CalcomClient* client, QObject* parent = nullptr);
    ~EventTypePlanner() override;

    void start(const PlanRequest& request);
    void cancel();

    bool isFinished() const { return m_finished; }
    bool hasError() const { return !m_error.isEmpty(); }
    // Translated; empty without error.
    QString errorMessage() const { return m_error; }
    // Set when Cal.com failed (the CLI exits 2 either way; the GUI shows userMessage()).
    const std::optional<calcom::CalcomError>& calcomError() const { return m_calcomError; }
    const EventTypePlan& plan() const { return m_plan; }

    // Blocks in a local event loop until finished(). CLI AND TESTS ONLY, never in the GUI.
    bool waitForFinished(int timeoutMs = -1);

signals:
    void finished();

private:
    void fail(const QString& message, const std::optional<calcom::CalcomError>& calcomError = std::nullopt);
    void finishLater();
    void fetchEventTypes(qint64 teamId);

    QSqlDatabase m_db;
    QPointer<calcom::CalcomClient> m_client;
    QPointer<calcom::CalcomJob> m_job;
    PlanRequest m_request;
    PlanningData m_data;
    EventTypePlan m_plan;
    QString m_error;
    std::optional<calcom::CalcomError> m_calcomError;
    bool m_started = false;
    bool m_done = false;
    bool m_finished = false;
};

} // namespace salon::eventtypes
