#pragma once

#include "SandboxServer.h"
#include "TestDatabase.h"
#include "calcom/CalcomClient.h"

#include <memory>

namespace salon::test
{

// The incident, both sides: a migrated database (either backend) with the incident's salon data
// imported, and the sandbox playing Cal.com with the incident's state (team 12345, MANAGED parents
// without children), started. Tests take the parts they need.
struct IncidentSandbox {
    static constexpr qint64 kTeamId = 12345;
    static inline const QString kApiKey = QStringLiteral("cal_sandbox_demo_key");

    // nullptr (and *error) when the database, the import or the sandbox cannot be set up.
    static std::unique_ptr<IncidentSandbox> create(const QString& backend, QString* error);
    // A client for team 12345 on `server`; fast retries (tens of ms) unless the test wants the real ones.
    static std::unique_ptr<calcom::CalcomClient> client(
        const sandbox::SandboxServer& server, bool fastRetries = true, const QString& apiKey = kApiKey);

    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<sandbox::SandboxServer> server;
};

} // namespace salon::test
