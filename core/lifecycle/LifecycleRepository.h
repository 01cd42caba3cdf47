#pragma once

#include "LifecycleRecords.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace salon::lifecycle
{

// The reads and writes of lifecycle_operations and lifecycle_steps, and the phase and appointment rows
// they change. Each method is one transaction; each runs inside a DatabaseWorker job. The rule every
// caller relies on: a step's row says what is about to happen
// BEFORE the request goes out (stepSent), so a crash leaves a row that the next run settles by asking
// Cal.com (docs/lifecycle.md).
class LifecycleRepository
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRepository)
public:
    LifecycleRepository(QSqlDatabase db, QString actor, QString runId = {});

    // Inserts the operation and its steps, claimed by op.claimToken. A cancel sets the appointment's status
    // and cancels the steps without a booking at once (nothing to ask Cal.com). Refused, with nothing
    // written, while another operation on the appointment is unfinished or a sync holds one of its phases.
    Expected<LifecycleOperation, QString> createOperation(LifecycleOperation op);
    Expected<LifecycleOperation, QString> operation(qint64 id) const;
    // Unfinished operations (of these appointments, or all), oldest first.
    Expected<QList<qint64>, QString> unfinishedOperations(const QList<qint64>& appointmentIds = {}) const;
    // Takes over an unfinished operation that nobody holds, or whose holder is gone (OperationClaim).
    Expected<bool, QString> claimOperation(qint64 id, const QString& token);
    Expected<Done, QString> releaseOperation(qint64 id, const QString& token, const QString& error = {});

    // A request for the step goes out now (attempts + 1); also keeps the operation's claim fresh.
    Expected<Done, QString> stepSent(const LifecycleStep& step);
    // Rebook: the new booking exists; the phase points at it (staff, time, uid), the old one is still live.
    Expected<Done, QString> stepBooked(
        const LifecycleStep& step, qint64 bookingId, const QString& bookingUid);
    // The step is done; the phase follows (see the .cpp for each action). bookingId/Uid: a reschedule's new
    // one.
    Expected<Done, QString> stepDone(
        const LifecycleStep& step, qint64 bookingId = 0, const QString& bookingUid = {});
    Expected<Done, QString> stepFailed(const LifecycleStep& step, int httpStatus, const QString& error);
    // Could not be done now (network, 5xx, rate limit): stays owed, visibly (the phase's sync_error).
    Expected<Done, QString> stepOwed(const LifecycleStep& step, int httpStatus, const QString& error);
    // A forward step failed: planned forward steps are skipped, the operation is 'undoing', and `undo`
    // (the steps that put done ones back) are added; returns them with their ids.
    Expected<QList<LifecycleStep>, QString> beginUndo(
        const LifecycleOperation& op, QList<LifecycleStep> undo, const QString& error);
    // Done: the database-only steps are applied and the appointment gets its new start/status. Undone:
    // the appointment stays as it was. Either way the claim is released.
    Expected<Done, QString> finishOperation(
        const LifecycleOperation& op, OperationState state, const QString& error = {});

private:
    Expected<Done, QString> audit(
        const QString& action, const QString& subject, const QJsonObject& before, const QJsonObject& after);
    Expected<qint64, QString> insert(const QString& sql, const QVariantList& values);
    Expected<Done, QString> updateStep(
        const LifecycleStep& step, const QString& assignments, QVariantList values);
    QString now() const;
    bool isPostgres() const;

    QSqlDatabase m_db;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::lifecycle
