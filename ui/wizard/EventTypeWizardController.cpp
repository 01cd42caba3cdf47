#include "EventTypeWizardController.h"

#include "core/calcom/CalcomClient.h"
#include "core/eventtypes/PlanningChoices.h"

namespace salon::ui
{

using namespace salon::eventtypes;

EventTypeWizardController::EventTypeWizardController(
    DatabaseWorker* worker, calcom::CalcomClient* client, QString actor, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_client(client)
    , m_actor(std::move(actor))
    , m_titleTemplate(EventTypePlanBuilder::defaultTitleTemplate())
{
    PlanningChoices::load(m_worker, this, [this](Expected<PlanningChoices, QString> choices) {
        m_choicesLoaded = true;
        if (choices) {
            m_services = choices->services;
            m_staff = choices->staff;
        } else {
            m_choicesError = choices.error();
        }
        emit choicesLoaded();
    });
}

EventTypeWizardController::~EventTypeWizardController()
{
    // Closing the wizard mid-run is a cancel: queued requests are dropped, sent ones are recorded.
    if (m_run)
        m_run->cancel();
}

void EventTypeWizardController::plan()
{
    if (m_planner)
        m_planner->deleteLater();
    m_plan.reset();
    m_planError.clear();
    auto* planner = new EventTypePlanner(m_worker, m_client, this);
    m_planner = planner;
    connect(planner, &Job::finished, this, [this, planner] {
        if (planner != m_planner)
            return; // superseded by a newer plan
        if (planner->hasError()) {
            m_planError = planner->errorString();
            emit planFailed(m_planError);
        } else {
            m_plan = planner->plan();
            emit planReady();
        }
    });
    emit planningStarted();
    planner->start(PlanRequest {
        m_serviceIds, m_staffIds, m_titleTemplate, m_client ? m_client->settings().teamId : std::nullopt });
}

bool EventTypeWizardController::isPlanning() const
{
    return m_planner && !m_planner->isFinished();
}

void EventTypeWizardController::watchRun()
{
    // The pages read the items as they change; the run stays until the wizard closes.
    m_run->setAutoDelete(false);
    connect(m_run, &EventTypeCreationRun::itemChanged, this, &EventTypeWizardController::runItemChanged);
    connect(m_run, &EventTypeCreationRun::progressChanged, this, &EventTypeWizardController::runProgress);
    connect(m_run, &Job::finished, this, &EventTypeWizardController::runFinished);
}

void EventTypeWizardController::run()
{
    if (!m_plan || m_run)
        return;
    m_run = new EventTypeCreationRun(m_worker, m_client, *m_plan, m_actor, this);
    watchRun();
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
    if (!m_run)
        return false;
    EventTypeCreationRun* retry = EventTypeCreationRun::retryOf(*m_run, this);
    if (!retry)
        return false;
    m_run->deleteLater();
    m_run = retry;
    watchRun();
    emit runStarted();
    m_run->start();
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
    m_candidates.clear();
    m_retirementError.clear();
    const qint64 teamId = m_plan ? m_plan->teamId : 0;
    auto* search = new RetirementSearch(m_worker, m_client, teamId, this);
    m_search = search;
    connect(search, &Job::finished, this, [this, search] {
        if (search->hasError())
            m_retirementError = search->errorString();
        else
            m_candidates = search->candidates();
        emit retirementCandidatesReady();
    });
    search->start();
}

void EventTypeWizardController::retire(const QList<qint64>& eventTypeIds)
{
    if (isRetiring())
        return;
    const qint64 teamId = m_plan ? m_plan->teamId : 0;
    auto* retirement
        = new ManagedTypeRetirement(m_worker, m_client, teamId, m_actor, m_candidates, eventTypeIds, this);
    retirement->setAutoDelete(false);
    if (m_retirement)
        m_retirement->deleteLater();
    m_retirement = retirement;
    connect(retirement, &ManagedTypeRetirement::candidateChanged, this, [this, retirement](int index) {
        m_candidates = retirement->candidates();
        emit retirementCandidateChanged(index);
    });
    connect(retirement, &Job::finished, this, [this, retirement] {
        m_candidates = retirement->candidates();
        emit retirementFinished();
    });
    retirement->start();
}

QList<RetirementCandidate> EventTypeWizardController::retirementCandidates() const
{
    return m_candidates;
}

QList<qint64> EventTypeWizardController::safeRetirementIds() const
{
    QList<qint64> ids;
    for (const RetirementCandidate& c : m_candidates)
        if (c.isSafe() && c.state != RetirementCandidate::State::Deleted)
            ids.append(c.eventTypeId);
    return ids;
}

bool EventTypeWizardController::isRetiring() const
{
    return (m_search && !m_search->isFinished()) || (m_retirement && !m_retirement->isFinished());
}

} // namespace salon::ui
