#pragma once

#include "LifecycleJob.h"

namespace salon::lifecycle
{

// Hands steps to another staff member: the given phases, or every staff step of the given appointments.
// The new staff member's event type comes from the event map (none -> refused: the event type wizard makes
// it); the new time is checked; a booked step is booked on the new staff member's event type with the same
// metadata and then its old booking is cancelled (§12.5), in that order, so the customer always has a
// booking. Each appointment all or nothing.
class RestaffJob : public LifecycleJob
{
    Q_OBJECT
public:
    // phaseIds non-empty: those phases; else every staff step of appointmentIds.
    RestaffJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QList<qint64> phaseIds,
        QList<qint64> appointmentIds, QString newStaffId, const LifecycleOptions& options,
        QObject* parent = nullptr);

protected:
    QString runKind() const override { return QStringLiteral("restaff"); }
    Expected<Selection, QString> select(LifecycleDb::Access& db) const override;
    ChangePlan draft(const AppointmentSnapshot& snapshot) const override;
    QString reason() const override;

private:
    QList<qint64> m_phaseIds;
    QList<qint64> m_appointmentIds;
    QString m_newStaffId;
};

} // namespace salon::lifecycle
