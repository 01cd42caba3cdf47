#include "DatasetImporter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "db/IdentitySequences.h"
#include "db/SqlErrorText.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "history/AuditWriter.h"
#include "history/RunId.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace salon
{

namespace
{

// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(salon::DatasetImporter)
};

struct ImportFailure {
    DatasetError error;
};

struct ImportCancelled {
};

[[noreturn]] void fail(const QString& path, const QString& message)
{
    throw ImportFailure { { path, message } };
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Everything the references in a file may point to: the file's own rows and those already stored.
struct KnownRows {
    QSet<QString> staff;
    QHash<qint64, QSet<QString>> segmentKeysByService;

    void load(const QSqlDatabase& db)
    {
        auto staffRows = runSql(db, QStringLiteral("SELECT id FROM staff"));
        if (!staffRows)
            fail(QStringLiteral("$"), ImportText::tr("cannot read staff: %1").arg(staffRows.error()));
        while (staffRows->next())
            staff.insert(staffRows->value(0).toString());
        auto services = runSql(db, QStringLiteral("SELECT id FROM services"));
        if (!services)
            fail(QStringLiteral("$"), ImportText::tr("cannot read services: %1").arg(services.error()));
        while (services->next())
            segmentKeysByService[services->value(0).toLongLong()];
        auto segments = runSql(db, QStringLiteral("SELECT service_id, segment_key FROM service_segments"));
        if (!segments)
            fail(QStringLiteral("$"), ImportText::tr("cannot read segments: %1").arg(segments.error()));
        while (segments->next())
            segmentKeysByService[segments->value(0).toLongLong()].insert(segments->value(1).toString());
    }
};

using SyncStatePolicy = DatasetImporter::SyncStatePolicy;

// A phase's sync columns as stored.
struct StoredSync {
    SyncStatus status = SyncStatus::Pending;
    std::optional<qint64> bookingId;
    QString bookingUid;
    QString syncError;
    int attempts = 0;
    QDateTime lastSyncAt;
};

QString describeSync(SyncStatus status, const std::optional<qint64>& bookingId, const QString& uid)
{
    if (!bookingId && uid.isEmpty())
        return ImportText::tr("no booking and syncStatus \"%1\"").arg(toString(status));
    return ImportText::tr("booking %1 (%2) and syncStatus \"%3\"")
        .arg(bookingId ? QString::number(*bookingId) : QStringLiteral("-"),
            uid.isEmpty() ? QStringLiteral("-") : uid, toString(status));
}

class ImportRun
{
public:
    ImportRun(QSqlDatabase db, QString actor, bool dryRun, SyncStatePolicy policy,
        const std::function<bool()>& isCancelled)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
        , m_now(toSqlTime(Clock::instance().nowUtc()))
        , m_audit(m_db, m_actor, {}, history::RunId::kImport) // one import is one run
        , m_policy(policy)
        , m_isCancelled(isCancelled)
    {
        m_report.dryRun = dryRun;
    }

    ImportReport run(const SalonDataset& data)
    {
        m_known.load(m_db);
        for (const StaffMember& s : data.staff)
            m_known.staff.insert(s.id);
        for (const Service& s : data.services) {
            auto& keys = m_known.segmentKeysByService[s.id];
            for (const ServiceSegment& seg : s.segments)
                keys.insert(seg.key);
        }
        checkReferences(data);

        for (qsizetype i = 0; i < data.staff.size(); ++i)
            upsertStaff(data.staff[i], QStringLiteral("$.staff[%1]").arg(i));
        for (qsizetype i = 0; i < data.services.size(); ++i)
            upsertService(data.services[i], QStringLiteral("$.services[%1]").arg(i));
        for (qsizetype i = 0; i < data.eventMaps.size(); ++i)
            upsertEventMap(data.eventMaps[i], QStringLiteral("$.eventMaps[%1]").arg(i));
        for (qsizetype i = 0; i < data.appointments.size(); ++i)
            upsertAppointment(data.appointments[i], QStringLiteral("$.appointments[%1]").arg(i));
        if (m_db.driverName() == QLatin1String("QPSQL"))
            advanceSequences();
        if (m_report.changes() > 0)
            audit(QStringLiteral("import"), QStringLiteral("dataset"), {}, m_report.toJson());
        return m_report;
    }

private:
    void checkReferences(const SalonDataset& data)
    {
        for (qsizetype i = 0; i < data.services.size(); ++i) {
            const Service& s = data.services[i];
            for (qsizetype j = 0; j < s.staffIds.size(); ++j) {
                if (!m_known.staff.contains(s.staffIds[j]))
                    fail(QStringLiteral("$.services[%1].staffIds[%2]").arg(i).arg(j),
                        ImportText::tr("unknown staff member %1").arg(s.staffIds[j]));
            }
        }
        for (qsizetype i = 0; i < data.eventMaps.size(); ++i) {
            const EventMapEntry& m = data.eventMaps[i];
            const QString path = QStringLiteral("$.eventMaps[%1]").arg(i);
            checkServiceAndSegment(path, m.serviceId, m.segmentKey);
            if (!m_known.staff.contains(m.staffId))
                fail(path + QStringLiteral(".staffId"),
                    ImportText::tr("unknown staff member %1").arg(m.staffId));
        }
        for (qsizetype i = 0; i < data.appointments.size(); ++i) {
            const Appointment& a = data.appointments[i];
            const QString path = QStringLiteral("$.appointments[%1]").arg(i);
            if (!m_known.segmentKeysByService.contains(a.serviceId))
                fail(path + QStringLiteral(".serviceId"),
                    ImportText::tr("unknown service %1").arg(a.serviceId));
            for (qsizetype j = 0; j < a.phases.size(); ++j) {
                const AppointmentPhase& p = a.phases[j];
                const QString phasePath = path + QStringLiteral(".phases[%1]").arg(j);
                checkServiceAndSegment(phasePath, a.serviceId, p.segmentKey);
                if (!p.staffId.isEmpty() && !m_known.staff.contains(p.staffId))
                    fail(phasePath + QStringLiteral(".staffId"),
                        ImportText::tr("unknown staff member %1").arg(p.staffId));
            }
        }
    }

    void checkServiceAndSegment(const QString& path, qint64 serviceId, const QString& segmentKey)
    {
        const auto service = m_known.segmentKeysByService.constFind(serviceId);
        if (service == m_known.segmentKeysByService.constEnd())
            fail(path + QStringLiteral(".serviceId"), ImportText::tr("unknown service %1").arg(serviceId));
        if (!service->contains(segmentKey))
            fail(path + QStringLiteral(".segmentKey"),
                ImportText::tr("service %1 has no segment \"%2\"").arg(serviceId).arg(segmentKey));
    }

    // Runs an upsert whose WHERE clause lets unchanged rows through untouched, and counts the outcome.
    void upsert(const QString& kind, const QString& path, bool existed, const QString& sql,
        const QVariantList& values)
    {
        if (m_isCancelled && m_isCancelled())
            throw ImportCancelled {};
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            fail(path, ImportText::tr("cannot prepare the statement: %1").arg(query.lastError().text()));
        for (const QVariant& v : values)
            query.addBindValue(v);
        if (!query.exec())
            fail(path,
                ImportText::tr("the database refused this record: %1").arg(sqlErrorText(query.lastError())));
        ImportCounts& counts = m_report.counts[kind];
        if (!existed)
            ++counts.created;
        else if (query.numRowsAffected() > 0)
            ++counts.updated;
        else
            ++counts.unchanged;
    }

    bool exists(const QString& table, const QVariant& id)
    {
        auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
        if (!q)
            fail(QStringLiteral("$"), ImportText::tr("cannot read %1: %2").arg(table, q.error()));
        return q->next();
    }

    void upsertStaff(const StaffMember& s, const QString& path)
    {
        upsert(QStringLiteral("staff"), path, exists(QStringLiteral("staff"), s.id),
            QStringLiteral(
                "INSERT INTO staff (id, name, email, calcom_user_id, calcom_username, active) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "email = excluded.email, calcom_user_id = excluded.calcom_user_id, "
                "calcom_username = excluded.calcom_username, active = excluded.active "
                "WHERE (staff.name, staff.email, staff.calcom_user_id, staff.calcom_username, staff.active) "
                "IS DISTINCT FROM (excluded.name, excluded.email, excluded.calcom_user_id, "
                "excluded.calcom_username, excluded.active)"),
            { s.id, s.name, s.email.isNull() ? QStringLiteral("") : s.email, nullableId(s.calcomUserId),
                nullableText(s.calcomUsername), s.active });
    }

    void upsertService(const Service& s, const QString& path)
    {
        upsert(QStringLiteral("services"), path, exists(QStringLiteral("services"), s.id),
            QStringLiteral(
                "INSERT INTO services (id, name, duration_minutes, is_composite, active) VALUES (?, ?, ?, ?, "
                "?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, duration_minutes = "
                "excluded.duration_minutes, "
                "is_composite = excluded.is_composite, active = excluded.active "
                "WHERE (services.name, services.duration_minutes, services.is_composite, services.active) "
                "IS DISTINCT FROM (excluded.name, excluded.duration_minutes, excluded.is_composite, "
                "excluded.active)"),
            { s.id, s.name, s.durationMinutes, s.isComposite, s.active });
        for (qsizetype j = 0; j < s.segments.size(); ++j) {
            const ServiceSegment& seg = s.segments[j];
            upsert(QStringLiteral("segments"), path + QStringLiteral(".segments[%1]").arg(j),
                exists(QStringLiteral("service_segments"), seg.id),
                QStringLiteral(
                    "INSERT INTO service_segments (id, service_id, segment_key, name, position, "
                    "duration_minutes, "
                    "staff_required) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "service_id = excluded.service_id, segment_key = excluded.segment_key, name = "
                    "excluded.name, "
                    "position = excluded.position, duration_minutes = excluded.duration_minutes, "
                    "staff_required = excluded.staff_required WHERE (service_segments.service_id, "
                    "service_segments.segment_key, service_segments.name, service_segments.position, "
                    "service_segments.duration_minutes, service_segments.staff_required) IS DISTINCT FROM "
                    "(excluded.service_id, excluded.segment_key, excluded.name, excluded.position, "
                    "excluded.duration_minutes, excluded.staff_required)"),
                { seg.id, s.id, seg.key, seg.name, seg.position, seg.durationMinutes, seg.staffRequired });
        }
        for (qsizetype j = 0; j < s.staffIds.size(); ++j) {
            auto q = runSql(m_db,
                QStringLiteral("SELECT 1 FROM service_staff WHERE service_id = ? AND staff_id = ?"),
                { s.id, s.staffIds[j] });
            const bool existed = q && q->next();
            upsert(QStringLiteral("serviceStaff"), path + QStringLiteral(".staffIds[%1]").arg(j), existed,
                QStringLiteral(
                    "INSERT INTO service_staff (service_id, staff_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                { s.id, s.staffIds[j] });
        }
    }

    QJsonObject currentEventMap(qint64 id)
    {
        auto q = runSql(m_db,
            QStringLiteral("SELECT service_id, segment_key, staff_id, event_type_id, child_event_type_id "
                           "FROM calcom_event_map WHERE id = ?"),
            { id });
        if (!q || !q->next())
            return {};
        return QJsonObject { { QStringLiteral("id"), double(id) },
            { QStringLiteral("serviceId"), q->value(0).toDouble() },
            { QStringLiteral("segmentKey"), q->value(1).toString() },
            { QStringLiteral("staffId"), q->value(2).toString() },
            { QStringLiteral("eventTypeId"), q->value(3).toDouble() },
            { QStringLiteral("childEventTypeId"),
                q->value(4).isNull() ? QJsonValue() : q->value(4).toDouble() } };
    }

    void upsertEventMap(const EventMapEntry& m, const QString& path)
    {
        const QJsonObject before = currentEventMap(m.id);
        const QString created = m.createdAt.isValid() ? toSqlTime(m.createdAt) : m_now;
        const QString updated = m.updatedAt.isValid() ? toSqlTime(m.updatedAt) : m_now;
        const int changesBefore = m_report.counts.value(QStringLiteral("eventMaps")).unchanged;
        upsert(QStringLiteral("eventMaps"), path, !before.isEmpty(),
            QStringLiteral(
                "INSERT INTO calcom_event_map (id, service_id, segment_key, staff_id, event_type_id, "
                "child_event_type_id, child_resolved_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, segment_key = "
                "excluded.segment_key, "
                "staff_id = excluded.staff_id, event_type_id = excluded.event_type_id, "
                "child_event_type_id = excluded.child_event_type_id, child_resolved_at = "
                "excluded.child_resolved_at, "
                "updated_at = excluded.updated_at WHERE (calcom_event_map.service_id, "
                "calcom_event_map.segment_key, "
                "calcom_event_map.staff_id, calcom_event_map.event_type_id, "
                "calcom_event_map.child_event_type_id, "
                "calcom_event_map.child_resolved_at) IS DISTINCT FROM (excluded.service_id, "
                "excluded.segment_key, "
                "excluded.staff_id, excluded.event_type_id, excluded.child_event_type_id, "
                "excluded.child_resolved_at)"),
            { m.id, m.serviceId, m.segmentKey, m.staffId, m.eventTypeId, nullableId(m.childEventTypeId),
                toSqlTimeOrNull(m.childResolvedAt), created, updated });
        if (m_report.counts.value(QStringLiteral("eventMaps")).unchanged == changesBefore)
            audit(QStringLiteral("event-map.import"), QStringLiteral("calcom_event_map:%1").arg(m.id), before,
                currentEventMap(m.id));
    }

    void upsertAppointment(const Appointment& a, const QString& path)
    {
        const QString created = a.createdAt.isValid() ? toSqlTime(a.createdAt) : m_now;
        upsert(QStringLiteral("appointments"), path, exists(QStringLiteral("appointments"), a.id),
            QStringLiteral(
                "INSERT INTO appointments (id, service_id, customer_name, customer_email, starts_at, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "service_id = excluded.service_id, customer_name = excluded.customer_name, "
                "customer_email = excluded.customer_email, starts_at = excluded.starts_at, status = "
                "excluded.status "
                "WHERE (appointments.service_id, appointments.customer_name, appointments.customer_email, "
                "appointments.starts_at, appointments.status) IS DISTINCT FROM (excluded.service_id, "
                "excluded.customer_name, excluded.customer_email, excluded.starts_at, excluded.status)"),
            { a.id, a.serviceId, a.customerName,
                a.customerEmail.isNull() ? QStringLiteral("") : a.customerEmail, toSqlTime(a.startsAt),
                a.status, created });
        for (qsizetype j = 0; j < a.phases.size(); ++j) {
            const QString phasePath = path + QStringLiteral(".phases[%1]").arg(j);
            const std::optional<StoredSync> stored = storedSync(a.phases[j].id);
            const AppointmentPhase p = withSyncState(a.phases[j], stored, phasePath);
            const QString updated = p.updatedAt.isValid() ? toSqlTime(p.updatedAt) : m_now;
            upsert(QStringLiteral("phases"), phasePath, stored.has_value(),
                QStringLiteral(
                    "INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_id, "
                    "staff_required, "
                    "starts_at, ends_at, sync_status, calcom_booking_id, calcom_booking_uid, sync_error, "
                    "sync_attempts, last_sync_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?) "
                    "ON CONFLICT (id) DO UPDATE SET appointment_id = excluded.appointment_id, "
                    "segment_key = excluded.segment_key, staff_id = excluded.staff_id, "
                    "staff_required = excluded.staff_required, starts_at = excluded.starts_at, "
                    "ends_at = excluded.ends_at, sync_status = excluded.sync_status, "
                    "calcom_booking_id = excluded.calcom_booking_id, calcom_booking_uid = "
                    "excluded.calcom_booking_uid, "
                    "sync_error = excluded.sync_error, sync_attempts = excluded.sync_attempts, "
                    "last_sync_at = excluded.last_sync_at, updated_at = excluded.updated_at "
                    "WHERE (appointment_phases.appointment_id, appointment_phases.segment_key, "
                    "appointment_phases.staff_id, appointment_phases.staff_required, "
                    "appointment_phases.starts_at, "
                    "appointment_phases.ends_at, appointment_phases.sync_status, "
                    "appointment_phases.calcom_booking_id, "
                    "appointment_phases.calcom_booking_uid, appointment_phases.sync_error, "
                    "appointment_phases.sync_attempts, appointment_phases.last_sync_at) IS DISTINCT FROM "
                    "(excluded.appointment_id, excluded.segment_key, excluded.staff_id, "
                    "excluded.staff_required, "
                    "excluded.starts_at, excluded.ends_at, excluded.sync_status, excluded.calcom_booking_id, "
                    "excluded.calcom_booking_uid, excluded.sync_error, excluded.sync_attempts, "
                    "excluded.last_sync_at)"),
                { p.id, a.id, p.segmentKey, nullableText(p.staffId), p.staffRequired, toSqlTime(p.startsAt),
                    toSqlTime(p.endsAt), toString(p.syncStatus), nullableId(p.calcomBookingId),
                    nullableText(p.calcomBookingUid), nullableText(p.syncError), p.syncAttempts,
                    toSqlTimeOrNull(p.lastSyncAt), updated });
        }
    }

    std::optional<StoredSync> storedSync(qint64 phaseId)
    {
        auto q = runSql(m_db,
            QStringLiteral("SELECT sync_status, calcom_booking_id, calcom_booking_uid, sync_error, "
                           "sync_attempts, last_sync_at FROM appointment_phases WHERE id = ?"),
            { phaseId });
        if (!q)
            fail(QStringLiteral("$"), ImportText::tr("cannot read appointment_phases: %1").arg(q.error()));
        if (!q->next())
            return std::nullopt;
        StoredSync s;
        s.status = syncStatusFromString(q->value(0).toString()).value_or(SyncStatus::Pending);
        if (!q->value(1).isNull())
            s.bookingId = q->value(1).toLongLong();
        s.bookingUid = q->value(2).toString();
        s.syncError = q->value(3).toString();
        s.attempts = q->value(4).toInt();
        s.lastSyncAt = fromSqlTime(q->value(5));
        return s;
    }

    // The phase as it is written: the file's, with the stored sync state where the policy keeps it.
    // Refuses (by default) a file that would lose a booking link or take 'synced' from a booked phase.
    AppointmentPhase withSyncState(
        AppointmentPhase p, const std::optional<StoredSync>& stored, const QString& path) const
    {
        if (!stored)
            return p;
        if (m_policy == SyncStatePolicy::Keep) {
            p.syncStatus = stored->status;
            p.calcomBookingId = stored->bookingId;
            p.calcomBookingUid = stored->bookingUid;
            p.syncError = stored->syncError;
            p.syncAttempts = stored->attempts;
            p.lastSyncAt = stored->lastSyncAt;
            return p;
        }
        if (m_policy == SyncStatePolicy::Replace)
            return p;
        const bool linked = stored->bookingId.has_value() || !stored->bookingUid.isEmpty();
        const bool linkLost
            = linked && (p.calcomBookingId != stored->bookingId || p.calcomBookingUid != stored->bookingUid);
        const bool downgraded = stored->status == SyncStatus::Synced && p.syncStatus != SyncStatus::Synced;
        const bool held = stored->status == SyncStatus::Syncing && p.syncStatus != SyncStatus::Syncing;
        if (!linkLost && !downgraded && !held)
            return p;
        const QString fileSide = describeSync(p.syncStatus, p.calcomBookingId, p.calcomBookingUid);
        const QString dbSide = describeSync(stored->status, stored->bookingId, stored->bookingUid);
        const QString why = held
            ? ImportText::tr("a sync holds phase %1 right now (%2 in the database), the file has %3")
            : ImportText::tr("phase %1 has %2 in the database, the file has %3; importing it would drop "
                             "the link to Cal.com and the next sync would book the phase again");
        fail(path,
            why.arg(p.id).arg(dbSide, fileSide) + QLatin1String(". ")
                + ImportText::tr("Nothing was written. Export the database again for its current state, pass "
                                 "--keep-sync-state to import the rest and keep every stored phase's sync "
                                 "state, or --replace-sync-state to take the file's (the next sync then asks "
                                 "Cal.com first)."));
    }

    // Rows came with explicit ids; identity columns must continue above them.
    void advanceSequences()
    {
        if (auto synced = syncIdentitySequences(m_db); !synced)
            fail(QStringLiteral("$"), synced.error());
    }

    void audit(
        const QString& action, const QString& subject, const QJsonObject& before, const QJsonObject& after)
    {
        auto q = m_audit.write(action, subject, before, after);
        if (!q)
            fail(QStringLiteral("$"), ImportText::tr("cannot write the audit log: %1").arg(q.error()));
    }

    QSqlDatabase m_db;
    QString m_actor;
    QString m_now;
    history::AuditWriter m_audit;
    SyncStatePolicy m_policy;
    const std::function<bool()>& m_isCancelled;
    KnownRows m_known;
    ImportReport m_report;
};

} // namespace

int ImportReport::changes() const
{
    int total = 0;
    for (const ImportCounts& c : counts)
        total += c.created + c.updated;
    return total;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject kinds;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        kinds.insert(it.key(),
            QJsonObject { { QStringLiteral("created"), it->created },
                { QStringLiteral("updated"), it->updated }, { QStringLiteral("unchanged"), it->unchanged } });
    }
    return QJsonObject { { QStringLiteral("dryRun"), dryRun }, { QStringLiteral("counts"), kinds } };
}

QString ImportReport::summary() const
{
    QStringList lines;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        lines << ImportText::tr("%1: %2 created, %3 updated, %4 unchanged")
                     .arg(it.key())
                     .arg(it->created)
                     .arg(it->updated)
                     .arg(it->unchanged);
    if (lines.isEmpty())
        lines << ImportText::tr("The file holds no records.");
    if (dryRun)
        lines << ImportText::tr("Dry run: nothing was written.");
    return lines.join(QLatin1Char('\n'));
}

DatasetImporter::DatasetImporter(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

Expected<ImportReport, DatasetError> DatasetImporter::import(const SalonDataset& dataset, bool dryRun)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Unexpected(
            DatasetError { {}, ImportText::tr("Cannot start a transaction: %1").arg(transaction.error()) });
    qCDebug(lcIo) << "importing"
                  << dataset.staff.size() + dataset.services.size() + dataset.eventMaps.size()
            + dataset.appointments.size()
                  << "records in one transaction";
    try {
        ImportRun run(m_db, m_actor, dryRun, m_policy, m_isCancelled);
        ImportReport report = run.run(dataset);
        if (dryRun) {
            transaction.rollback();
            return report;
        }
        if (!transaction.commit())
            return Unexpected(
                DatasetError { {}, ImportText::tr("Cannot commit the import: %1").arg(transaction.error()) });
        qCInfo(lcIo) << "imported dataset:" << report.changes() << "changes";
        return report;
    } catch (const ImportFailure& failure) {
        return Unexpected(failure.error);
    } catch (const ImportCancelled&) {
        DatasetError error { {}, ImportText::tr("The import was stopped; nothing was written.") };
        error.cancelled = true;
        return Unexpected(error);
    }
}

} // namespace salon
