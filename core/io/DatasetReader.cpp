#include "DatasetReader.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "domain/DomainRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlRecord>

namespace salon
{

namespace
{
std::optional<qint64> optionalId(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}
} // namespace

DatasetReader::DatasetReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<SalonDataset, QString> DatasetReader::read() const
{
    SalonDataset data;
    auto failed = [](const QString& what, const QString& error) {
        return Unexpected(
            QCoreApplication::translate("DatasetReader", "Cannot read %1: %2").arg(what, error));
    };

    auto staff = runSql(m_db, QStringLiteral("SELECT %1 FROM staff ORDER BY id").arg(rows::kStaffColumns));
    if (!staff)
        return failed(QStringLiteral("staff"), staff.error());
    while (staff->next())
        data.staff.append(rows::readStaff(*staff));

    auto services = rows::readServices(m_db);
    if (!services)
        return failed(QStringLiteral("services"), services.error());
    data.services = *services;

    auto maps = runSql(
        m_db, QStringLiteral("SELECT %1 FROM calcom_event_map ORDER BY id").arg(rows::kEventMapColumns));
    if (!maps)
        return failed(QStringLiteral("calcom_event_map"), maps.error());
    while (maps->next())
        data.eventMaps.append(rows::readEventMap(*maps));

    auto appointments = runSql(m_db,
        QStringLiteral("SELECT id, service_id, customer_name, customer_email, starts_at, status, "
                       "created_at FROM appointments ORDER BY id"));
    if (!appointments)
        return failed(QStringLiteral("appointments"), appointments.error());
    QHash<qint64, qsizetype> appointmentIndex;
    while (appointments->next()) {
        Appointment a;
        a.id = appointments->value(0).toLongLong();
        a.serviceId = appointments->value(1).toLongLong();
        a.customerName = appointments->value(2).toString();
        a.customerEmail = appointments->value(3).toString();
        a.startsAt = fromSqlTime(appointments->value(4));
        a.status = appointments->value(5).toString();
        a.createdAt = fromSqlTime(appointments->value(6));
        appointmentIndex.insert(a.id, data.appointments.size());
        data.appointments.append(a);
    }
    auto phases = runSql(m_db,
        QStringLiteral("SELECT id, appointment_id, segment_key, staff_id, staff_required, starts_at, "
                       "ends_at, sync_status, calcom_booking_id, calcom_booking_uid, sync_error, "
                       "sync_attempts, last_sync_at, updated_at FROM appointment_phases "
                       "ORDER BY appointment_id, starts_at, id"));
    if (!phases)
        return failed(QStringLiteral("appointment_phases"), phases.error());
    while (phases->next()) {
        AppointmentPhase p;
        p.id = phases->value(0).toLongLong();
        p.appointmentId = phases->value(1).toLongLong();
        p.segmentKey = phases->value(2).toString();
        p.staffId = phases->value(3).toString();
        p.staffRequired = phases->value(4).toBool();
        p.startsAt = fromSqlTime(phases->value(5));
        p.endsAt = fromSqlTime(phases->value(6));
        p.syncStatus = syncStatusFromString(phases->value(7).toString()).value_or(SyncStatus::Pending);
        p.calcomBookingId = optionalId(phases->value(8));
        p.calcomBookingUid = phases->value(9).toString();
        p.syncError = phases->value(10).toString();
        p.syncAttempts = phases->value(11).toInt();
        p.lastSyncAt = fromSqlTime(phases->value(12));
        p.updatedAt = fromSqlTime(phases->value(13));
        data.appointments[appointmentIndex.value(p.appointmentId)].phases.append(p);
    }
    return data;
}

} // namespace salon
