#pragma once

#include "RetirementCandidate.h"

#include "calcom/CalcomError.h"
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

// The optional last step of an event-type run: deletes chosen MANAGED parents that RetirementSearch found —
// only while nothing refers to them any more: no map row (event_type_id or child_event_type_id) and no
// pending, syncing or failed phase of their segments without another event type to book. The references
// are checked again (in the database worker) right before each DELETE; every deletion is audit-logged.
// A job (core/common/Job.h): candidateChanged(i) per candidate, finished() once all have settled.
class ManagedTypeRetirement : public Job
{
    Q_OBJECT
public:
    // Deletes those of `eventTypeIds` that are safe candidates; the others end Kept.
    ManagedTypeRetirement(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QString actor,
        QList<RetirementCandidate> candidates, QList<qint64> eventTypeIds, QObject* parent = nullptr);
    ~ManagedTypeRetirement() override;

    // The run the deletions' audit entries name: the wizard run that replaced the parents; empty = a
    // "retire-…" run of its own. Set before start().
    void setRunId(const QString& runId) { m_runId = runId; }
    QString runId() const { return m_runId; }

    const QList<RetirementCandidate>& candidates() const { return m_candidates; }
    int count(RetirementCandidate::State state) const;

signals:
    void candidateChanged(int index);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void deleteOne(int index);
    void sendDelete(int index);
    void settle();

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QString m_actor;
    QString m_runId;
    QList<RetirementCandidate> m_candidates;
    QList<qint64> m_toRetire;
    QList<QPointer<calcom::CalcomJob>> m_jobs;
    int m_pending = 0;
};

} // namespace salon::eventtypes
