#pragma once

#include "LifecycleJob.h"

namespace salon::lifecycle
{

// Finishes (or rolls back) every unfinished lifecycle change: after a crash, a kill or a Cal.com outage.
// Each is resumed from its recorded steps - an unclear step is settled by asking Cal.com (the booking's
// reschedule chain, or its salonPhaseId), never by guessing. report().resumed has one outcome per change.
// Every other lifecycle job does this first; this job does only that (the GUI's "Finish owed work").
class FinishOwedWorkJob : public LifecycleJob
{
    Q_OBJECT
public:
    FinishOwedWorkJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
        const LifecycleOptions& options, QObject* parent = nullptr);

protected:
    QString runKind() const override { return QStringLiteral("finish"); }
    Expected<Selection, QString> select(LifecycleDb::Access&) const override { return Selection {}; }
    ChangePlan draft(const AppointmentSnapshot&) const override { return {}; }
    bool plansChanges() const override { return false; }
};

} // namespace salon::lifecycle
