#pragma once

#include "CalcomSnapshot.h"
#include "SnapshotAnswers.h"
#include "common/Job.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
} // namespace salon::calcom

namespace salon::rehearsal
{

// Reads a Cal.com team into a CalcomSnapshot with GET requests only, each through the client's shared
// RateLimiter:
//   GET /v2/me, GET /v2/teams (the team's name and slug; the key user's only team when none is given),
//   GET /v2/teams/{team}/memberships (250 a page), GET /v2/teams/{team}/event-types (one list, MANAGED
//   parents with their hosts), GET /v2/event-types?username= once per member (children and personal
//   types as the key sees them), GET /v2/bookings?afterStart=&beforeEnd= (100 a page).
// So a team of S members costs 3 + 1 + S + max(1, ⌈bookings ÷ 100⌉) requests (with up to 250 members).
// progress(done, total) counts requests; the total grows once the members and the first bookings page
// are known. cancel() withdraws what is still queued.
class CalcomSnapshotJob : public Job
{
    Q_OBJECT
public:
    struct Options {
        std::optional<qint64> teamId; // else the key user's only team
        QDateTime from; // bookings starting at/after (UTC)
        QDateTime to; // bookings ending at/before
    };

    CalcomSnapshotJob(calcom::CalcomClient* client, Options options, QObject* parent = nullptr);

    const CalcomSnapshot& snapshot() const { return m_snapshot; }
    int requestCount() const { return m_requests; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void readTeams();
    void readMembers(int skip);
    void readEventTypes();
    void readBookings();
    void stepDone();
    void fail(const QString& what, const QString& message);
    void track(calcom::CalcomJob* job);
    void countRequest();

    QPointer<calcom::CalcomClient> m_client;
    Options m_options;
    SnapshotAnswers m_answers;
    CalcomSnapshot m_snapshot;
    QList<QPointer<calcom::CalcomJob>> m_inFlight;
    int m_pendingLookups = 0;
    int m_requests = 0;
    int m_expected = 4;
};

} // namespace salon::rehearsal
