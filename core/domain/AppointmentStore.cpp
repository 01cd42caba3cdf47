#include "AppointmentStore.h"

#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "history/AuditWriter.h"
#include "history/RunId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salon
{

Expected<qint64, QString> AppointmentStore::insert(
    QSqlDatabase& db, const NewAppointment& appointment, const QString& actor)
{
    if (appointment.customerName.trimmed().isEmpty())
        return Unexpected(tr("Enter the customer's name."));
    if (appointment.phases.isEmpty())
        return Unexpected(tr("An appointment needs at least one phase."));
    Transaction transaction(db);
    if (!transaction.isActive())
        return Unexpected(tr("Cannot start a transaction: %1").arg(transaction.error()));
    const QString now = toSqlTime(Clock::instance().nowUtc());
    // customer_email is NOT NULL DEFAULT '': a null QString would bind as NULL.
    const QString email = appointment.customerEmail.trimmed().isEmpty() ? QStringLiteral("")
                                                                        : appointment.customerEmail.trimmed();
    auto inserted = runSql(db,
        QStringLiteral("INSERT INTO appointments (service_id, customer_name, customer_email, "
                       "starts_at, status, created_at) VALUES (?, ?, ?, ?, 'scheduled', ?) "
                       "RETURNING id"),
        { appointment.serviceId, appointment.customerName.trimmed(), email, toSqlTime(appointment.startsAt),
            now });
    if (!inserted)
        return Unexpected(tr("Cannot save the appointment: %1").arg(inserted.error()));
    if (!inserted->next())
        return Unexpected(tr("Cannot save the appointment: the database returned no id."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();

    QJsonArray phasesJson;
    for (const PlannedPhase& phase : appointment.phases) {
        const QVariant staff
            = phase.staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phase.staffId);
        auto q = runSql(db,
            QStringLiteral("INSERT INTO appointment_phases (appointment_id, segment_key, staff_id, "
                           "staff_required, starts_at, ends_at, sync_status, sync_attempts, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?)"),
            { id, phase.segmentKey, staff, phase.staffRequired, toSqlTime(phase.startsAt),
                toSqlTime(phase.endsAt), now });
        if (!q)
            return Unexpected(tr("Cannot save phase \"%1\": %2").arg(phase.segmentKey, q.error()));
        phasesJson.append(QJsonObject { { QStringLiteral("segment_key"), phase.segmentKey },
            { QStringLiteral("staff_id"), phase.staffId },
            { QStringLiteral("starts_at"), toSqlTime(phase.startsAt) },
            { QStringLiteral("ends_at"), toSqlTime(phase.endsAt) } });
    }
    const QJsonObject after { { QStringLiteral("id"), id },
        { QStringLiteral("service_id"), appointment.serviceId },
        { QStringLiteral("customer_name"), appointment.customerName.trimmed() },
        { QStringLiteral("starts_at"), toSqlTime(appointment.startsAt) },
        { QStringLiteral("phases"), phasesJson } };
    auto audit = history::AuditWriter(db, actor, {}, history::RunId::kEdit)
                     .write(QStringLiteral("insert"), QStringLiteral("appointments:%1").arg(id), {}, after);
    if (!audit)
        return Unexpected(tr("Cannot write the audit log: %1").arg(audit.error()));
    if (!transaction.commit())
        return Unexpected(tr("Cannot save the appointment: %1").arg(transaction.error()));
    return id;
}

} // namespace salon
