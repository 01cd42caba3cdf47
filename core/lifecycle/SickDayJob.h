#pragma once

#include "LifecycleJob.h"

#include <QDate>

namespace salon::lifecycle
{

// A sick day: every staff step of one staff member on one salon day (options.timeZone) goes to another
// staff member, as one batch with progress; each appointment all or nothing (RestaffJob's rules). The
// report lists what could not be moved (busy, no event type) with the next step for each.
class SickDayJob : public LifecycleJob
{
    Q_OBJECT
public:
    SickDayJob(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QString fromStaffId,
        QString toStaffId, QDate day, const LifecycleOptions& options, QObject* parent = nullptr);

protected:
    QString runKind() const override { return QStringLiteral("restaff"); }
    Expected<Selection, QString> select(LifecycleDb::Access& db) const override;
    ChangePlan draft(const AppointmentSnapshot& snapshot) const override;
    QString reason() const override;
    QString nextStepForBlockers(const ChangePlan& plan) const override;

private:
    QDateTime dayStart() const;
    QString m_fromStaffId;
    QString m_toStaffId;
    QDate m_day;
};

} // namespace salon::lifecycle
