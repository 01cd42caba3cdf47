#pragma once

#include "calcom/CalcomClient.h"
#include "common/Expected.h"
#include "secrets/ApiKeyJob.h"

#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace salon
{
class DatabaseWorker;
namespace calcom
{
class DatabaseRateBudget;
}
} // namespace salon

namespace salon::cli
{

class CliContext;

// A ready Cal.com connection for a command, built from the global options:
//  - base URL: --calcom-url / CALCOM_URL, default https://api.cal.com/v2 (plain http only to loopback);
//  - API key: CALCOM_API_KEY, else the keychain entry for that URL (core/secrets);
//  - team: --team-id / CALCOM_TEAM_ID, else the key user's only team (TeamResolver, GET /v2/teams);
//  - pacing: when the command opened the database first, the request budget is the one every process on
//    this key shares there (DatabaseRateBudget), so cron and the desktop never pass Cal.com's limit together.
// Every failure is one translated line meant for CliContext::cannotRun() (exit 2). Blocks while it asks
// the keychain and Cal.com: CLI only.
//
//   auto calcom = CliCalcom::connect(context);
//   if (!calcom) return context.cannotRun(calcom.error());
//   (*calcom)->client()->teamEventTypes((*calcom)->teamId());
class CliCalcom
{
public:
    struct Options {
        bool needTeam = true; // resolve the team id (asks Cal.com when not configured)
        // With a configured team: ask Cal.com (GET /v2/teams) whether the key is accepted and its user is
        // in that team, so a command that writes stops (exit 2) before it touches anything.
        bool checkTeamAccess = false;
        int timeoutMs = 60000; // for the keychain and the team lookup
    };

    static Expected<std::unique_ptr<CliCalcom>, QString> connect(const CliContext& context);
    static Expected<std::unique_ptr<CliCalcom>, QString> connect(
        const CliContext& context, const Options& options);

    // The pieces on their own, for commands that need only some of them.
    static Expected<QUrl, QString> baseUrl(const CliContext& context);
    static Expected<std::optional<qint64>, QString> configuredTeamId(const CliContext& context);

    ~CliCalcom();
    calcom::CalcomClient* client() const { return m_client.get(); }
    // 0 when Options::needTeam was false and no team was configured.
    qint64 teamId() const { return m_teamId; }
    QUrl baseUrl() const { return m_client->settings().baseUrl; }
    ApiKeyJob::Source keySource() const { return m_keySource; }

private:
    CliCalcom() = default;
    // The line for a Cal.com lookup that did not finish in time: rate limited (and until when), or silent.
    QString timeoutMessage(const QString& what) const;
    Expected<bool, QString> checkTeamAccess(int timeoutMs) const;

    // Declared before the client: the limiter asks the budget until the client is gone.
    std::unique_ptr<DatabaseWorker> m_budgetWorker;
    std::unique_ptr<calcom::DatabaseRateBudget> m_budget;
    std::unique_ptr<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    ApiKeyJob::Source m_keySource = ApiKeyJob::Source::None;
};

} // namespace salon::cli
