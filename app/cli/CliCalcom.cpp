#include "CliCalcom.h"

#include "CliContext.h"
#include "calcom/DatabaseRateBudget.h"
#include "calcom/TeamResolver.h"
#include "db/DatabaseWorker.h"
#include "secrets/ApiKeyStore.h"

#include <QCoreApplication>

namespace salon::cli
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("salon::cli::CliCalcom", text);
}
} // namespace

CliCalcom::~CliCalcom() = default;

Expected<QUrl, QString> CliCalcom::baseUrl(const CliContext& context)
{
    const QString text = context.calcomUrlOption.trimmed();
    if (text.isEmpty())
        return calcom::CalcomSettings().baseUrl;
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Unexpected(tr("--calcom-url / CALCOM_URL \"%1\" is not an http(s) URL.").arg(text));
    // Routes are appended to the path ("…/v2" + "/bookings"); a trailing slash would double it.
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

Expected<std::optional<qint64>, QString> CliCalcom::configuredTeamId(const CliContext& context)
{
    const QString text = context.teamIdOption.trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Unexpected(
            tr("--team-id / CALCOM_TEAM_ID \"%1\" is not a team id (a positive number).").arg(text));
    return std::optional<qint64>(id);
}

Expected<std::unique_ptr<CliCalcom>, QString> CliCalcom::connect(const CliContext& context)
{
    return connect(context, Options {});
}

Expected<std::unique_ptr<CliCalcom>, QString> CliCalcom::connect(
    const CliContext& context, const Options& options)
{
    const auto url = baseUrl(context);
    if (!url)
        return Unexpected(url.error());
    const auto team = configuredTeamId(context);
    if (!team)
        return Unexpected(team.error());

    calcom::CalcomSettings settings;
    settings.baseUrl = *url;
    settings.teamId = *team;
    if (const QString problem = settings.validationError(); !problem.isEmpty())
        return Unexpected(problem);

    ApiKeyStore store;
    ApiKeyJob* keyJob = store.resolveKey(*url);
    if (!keyJob->waitForFinished(options.timeoutMs)) {
        delete keyJob;
        return Unexpected(tr("The keychain did not answer in time; set CALCOM_API_KEY instead."));
    }
    std::unique_ptr<ApiKeyJob> keyOwner(keyJob);
    if (keyJob->error() != ApiKeyJob::Error::NoError || keyJob->key().trimmed().isEmpty())
        return Unexpected(keyJob->errorString().isEmpty()
                ? tr("No Cal.com API key: set CALCOM_API_KEY or store one with the GUI.")
                : keyJob->errorString());

    std::unique_ptr<CliCalcom> result(new CliCalcom);
    result->m_keySource = keyJob->source();
    result->m_client = std::make_unique<calcom::CalcomClient>(settings);
    result->m_client->setApiKey(keyJob->key());
    if (const DatabaseConnection* database = context.openedDatabase()) {
        result->m_budgetWorker = std::make_unique<DatabaseWorker>(database->url());
        result->m_budget = std::make_unique<calcom::DatabaseRateBudget>(
            result->m_budgetWorker.get(), calcom::DatabaseRateBudget::keyHash(*url, keyJob->key()));
        result->m_client->rateLimiter()->setSharedBudget(result->m_budget.get());
    }
    if (*team) {
        result->m_teamId = **team;
        return result;
    }
    if (!options.needTeam)
        return result;

    calcom::TeamResolver* resolver = result->m_client->resolveTeam();
    if (!resolver->waitForFinished(options.timeoutMs))
        return Unexpected(tr("Cal.com did not answer in time while looking up the team."));
    std::unique_ptr<calcom::TeamResolver> resolverOwner(resolver);
    if (resolver->hasError())
        return Unexpected(tr("Cannot determine the Cal.com team (set --team-id or CALCOM_TEAM_ID): %1")
                              .arg(resolver->error().userMessage()));
    result->m_teamId = resolver->teamId();
    return result;
}

} // namespace salon::cli
