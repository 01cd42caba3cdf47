#pragma once

#include "core/domain/Service.h"
#include "core/domain/StaffMember.h"
#include "core/eventtypes/EventTypeCreationRun.h"
#include "core/eventtypes/EventTypePlan.h"
#include "core/eventtypes/EventTypePlanner.h"
#include "core/eventtypes/ManagedTypeRetirement.h"
#include "core/eventtypes/RetirementSearch.h"

#include <QList>
#include <QObject>
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
}
namespace salon::ui
{

// Drives the event-type wizard's core work (Nextcloud's owncloudsetupwizard pattern): the pages emit intent
// and show state; this object loads the pick lists, plans, runs and retires through core/eventtypes, all
// asynchronously and every database read and write in the application's worker — no page ever waits, and
// the GUI thread runs no SQL. Nothing is sent to Cal.com but GETs until run() (the admin's confirmation).
class EventTypeWizardController : public QObject
{
    Q_OBJECT
public:
    EventTypeWizardController(
        DatabaseWorker* worker, calcom::CalcomClient* client, QString actor, QObject* parent = nullptr);
    ~EventTypeWizardController() override;

    // The pick lists, read once in the worker (choicesLoaded()).
    bool hasChoices() const { return m_choicesLoaded; }
    QString choicesError() const { return m_choicesError; }
    const QList<Service>& services() const { return m_services; }
    const QList<StaffMember>& staff() const { return m_staff; }

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
    // The candidates as last known (searched, then as the retirement changes them).
    QList<eventtypes::RetirementCandidate> retirementCandidates() const;
    QList<qint64> safeRetirementIds() const;
    // Why the candidates could not be found; empty when they were.
    QString retirementError() const { return m_retirementError; }
    eventtypes::ManagedTypeRetirement* retirement() const { return m_retirement; }
    bool isRetiring() const;

signals:
    void choicesLoaded();
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
    void watchRun();

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    QString m_actor;
    bool m_choicesLoaded = false;
    QString m_choicesError;
    QList<Service> m_services;
    QList<StaffMember> m_staff;
    QList<qint64> m_serviceIds;
    QStringList m_staffIds;
    QString m_titleTemplate;
    QPointer<eventtypes::EventTypePlanner> m_planner;
    std::optional<eventtypes::EventTypePlan> m_plan;
    QString m_planError;
    QPointer<eventtypes::EventTypeCreationRun> m_run;
    QPointer<eventtypes::RetirementSearch> m_search;
    QList<eventtypes::RetirementCandidate> m_candidates;
    QString m_retirementError;
    QPointer<eventtypes::ManagedTypeRetirement> m_retirement;
};

} // namespace salon::ui
