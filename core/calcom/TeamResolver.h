#pragma once

#include "CalcomJob.h"
#include "Team.h"

#include <QPointer>

#include <optional>

namespace salon::calcom
{

class CalcomClient;
class CalcomRequest;

// Finds the salon's team: the configured CalcomSettings::teamId when set; otherwise GET /v2/teams and the
// key user's team when there is exactly one. With none or several it fails (Category::Validation) with a
// message that lists the teams ("id – name"), so the admin can put the right id into the settings.
class TeamResolver : public CalcomJob
{
    Q_OBJECT
public:
    explicit TeamResolver(CalcomClient* client);
    ~TeamResolver() override;

    // Valid after finished() without error.
    qint64 teamId() const { return m_teamId; }
    // The team as listed by Cal.com; empty when the id came from the settings.
    std::optional<Team> team() const { return m_team; }
    // All teams of the key's user, when they were asked for (also on the "several teams" error).
    const QList<Team>& candidates() const { return m_candidates; }

    void start();

    // The decision on its own, for callers that already have the list. Empty teamId on error.
    static Expected<Team, QString> pickTeam(const QList<Team>& teams);

protected:
    void doCancel() override;

private:
    QPointer<CalcomClient> m_client;
    QPointer<CalcomRequest> m_request;
    qint64 m_teamId = 0;
    std::optional<Team> m_team;
    QList<Team> m_candidates;
};

} // namespace salon::calcom
