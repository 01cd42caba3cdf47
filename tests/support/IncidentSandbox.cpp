#include "IncidentSandbox.h"

#include "IncidentDataset.h"
#include "SandboxState.h"

namespace salon::test
{

std::unique_ptr<IncidentSandbox> IncidentSandbox::create(const QString& backend, QString* error)
{
    auto s = std::make_unique<IncidentSandbox>();
    s->database = TestDatabase::create(backend, error);
    if (!s->database)
        return nullptr;
    if (const QString problem = importIncidentSalon(s->database->db()); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    const auto state = sandbox::SandboxState::fromScenario(QStringLiteral("incident"), error);
    if (!state)
        return nullptr;
    s->server = std::make_unique<sandbox::SandboxServer>(*state);
    if (!s->server->start()) {
        *error = QStringLiteral("the sandbox cannot listen");
        return nullptr;
    }
    return s;
}

std::unique_ptr<calcom::CalcomClient> IncidentSandbox::client(
    const sandbox::SandboxServer& server, bool fastRetries, const QString& apiKey)
{
    calcom::CalcomSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.teamId = kTeamId;
    auto client = std::make_unique<calcom::CalcomClient>(settings);
    client->setApiKey(apiKey);
    if (fastRetries) {
        calcom::RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        client->setRetryPolicy(fast);
    }
    return client;
}

} // namespace salon::test
