#pragma once

#include "AppointmentPhasePlanner.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace salon
{

// What the new-appointment form collects.
struct NewAppointment {
    qint64 serviceId = 0;
    QString customerName;
    QString customerEmail;
    QDateTime startsAt; // UTC
    QList<PlannedPhase> phases;
};

// Writes an appointment and its phases in one transaction, with an audit_log entry. Runs on the
// caller's connection (a worker thread's).
class AppointmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStore)
public:
    static Expected<qint64, QString> insert(
        QSqlDatabase& db, const NewAppointment& appointment, const QString& actor);
};

} // namespace salon
