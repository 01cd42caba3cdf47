#include "SyncQueueFilter.h"

#include "db/SqlTime.h"

namespace salon::sync
{

QString SyncQueueFilter::statusLabel(Status status)
{
    switch (status) {
    case Status::NeedsAttention:
        return tr("Needs attention");
    case Status::Failed:
        return tr("Failed");
    case Status::Pending:
        return tr("Pending");
    case Status::Syncing:
        return tr("Syncing");
    case Status::Synced:
        return tr("Synced");
    case Status::Archived:
        return tr("Archived");
    case Status::All:
        return tr("All");
    }
    return {};
}

QString SyncQueueFilter::statusCondition(Status status)
{
    switch (status) {
    case Status::NeedsAttention:
        return QStringLiteral("(p.sync_status IN ('pending', 'syncing') OR (p.sync_status = 'failed' AND "
                              "p.archived_reason IS NULL))");
    case Status::Failed:
        return QStringLiteral("(p.sync_status = 'failed' AND p.archived_reason IS NULL)");
    case Status::Pending:
        return QStringLiteral("p.sync_status = 'pending'");
    case Status::Syncing:
        return QStringLiteral("p.sync_status = 'syncing'");
    case Status::Synced:
        return QStringLiteral("p.sync_status = 'synced'");
    case Status::Archived:
        return QStringLiteral("p.archived_reason IS NOT NULL");
    case Status::All:
        return QStringLiteral("1 = 1");
    }
    return QStringLiteral("1 = 1");
}

bool SyncQueueFilter::phaseMatches(Status status, const QString& syncStatus, bool archived)
{
    const bool failed = syncStatus == QLatin1String("failed") && !archived;
    switch (status) {
    case Status::NeedsAttention:
        return syncStatus == QLatin1String("pending") || syncStatus == QLatin1String("syncing") || failed;
    case Status::Failed:
        return failed;
    case Status::Pending:
        return syncStatus == QLatin1String("pending");
    case Status::Syncing:
        return syncStatus == QLatin1String("syncing");
    case Status::Synced:
        return syncStatus == QLatin1String("synced");
    case Status::Archived:
        return archived;
    case Status::All:
        return true;
    }
    return true;
}

QStringList SyncQueueFilter::otherConditions(QVariantList* values, const QString& phaseAlias) const
{
    QStringList conditions;
    if (from.isValid()) {
        conditions.append(QStringLiteral("a.starts_at >= ?"));
        values->append(toSqlTime(QDateTime(from, QTime(0, 0), zone)));
    }
    if (to.isValid()) {
        conditions.append(QStringLiteral("a.starts_at < ?"));
        values->append(toSqlTime(QDateTime(to.addDays(1), QTime(0, 0), zone)));
    }
    if (serviceId > 0) {
        conditions.append(QStringLiteral("a.service_id = ?"));
        values->append(serviceId);
    }
    if (!staffId.isEmpty()) {
        conditions.append(QStringLiteral("%1.staff_id = ?").arg(phaseAlias));
        values->append(staffId);
    }
    const QString needle = text.trimmed().toLower();
    if (!needle.isEmpty()) {
        const QString like = QLatin1Char('%') + needle + QLatin1Char('%');
        conditions.append(QStringLiteral("(LOWER(a.customer_name) LIKE ? OR LOWER(a.customer_email) LIKE ? "
                                         "OR CAST(a.id AS TEXT) = ? OR EXISTS "
                                         "(SELECT 1 FROM appointment_phases e WHERE e.appointment_id = a.id "
                                         "AND LOWER(COALESCE(e.sync_error, '')) LIKE ?))"));
        values->append(like);
        values->append(like);
        values->append(needle);
        values->append(like);
    }
    return conditions;
}

QString SyncQueueFilter::appointmentsSql(QVariantList* values, int limit, int offset) const
{
    QStringList phaseConditions { QStringLiteral("p.appointment_id = a.id"), statusCondition(status) };
    if (!staffId.isEmpty()) {
        phaseConditions.append(QStringLiteral("p.staff_id = ?"));
        values->append(staffId);
    }
    QStringList conditions { QStringLiteral("EXISTS (SELECT 1 FROM appointment_phases p WHERE %1)")
                                 .arg(phaseConditions.join(QStringLiteral(" AND "))) };
    SyncQueueFilter rest = *this;
    rest.staffId.clear(); // applied inside EXISTS above
    conditions += rest.otherConditions(values, QStringLiteral("p"));
    values->append(limit);
    values->append(offset);
    return QStringLiteral(
        "SELECT a.id, a.customer_name, a.customer_email, a.starts_at, a.service_id, COALESCE(s.name, '') "
        "FROM appointments a LEFT JOIN services s ON s.id = a.service_id WHERE %1 "
        "ORDER BY a.starts_at, a.id LIMIT ? OFFSET ?")
        .arg(conditions.join(QStringLiteral(" AND ")));
}

QString SyncQueueFilter::countsSql(QVariantList* values) const
{
    QStringList columns;
    for (int i = 0; i < kStatusCount; ++i)
        columns.append(
            QStringLiteral("COUNT(DISTINCT CASE WHEN %1 THEN a.id END)").arg(statusCondition(Status(i))));
    columns.append(QStringLiteral("COUNT(CASE WHEN %1 THEN 1 END)").arg(statusCondition(Status::Failed)));
    const QStringList conditions = otherConditions(values, QStringLiteral("p"));
    return QStringLiteral(
        "SELECT %1 FROM appointments a JOIN appointment_phases p ON p.appointment_id = a.id%2")
        .arg(columns.join(QStringLiteral(", ")),
            conditions.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

} // namespace salon::sync
