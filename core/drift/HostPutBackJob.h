#pragma once

#include "lifecycle/LifecycleJob.h"

namespace salon::drift
{

// Puts Cal.com back after it gave a step's booking to another host: the lifecycle's re-staff path from
// Cal.com's host back to the phase's own staff member (ChangeDrafts::rebookOnOwnStaff). Cal.com's
// POST /v2/bookings/{uid}/reassign/{userId} picks only among a round-robin event type's own round-robin
// hosts (API-FACTS §12.5, the OpenAPI document), and each of our event types has one fixed host, so the
// step is booked on the event type the event map names for our staff member, at the same time, with the
// same metadata, then the moved booking is cancelled - in that order, with the lifecycle's claims and step
// rows, so a crash leaves work the next run finishes, never a second live booking. Refused when the phase
// no longer stores the booking the look saw.
class HostPutBackJob : public lifecycle::LifecycleJob
{
    Q_OBJECT
public:
    // calcomStaffId: our staff member of Cal.com's host, or empty when the host is nobody here.
    HostPutBackJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, qint64 phaseId,
        QString expectedUid, QString calcomStaffId, const lifecycle::LifecycleOptions& options,
        QObject* parent = nullptr);

protected:
    QString runKind() const override { return QStringLiteral("restaff"); }
    Expected<Selection, QString> select(lifecycle::LifecycleDb::Access& db) const override;
    lifecycle::ChangePlan draft(const lifecycle::AppointmentSnapshot& snapshot) const override;
    QString reason() const override;

private:
    qint64 m_phaseId = 0;
    QString m_expectedUid;
    QString m_calcomStaffId;
};

} // namespace salon::drift
