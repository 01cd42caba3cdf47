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

QString SyncQueueFilter::stateCondition(Status status)
{
    switch (status) {
    case Status::NeedsAttention:
        return QStringLiteral("q.failed + q.pending + q.syncing > 0");
    case Status::Failed:
        return QStringLiteral("q.failed > 0");
    case Status::Pending:
        return QStringLiteral("q.pending > 0");
    case Status::Syncing:
        return QStringLiteral("q.syncing > 0");
    case Status::Synced:
        return QStringLiteral("q.synced > 0");
    case Status::Archived:
        return QStringLiteral("q.archived > 0");
    case Status::All:
        return QStringLiteral("q.phases > 0");
    }
    return QStringLiteral("q.phases > 0");
}

namespace
{
// A LIKE pattern matching `text` anywhere, its wildcards taken literally (escaped with '\').
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QString SyncQueueFilter::textCondition(QVariantList* values, const QString& idColumn, bool postgres) const
{
    const QString needle = text.trimmed().toLower();
    QStringList sources;
    // The trigram index finds substrings of 3 characters or more; shorter text is matched by LIKE.
    if (!postgres && needle.size() >= 3) {
        sources.append(
            QStringLiteral("SELECT rowid FROM appointment_search WHERE appointment_search MATCH ?"));
        values->append(QLatin1Char('"') + QString(needle).replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"'));
    } else {
        // PostgreSQL's LIKE escapes with '\' by default; pg_trgm's indexes answer it.
        const QString like = postgres ? QStringLiteral("LIKE ?") : QStringLiteral("LIKE ? ESCAPE '\\'");
        sources.append(QStringLiteral("SELECT id FROM appointments WHERE LOWER(customer_name) %1 "
                                      "OR LOWER(customer_email) %1")
                           .arg(like));
        sources.append(QStringLiteral("SELECT appointment_id FROM appointment_phases "
                                      "WHERE sync_error IS NOT NULL AND LOWER(sync_error) %1")
                           .arg(like));
        const QString pattern = containsPattern(needle);
        values->append(pattern);
        values->append(pattern);
        values->append(pattern);
    }
    bool isNumber = false;
    const qint64 id = needle.toLongLong(&isNumber);
    QString condition = QStringLiteral("%1 IN (%2)").arg(idColumn, sources.join(QStringLiteral(" UNION ")));
    if (isNumber) {
        condition = QStringLiteral("(%1 OR %2 = ?)").arg(condition, idColumn);
        values->append(id);
    }
    return condition;
}

QStringList SyncQueueFilter::otherConditions(QVariantList* values, const QString& alias, bool postgres) const
{
    const bool state = alias == QLatin1String("q");
    QStringList conditions;
    if (from.isValid()) {
        conditions.append(QStringLiteral("%1.starts_at >= ?").arg(alias));
        values->append(toSqlTime(QDateTime(from, QTime(0, 0), zone)));
    }
    if (to.isValid()) {
        conditions.append(QStringLiteral("%1.starts_at < ?").arg(alias));
        values->append(toSqlTime(QDateTime(to.addDays(1), QTime(0, 0), zone)));
    }
    if (serviceId > 0) {
        conditions.append(QStringLiteral("%1.service_id = ?").arg(alias));
        values->append(serviceId);
    }
    if (!text.trimmed().isEmpty())
        conditions.append(textCondition(
            values, alias + (state ? QStringLiteral(".appointment_id") : QStringLiteral(".id")), postgres));
    return conditions;
}

QString SyncQueueFilter::appointmentsSql(
    QVariantList* values, int limit, const SyncQueueKey& after, bool postgres) const
{
    QStringList conditions { stateCondition(status) };
    if (!staffId.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM appointment_phases p WHERE "
                                         "p.appointment_id = q.appointment_id AND %1 AND p.staff_id = ?)")
                              .arg(statusCondition(status)));
        values->append(staffId);
    }
    conditions += otherConditions(values, QStringLiteral("q"), postgres);
    if (after.appointmentId > 0) {
        conditions.append(postgres
                ? QStringLiteral("(q.starts_at, q.appointment_id) > (CAST(? AS TIMESTAMPTZ), ?)")
                : QStringLiteral("(q.starts_at, q.appointment_id) > (?, ?)"));
        values->append(after.startsAt);
        values->append(after.appointmentId);
    }
    values->append(limit);
    return QStringLiteral(
        "SELECT a.id, a.customer_name, a.customer_email, a.starts_at, a.service_id, COALESCE(s.name, ''), %1 "
        "FROM appointment_sync_state q JOIN appointments a ON a.id = q.appointment_id "
        "LEFT JOIN services s ON s.id = a.service_id WHERE %2 "
        "ORDER BY q.starts_at, q.appointment_id LIMIT ?")
        .arg(postgres ? QStringLiteral("CAST(q.starts_at AS TEXT)") : QStringLiteral("q.starts_at"),
            conditions.join(QStringLiteral(" AND ")));
}

QString SyncQueueFilter::countsSql(QVariantList* values, bool postgres) const
{
    // A staff member is a phase's: count over the phases.
    if (!staffId.isEmpty())
        return joinedCountsSql(values, postgres);
    const QStringList conditions = otherConditions(values, QStringLiteral("q"), postgres);
    // Unfiltered: the counts the triggers keep.
    if (conditions.isEmpty())
        return QStringLiteral(
            "SELECT SUM(needs_attention), SUM(failed), SUM(pending), SUM(syncing), SUM(synced), "
            "SUM(archived), SUM(with_phases), SUM(failed_phases) FROM sync_queue_counts");
    QStringList columns;
    for (int i = 0; i < kStatusCount; ++i)
        columns.append(QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(stateCondition(Status(i))));
    columns.append(QStringLiteral("SUM(q.failed)"));
    return QStringLiteral("SELECT %1 FROM appointment_sync_state q WHERE %2")
        .arg(columns.join(QStringLiteral(", ")), conditions.join(QStringLiteral(" AND ")));
}

QString SyncQueueFilter::joinedCountsSql(QVariantList* values, bool postgres) const
{
    QStringList columns;
    for (int i = 0; i < kStatusCount; ++i)
        columns.append(
            QStringLiteral("COUNT(DISTINCT CASE WHEN %1 THEN a.id END)").arg(statusCondition(Status(i))));
    columns.append(QStringLiteral("COUNT(CASE WHEN %1 THEN 1 END)").arg(statusCondition(Status::Failed)));
    QStringList conditions = otherConditions(values, QStringLiteral("a"), postgres);
    if (!staffId.isEmpty()) {
        conditions.append(QStringLiteral("p.staff_id = ?"));
        values->append(staffId);
    }
    return QStringLiteral(
        "SELECT %1 FROM appointments a JOIN appointment_phases p ON p.appointment_id = a.id%2")
        .arg(columns.join(QStringLiteral(", ")),
            conditions.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

} // namespace salon::sync
