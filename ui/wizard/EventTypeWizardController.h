#pragma once

#include "common/Expected.h"
#include "domain/Service.h"
#include "domain/StaffMember.h"
#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/EventTypePlan.h"
#include "eventtypes/EventTypePlanner.h"
#include "eventtypes/ManagedTypeRetirement.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace salon::calcom
{
class CalcomClient;
}
namespace salon::ui
{

// Drives the event-type wizard's core work (Nextcloud's owncloudsetupwizard pattern): the pages emit intent
// and show state; this object plans, runs and retires through core/eventtypes, all asynchronously — no page
// ever waits in a nested event loop. Nothing is sent to Cal.com but GETs until run() (the admin's
// confirmation).
class EventTypeWizardController : public QObject
{
    Q_OBJECT
public:
    EventTypeWizardController(
        QSqlDatabase db, calcom::CalcomClient* client, QString actor, QObject* parent = nullptr);
    ~EventTypeWizardController() override;

    // The pick lists (a few indexed rows).
    Expected<QList<Service>, QString> services() const;
    Expected<QList<StaffMember>, QString> staff() const;

    void setServiceIds(const QList<qint64>& ids) { m_serviceIds = ids; }
    QList<qint64> serviceIds() const { return m_serviceIds; }
    void setStaffIds(const QStringList& ids) { m_staffIds = ids; }
    QStringList staffIds() const { return m_staffIds; }
    void setTitleTemplate(const QString& titleTemplate) { m_titleTemplate = titleTemplate; }
    QString titleTemplate() const { return m_titleTemplate; }

    // --- plan (only reads Cal.com) ------------------------------------------------------------------
    void plan();
    bool isPlanning() const;
    const std::optional<eventtypes::EventTypePlan>& currentPlan() const { return m_plan; }
    QString planError() const { return m_planError; }

    // --- run (the confirmation) -------------------------------------------------------------------
    void run();
    void cancelRun();
    bool retryFailed();
    eventtypes::EventTypeCreationRun* creationRun() const { return m_run; }
    bool isRunning() const;

    // --- retire replaced MANAGED parents ----------------------------------------------------------------
    void findRetirementCandidates();
    void retire(const QList<qint64>& eventTypeIds);
    eventtypes::ManagedTypeRetirement* retirement() const { return m_retirement; }
    bool isRetiring() const;

signals:
    void planningStarted();
    void planReady();
    void planFailed(const QString& message);
    void runStarted();
    void runItemChanged(int index);
    void runProgress(int finished, int total);
    void runFinished();
    void retirementCandidatesReady();
    void retirementCandidateChanged(int index);
    void retirementFinished();

private:
    QSqlDatabase m_db;
    QPointer<calcom::CalcomClient> m_client;
    QString m_actor;
    QList<qint64> m_serviceIds;
    QStringList m_staffIds;
    QString m_titleTemplate;
    QPointer<eventtypes::EventTypePlanner> m_planner;
    std::optional<eventtypes::EventTypePlan> m_plan;
    QString m_planError;
    QPointer<eventtypes::EventTypeCreationRun> m_run;
    QPointer<eventtypes::ManagedTypeRetirement> m_retirement;
};

} // namespace salon::ui
