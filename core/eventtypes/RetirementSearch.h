#pragma once

#include "EventTypeRepository.h"
#include "RetirementCandidate.h"

#include "common/Job.h"

#include <QList>
#include <QPointer>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
} // namespace salon::calcom

namespace salon::eventtypes
{

// Finds the MANAGED parents that event-type runs replaced (the audit log remembers them) and that still
// exist in Cal.com, with what still refers to each (map rows, open phases): one GET of the team's event
// types; nothing is changed. The database is read in the application's worker. Deleting them is
// ManagedTypeRetirement.
class RetirementSearch : public Job
{
    Q_OBJECT
public:
    RetirementSearch(
        DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QObject* parent = nullptr);
    ~RetirementSearch() override;

    // By event type id, after finished().
    const QList<RetirementCandidate>& candidates() const { return m_candidates; }
    QList<qint64> safeCandidateIds() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void lookUp(const QList<ReplacedManagedParent>& parents);

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QPointer<calcom::CalcomJob> m_job;
    QList<RetirementCandidate> m_candidates;
};

} // namespace salon::eventtypes
