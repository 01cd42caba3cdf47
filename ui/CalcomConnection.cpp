#include "CalcomConnection.h"

#include "calcom/CalcomClient.h"
#include "calcom/DatabaseRateBudget.h"
#include "calcom/RateLimiter.h"
#include "calcom/TeamResolver.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"
#include "secrets/ApiKeyJob.h"
#include "secrets/ApiKeyStore.h"

namespace salon::ui
{

CalcomConnection::CalcomConnection(const calcom::CalcomSettings& settings, QObject* parent)
    : QObject(parent)
    , m_client(new calcom::CalcomClient(settings, this))
{
    if (settings.teamId)
        m_teamId = *settings.teamId;
}

CalcomConnection::~CalcomConnection()
{
    // The limiter must not ask a budget that is gone.
    m_client->rateLimiter()->setSharedBudget(nullptr);
}

void CalcomConnection::shareRateBudget(const DatabaseUrl& database)
{
    m_budgetDatabase = database;
}

void CalcomConnection::useKey(const QString& apiKey)
{
    m_client->setApiKey(apiKey);
    if (m_budgetDatabase) {
        m_client->rateLimiter()->setSharedBudget(nullptr);
        m_budget.reset();
        if (!m_budgetWorker)
            m_budgetWorker = std::make_unique<DatabaseWorker>(*m_budgetDatabase);
        m_budget = std::make_unique<calcom::DatabaseRateBudget>(
            m_budgetWorker.get(), calcom::DatabaseRateBudget::keyHash(m_client->settings().baseUrl, apiKey));
        m_client->rateLimiter()->setSharedBudget(m_budget.get());
    }
    resolveTeam();
}

void CalcomConnection::setState(State state, const QString& detail)
{
    m_state = state;
    emit stateChanged(state, detail);
    if (state == State::Connected)
        emit ready();
}

void CalcomConnection::connectToCalcom(const QString& apiKey)
{
    if (const QString problem = m_client->settings().validationError(); !problem.isEmpty()) {
        setState(State::Failed, problem);
        return;
    }
    setState(State::Connecting);
    if (!apiKey.isEmpty()) {
        useKey(apiKey);
        return;
    }
    auto* store = new ApiKeyStore(this);
    ApiKeyJob* job = store->resolveKey(m_client->settings().baseUrl);
    connect(job, &ApiKeyJob::finished, this, [this, job, store] {
        store->deleteLater();
        if (job->key().isEmpty()) {
            setState(State::NotConfigured,
                job->errorString().isEmpty() ? tr("No API key: enter one in the settings.")
                                             : job->errorString());
            return;
        }
        useKey(job->key());
    });
}

void CalcomConnection::resolveTeam()
{
    calcom::TeamResolver* resolver = m_client->resolveTeam();
    connect(resolver, &calcom::CalcomJob::finished, this, [this, resolver] {
        if (resolver->hasError()) {
            setState(State::Failed, resolver->error().userMessage());
            return;
        }
        m_teamId = resolver->teamId();
        emit teamChanged(m_teamId, resolver->team() ? resolver->team()->name : QString());
        readMe();
    });
}

void CalcomConnection::readMe()
{
    auto* job = m_client->me();
    connect(job, &calcom::CalcomJob::finished, this, [this, job] {
        if (job->hasError()) {
            setState(State::Failed, job->error().userMessage());
            return;
        }
        emit userChanged(job->result().username);
        setState(State::Connected);
        qCInfo(lcUi) << "connected to Cal.com as" << job->result().username << "team" << m_teamId;
    });
}

} // namespace salon::ui
