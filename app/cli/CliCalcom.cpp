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

// Waits for a lookup, but gives up at once when Cal.com blocks the key for longer than the wait: the
// rate limiter would hold the request back until after the timeout anyway.
bool waitUnlessBlocked(calcom::CalcomJob* job, calcom::RateLimiter* limiter, int timeoutMs)
{
    QMetaObject::Connection watch;
    if (limiter)
        watch = QObject::connect(limiter, &calcom::RateLimiter::blocked, job, [job, timeoutMs](int seconds) {
            if (qint64(seconds) * 1000 >= timeoutMs)
                job->cancel();
        });
    const bool finished = job->waitForFinished(timeoutMs);
    QObject::disconnect(watch);
    return finished
        && !(job->hasError() && job->error().category == calcom::CalcomError::Category::Cancelled);
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
        if (options.checkTeamAccess) {
            if (auto access = result->checkTeamAccess(options.timeoutMs); !access)
                return Unexpected(access.error());
        }
        return result;
    }
    if (!options.needTeam)
        return result;

    calcom::TeamResolver* resolver = result->m_client->resolveTeam();
    std::unique_ptr<calcom::TeamResolver> resolverOwner(resolver);
    resolver->setAutoDelete(false);
    if (!waitUnlessBlocked(resolver, result->m_client->rateLimiter(), options.timeoutMs))
        return Unexpected(result->timeoutMessage(tr("looking up the team")));
    if (resolver->hasError())
        return Unexpected(tr("Cannot determine the Cal.com team (set --team-id or CALCOM_TEAM_ID): %1")
                              .arg(resolver->error().userMessage()));
    result->m_teamId = resolver->teamId();
    return result;
}

QString CliCalcom::timeoutMessage(const QString& what) const
{
    const calcom::RateLimiter* limiter = m_client->rateLimiter();
    if (limiter && (limiter->isBlocked() || limiter->waitingSeconds() > 0))
        return tr("Cal.com's rate limit is used up (an earlier run may have spent it) while %1; requests "
                  "can go on in about %2 s. Nothing was changed; run the command again then.")
            .arg(what)
            .arg(qMax(1, limiter->waitingSeconds()));
    return tr("Cal.com did not answer in time while %1. Nothing was changed.").arg(what);
}

Expected<bool, QString> CliCalcom::checkTeamAccess(int timeoutMs) const
{
    std::unique_ptr<calcom::CalcomReply<QList<calcom::Team>>> teams(m_client->teams());
    teams->setAutoDelete(false);
    if (!waitUnlessBlocked(teams.get(), m_client->rateLimiter(), timeoutMs))
        return Unexpected(timeoutMessage(tr("checking the API key and the team")));
    if (teams->hasError())
        return Unexpected(tr("Nothing was changed: %1").arg(teams->error().userMessage()));
    QStringList known;
    for (const calcom::Team& t : teams->result()) {
        if (t.id == m_teamId)
            return true;
        if (!t.isOrganization)
            known << QStringLiteral("%1 – %2").arg(t.id).arg(t.name);
    }
    return Unexpected(
        tr("The Cal.com API key's user is not a member of team %1 (--team-id / CALCOM_TEAM_ID); "
           "their teams: %2. Nothing was changed.")
            .arg(m_teamId)
            .arg(known.isEmpty() ? tr("none") : known.join(QStringLiteral("; "))));
}

} // namespace salon::cli
