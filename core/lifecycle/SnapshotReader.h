#pragma once

#include "LifecycleRecords.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace salon::lifecycle
{

// Reads what a lifecycle plan needs, in a few statements for any number of appointments (a sick day reads
// 200 at once): the appointments with their phases, the staff and event map rows involved, the latest sync
// attempt of every phase, and unfinished operations. Runs inside a DatabaseWorker job.
class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)
public:
    explicit SnapshotReader(QSqlDatabase db);

    // In the order of `appointmentIds`; an id that does not exist is an error naming it. `extraStaffIds`
    // are read too (the staff a re-staff hands steps to), with their event map rows.
    Expected<QList<AppointmentSnapshot>, QString> read(
        const QList<qint64>& appointmentIds, const QStringList& extraStaffIds = {}) const;
    // The appointments these phases belong to, in the order the phases are given (no duplicates).
    Expected<QList<qint64>, QString> appointmentsOfPhases(const QList<qint64>& phaseIds) const;
    // Appointments with a staff phase of `staffId` starting in [from, to), by start.
    Expected<QList<qint64>, QString> appointmentsOfStaff(
        const QString& staffId, const QDateTime& from, const QDateTime& to) const;
    Expected<std::optional<StaffMember>, QString> staffMember(const QString& staffId) const;

private:
    QSqlDatabase m_db;
};

} // namespace salon::lifecycle
