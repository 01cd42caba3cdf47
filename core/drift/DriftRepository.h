#pragma once

#include "DriftFacts.h"
#include "common/Expected.h"
#include "sync/PhaseRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace salon::drift
{

// The database side of changes made in Cal.com: what the classifier needs to know, and the phase writes an
// applied change makes. Each write is one transaction with its audit row (run id of the caller's run), and
// is conditional on what the scan saw (the stored uid, the phase's status), so a second run or a sync in
// between changes nothing twice.
class DriftRepository
{
    Q_DECLARE_TR_FUNCTIONS(salon::drift::DriftRepository)
public:
    DriftRepository(QSqlDatabase db, QString actor, QString runId);

    const QString& runId() const { return m_runId; }

    // Every phase of the appointments these phases belong to, and every staff member with a Cal.com user.
    Expected<Done, QString> loadFacts(const QList<qint64>& phaseIds, DriftFacts& facts) const;
    // The synced phases among these ids, as the reconcile pass compares them.
    Expected<QList<sync::SyncedPhase>, QString> syncedPhases(const QList<qint64>& phaseIds) const;

    // A pending or failed phase takes the booking Cal.com has for it: synced, no second booking.
    Expected<Done, QString> adopt(qint64 phaseId, qint64 bookingId, const QString& bookingUid);
    // The phase that stores expectedUid points at the live booking now; with valid times it takes them too.
    Expected<Done, QString> followBooking(qint64 phaseId, const QString& expectedUid, qint64 bookingId,
        const QString& bookingUid, const QDateTime& start, const QDateTime& end, const QString& action);
    // The phase goes to the staff member Cal.com gave its booking to.
    Expected<Done, QString> followHost(qint64 phaseId, const QString& expectedUid, const QString& staffId);
    // A change done in Cal.com only (the other booking cancelled): its audit row.
    Expected<Done, QString> recordCalcomChange(
        const QString& action, qint64 phaseId, const QJsonObject& before, const QJsonObject& after);

private:
    Expected<Done, QString> update(const QString& action, qint64 phaseId, const QString& sql,
        const QVariantList& bound, const QJsonObject& before, const QJsonObject& after);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::drift
