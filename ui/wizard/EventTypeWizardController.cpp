#include "EventTypeWizardController.h"

#include "calcom/CalcomClient.h"

#include "eventtypes/EventTypePlanner.h"
#include "eventtypes/EventTypeRepository.h"
#include "eventtypes/ManagedTypeRetirement.h"

namespace salon::ui
{

using namespace salon::eventtypes;

EventTypeWizardController::EventTypeWizardController(
    QSqlDatabase db, calcom::CalcomClient* client, QString actor, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_actor(std::move(actor))
    , m_titleTemplate(EventTypePlanBuilder::defaultTitleTemplate())
{
}

EventTypeWizardController::~EventTypeWizardController()
{
    // Closing the wizard mid-run is a cancel: queued requests are dropped, sent ones are recorded.
    if (m_run)
        m_run->cancel();
}

Expected<QList<Service>, QString> EventTypeWizardController::services() const
{
    return EventTypeRepository(m_db).services();
}

Expected<QList<StaffMember>, QString> EventTypeWizardController::staff() const
{
    return EventTypeRepository(m_db).staff();
}

void EventTypeWizardController::plan()
{
    if (m_planner)
        m_planner->deleteLater();
    m_plan.reset();
    m_planError.clear();
    auto* planner = new EventTypePlanner(m_db, m_client, this);
    m_planner = planner;
    connect(planner, &EventTypePlanner::finished, this, [this, planner] {
        if (planner != m_planner)
            return; // superseded by a newer plan
        if (planner->hasError()) {
            m_planError = planner->errorMessage();
            emit planFailed(m_planError);
        } else {
            m_plan = planner->plan();
            emit planReady();
        }
        planner->deleteLater();
    });
    emit planningStarted();
    planner->start(PlanRequest {
        m_serviceIds, m_staffIds, m_titleTemplate, m_client ? m_client->settings().teamId : std::nullopt });
}

bool EventTypeWizardController::isPlanning() const
{
    return m_planner && !m_planner->isFinished();
}

void EventTypeWizardController::run()
{
    if (!m_plan || m_run)
        return;
    m_run = new EventTypeCreationRun(m_db, m_client, *m_plan, m_actor, this);
    connect(m_run, &EventTypeCreationRun::itemChanged, this, &EventTypeWizardController::runItemChanged);
    connect(m_run, &EventTypeCreationRun::progressChanged, this, &EventTypeWizardController::runProgress);
    connect(m_run, &EventTypeCreationRun::finished, this, &EventTypeWizardController::runFinished);
    emit runStarted();
    m_run->start();
}

void EventTypeWizardController::cancelRun()
{
    if (m_run)
        m_run->cancel();
}

bool EventTypeWizardController::retryFailed()
{
    if (!m_run || !m_run->retryFailed())
        return false;
    emit runStarted();
    return true;
}

bool EventTypeWizardController::isRunning() const
{
    return m_run && m_run->isRunning();
}

void EventTypeWizardController::findRetirementCandidates()
{
    if (isRetiring())
        return;
    if (m_retirement)
        m_retirement->deleteLater();
    const qint64 teamId = m_plan ? m_plan->teamId : 0;
    m_retirement = new ManagedTypeRetirement(m_db, m_client, teamId, m_actor, this);
    connect(m_retirement, &ManagedTypeRetirement::candidatesReady, this,
        &EventTypeWizardController::retirementCandidatesReady);
    connect(m_retirement, &ManagedTypeRetirement::candidateChanged, this,
        &EventTypeWizardController::retirementCandidateChanged);
    connect(
        m_retirement, &ManagedTypeRetirement::finished, this, &EventTypeWizardController::retirementFinished);
    m_retirement->findCandidates();
}

void EventTypeWizardController::retire(const QList<qint64>& eventTypeIds)
{
    if (m_retirement && !m_retirement->isBusy())
        m_retirement->retire(eventTypeIds);
}

bool EventTypeWizardController::isRetiring() const
{
    return m_retirement && m_retirement->isBusy();
}

} // namespace salon::ui
