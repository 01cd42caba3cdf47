#pragma once

#include "RetirementCandidate.h"

#include "calcom/CalcomError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <optional>

namespace salon::calcom
{
class CalcomClient;
class CalcomJob;
} // namespace salon::calcom

namespace salon::eventtypes
{

// The optional last step: deletes the MANAGED parents that event-type runs replaced (the audit log
// remembers them) — only while nothing refers to them any more: no map row (event_type_id or
// child_event_type_id) and no pending, syncing or failed phase of their segments without another event
// type to book. The references are checked again right before each DELETE; every deletion is audit-logged.
//
//   findCandidates() -> candidatesReady()   (one GET of the team's event types; nothing is changed)
//   retire(ids)      -> candidateChanged(i)... finished()
class ManagedTypeRetirement : public QObject
{
    Q_OBJECT
public:
    ManagedTypeRetirement(QSqlDatabase db, calcom::CalcomClient* client, qint64 teamId, QString actor,
        QObject* parent = nullptr);
    ~ManagedTypeRetirement() override;

    // The run the deletions' audit entries name: the wizard run that replaced the parents; empty = a
    // "retire-…" run of its own.
    void setRunId(const QString& runId) { m_runId = runId; }

    void findCandidates();
    const QList<RetirementCandidate>& candidates() const { return m_candidates; }
    QList<qint64> safeCandidateIds() const;

    // Deletes those of `eventTypeIds` that are safe candidates; the others stay Listed.
    void retire(const QList<qint64>& eventTypeIds);
    void cancel();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    bool isBusy() const { return m_busy; }
    int count(RetirementCandidate::State state) const;

    // Block in a local event loop. CLI AND TESTS ONLY.
    bool waitForCandidates(int timeoutMs = -1);
    bool waitForFinished(int timeoutMs = -1);

signals:
    void candidatesReady();
    void candidateChanged(int index);
    void finished();

private:
    void deleteOne(int index);
    void emitLater(void (ManagedTypeRetirement::*signal)());

    QSqlDatabase m_db;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QString m_actor;
    QString m_runId;
    QList<RetirementCandidate> m_candidates;
    QList<QPointer<calcom::CalcomJob>> m_jobs;
    int m_pending = 0;
    bool m_busy = false;
    bool m_candidatesKnown = false;
    QString m_error;
};

} // namespace salon::eventtypes
