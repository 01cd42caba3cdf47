#pragma once

#include "EventTypePlan.h"
#include "EventTypePlanBuilder.h"

#include "calcom/CalcomError.h"
#include "common/Job.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace salon
{
class DatabaseWorker;
}
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

// Computes an EventTypePlan as a job (core/common/Job.h): reads the database in the application's worker
// (never on the caller's thread), resolves the team (settings or the key user's only team), fetches the
// team's event types ONCE (GET, nothing is changed in Cal.com) and classifies every item.
class EventTypePlanner : public Job
{
    Q_OBJECT
public:
    EventTypePlanner(DatabaseWorker* worker, calcom::CalcomClient* client, QObject* parent = nullptr);
    ~EventTypePlanner() override;

    using Job::start;
    // Plans this request.
    void start(const PlanRequest& request);

    // Set when Cal.com failed (the CLI exits 2 either way; the GUI shows userMessage()).
    const std::optional<calcom::CalcomError>& calcomError() const { return m_calcomError; }
    const EventTypePlan& plan() const { return m_plan; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void fail(const QString& message, const std::optional<calcom::CalcomError>& calcomError = std::nullopt);
    void resolveTeam();
    void fetchEventTypes(qint64 teamId);

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    QPointer<calcom::CalcomJob> m_job;
    PlanRequest m_request;
    PlanningData m_data;
    EventTypePlan m_plan;
    std::optional<calcom::CalcomError> m_calcomError;
};

} // namespace salon::eventtypes
