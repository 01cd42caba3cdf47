#include "TeamResolver.h"

#include "CalcomClient.h"

namespace salon::calcom
{

TeamResolver::TeamResolver(CalcomClient* client)
    : CalcomJob(client)
    , m_client(client)
{
}

TeamResolver::~TeamResolver()
{
    if (m_request)
        m_request->cancel();
}

Expected<Team, QString> TeamResolver::pickTeam(const QList<Team>& teams)
{
    // Organizations are listed too; the salon's bookings live in a team.
    QList<Team> usable;
    for (const Team& team : teams) {
        if (!team.isOrganization)
            usable.append(team);
    }
    if (usable.size() == 1)
        return usable.first();
    if (usable.isEmpty())
        return Unexpected(
            tr("The Cal.com API key's user belongs to no team. Create a team in Cal.com or use the "
               "key of a team administrator."));
    QStringList lines;
    for (const Team& team : usable)
        lines << QStringLiteral("%1 – %2").arg(team.id).arg(team.name);
    return Unexpected(tr("The Cal.com API key's user belongs to %n teams. Enter the salon's team id in the "
                         "settings: %1",
        nullptr, int(usable.size()))
                          .arg(lines.join(QStringLiteral("; "))));
}

void TeamResolver::start()
{
    if (!m_client) {
        finishWithError(CalcomError::cancelled(QStringLiteral("GET"), QStringLiteral("/teams")));
        return;
    }
    if (const auto configured = m_client->settings().teamId) {
        m_teamId = *configured;
        finishOk();
        return;
    }
    auto* request = m_client->teams();
    m_request = request;
    connect(request, &CalcomJob::finished, this, [this, request] {
        m_request = nullptr;
        if (isDone())
            return;
        if (request->hasError()) {
            finishWithError(request->error());
            return;
        }
        m_candidates = request->result();
        auto picked = pickTeam(m_candidates);
        if (!picked) {
            CalcomError error = CalcomError::invalidSettings(picked.error());
            error.method = QStringLiteral("GET");
            error.path = request->path();
            finishWithError(error);
            return;
        }
        m_team = *picked;
        m_teamId = picked->id;
        finishOk();
    });
}

void TeamResolver::doCancel()
{
    if (isDone())
        return;
    if (m_request)
        m_request->cancel();
    finishWithError(CalcomError::cancelled(QStringLiteral("GET"), QStringLiteral("/teams")));
}

} // namespace salon::calcom
