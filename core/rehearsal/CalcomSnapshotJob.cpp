#include "CalcomSnapshotJob.h"

#include "SnapshotStateBuilder.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "common/Logging.h"

namespace salon::rehearsal
{

namespace
{
struct SnapshotText {
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::CalcomSnapshotJob)
};
constexpr int kMembersPage = 250;
} // namespace

CalcomSnapshotJob::CalcomSnapshotJob(calcom::CalcomClient* client, Options options, QObject* parent)
    : Job(parent)
    , m_client(client)
    , m_options(std::move(options))
{
}

void CalcomSnapshotJob::track(calcom::CalcomJob* job)
{
    m_inFlight.removeAll(nullptr);
    m_inFlight.append(job);
}

void CalcomSnapshotJob::countRequest()
{
    ++m_requests;
    setProgress(m_requests, std::max(m_expected, m_requests));
}

void CalcomSnapshotJob::fail(const QString& what, const QString& message)
{
    for (const QPointer<calcom::CalcomJob>& job : std::as_const(m_inFlight))
        if (job)
            job->cancel();
    finishWithError(SnapshotText::tr("%1: %2").arg(what, message));
}

void CalcomSnapshotJob::doStart()
{
    if (!m_client) {
        finishWithError(SnapshotText::tr("No Cal.com client."));
        return;
    }
    setProgress(0, m_expected);
    auto* me = m_client->me();
    track(me);
    connect(me, &calcom::CalcomJob::finished, this, [this, me] {
        if (isDone())
            return;
        countRequest();
        if (me->hasError())
            return fail(
                SnapshotText::tr("Cannot read the key's user (GET /v2/me)"), me->error().userMessage());
        m_answers.me = me->result();
        readTeams();
    });
}

void CalcomSnapshotJob::readTeams()
{
    auto* teams = m_client->teams();
    track(teams);
    connect(teams, &calcom::CalcomJob::finished, this, [this, teams] {
        if (isDone())
            return;
        countRequest();
        if (teams->hasError())
            return fail(SnapshotText::tr("Cannot list the key user's teams"), teams->error().userMessage());
        const QList<calcom::Team>& list = teams->result();
        if (m_options.teamId) {
            const auto found = std::find_if(list.cbegin(), list.cend(),
                [this](const calcom::Team& t) { return t.id == *m_options.teamId; });
            if (found == list.cend())
                return fail(SnapshotText::tr("Team %1").arg(*m_options.teamId),
                    SnapshotText::tr("the key's user is not a member of it"));
            m_answers.team = *found;
        } else if (list.size() == 1) {
            m_answers.team = list.first();
        } else {
            return fail(SnapshotText::tr("Which team?"),
                SnapshotText::tr("the key's user belongs to %n team(s); name one with --team-id", nullptr,
                    int(list.size())));
        }
        readMembers(0);
    });
}

void CalcomSnapshotJob::readMembers(int skip)
{
    auto* page = m_client->teamMemberships(m_answers.team.id, kMembersPage, skip);
    track(page);
    connect(page, &calcom::CalcomJob::finished, this, [this, page, skip] {
        if (isDone())
            return;
        countRequest();
        if (page->hasError())
            return fail(SnapshotText::tr("Cannot list the team's members"), page->error().userMessage());
        m_answers.members += page->result();
        if (page->result().size() >= kMembersPage) {
            ++m_expected;
            readMembers(skip + kMembersPage);
            return;
        }
        readEventTypes();
    });
}

void CalcomSnapshotJob::readEventTypes()
{
    // The team list and every member's lookup at once; the limiter paces them.
    QList<calcom::Membership> withNames;
    for (const calcom::Membership& m : std::as_const(m_answers.members))
        if (!m.username.isEmpty())
            withNames.append(m);
    m_expected = m_requests + 1 + int(withNames.size()) + 1;
    setProgress(m_requests, m_expected);
    m_pendingLookups = 1 + int(withNames.size());

    auto* team = m_client->teamEventTypes(m_answers.team.id);
    track(team);
    connect(team, &calcom::CalcomJob::finished, this, [this, team] {
        if (isDone())
            return;
        countRequest();
        if (team->hasError())
            return fail(SnapshotText::tr("Cannot list the team's event types"), team->error().userMessage());
        m_answers.teamEventTypes = team->result();
        stepDone();
    });
    for (const calcom::Membership& m : withNames) {
        auto* own = m_client->userEventTypes(m.username);
        track(own);
        const QString username = m.username;
        connect(own, &calcom::CalcomJob::finished, this, [this, own, username] {
            if (isDone())
                return;
            countRequest();
            if (own->hasError())
                return fail(SnapshotText::tr("Cannot list the event types of %1").arg(username),
                    own->error().userMessage());
            m_answers.userEventTypes += own->result();
            stepDone();
        });
    }
}

void CalcomSnapshotJob::stepDone()
{
    if (--m_pendingLookups == 0)
        readBookings();
}

void CalcomSnapshotJob::readBookings()
{
    calcom::BookingQuery query;
    query.afterStart = m_options.from;
    query.beforeEnd = m_options.to;
    query.take = 100;
    auto* list = m_client->listBookings(query);
    track(list);
    const int before = m_requests;
    connect(list, &calcom::BookingListJob::progress, this, [this, list, before](int fetched, int total) {
        Q_UNUSED(fetched)
        // One request per page: the pages read so far, and all of them once the total is known.
        m_requests = before + list->pagesFetched();
        m_expected = before + std::max(1, (total + 99) / 100);
        setProgress(m_requests, std::max(m_expected, m_requests));
    });
    connect(list, &calcom::CalcomJob::finished, this, [this, list, before] {
        if (isDone())
            return;
        m_requests = before + std::max(1, list->pagesFetched());
        if (list->hasError())
            return fail(SnapshotText::tr("Cannot list the bookings"), list->error().userMessage());
        m_answers.bookings = list->bookings();
        m_snapshot = SnapshotStateBuilder::build(m_answers, m_options.from, m_options.to);
        m_snapshot.takenAt = Clock::instance().nowUtc();
        m_snapshot.source = m_client->settings().baseUrl.toString(QUrl::RemoveUserInfo);
        m_snapshot.requests = m_requests;
        setProgress(m_requests, m_requests);
        qCInfo(lcCalcom) << "snapshot of team" << m_answers.team.id << "in" << m_requests << "requests";
        finishOk();
    });
}

void CalcomSnapshotJob::doCancel()
{
    fail(SnapshotText::tr("Snapshot"), SnapshotText::tr("cancelled"));
}

} // namespace salon::rehearsal
