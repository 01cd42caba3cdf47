#include "AuditLogReader.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QJsonDocument>

namespace salon::history
{

namespace
{
QJsonObject objectOf(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
} // namespace

AuditLogReader::AuditLogReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<QList<AuditEntry>, QString> AuditLogReader::entries(const AuditQuery& query) const
{
    QStringList where;
    QVariantList values;
    if (query.since.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(toSqlTime(query.since));
    }
    if (query.until.isValid()) {
        where.append(QStringLiteral("at < ?"));
        values.append(toSqlTime(query.until));
    }
    if (!query.runId.isEmpty()) {
        where.append(QStringLiteral("run_id = ?"));
        values.append(query.runId);
    }
    if (!query.actor.isEmpty()) {
        where.append(QStringLiteral("actor = ?"));
        values.append(query.actor);
    }
    if (!query.actionPrefix.isEmpty()) {
        // substr instead of LIKE: action names contain '_' and LIKE's escapes differ between backends.
        where.append(QStringLiteral("substr(action, 1, %1) = ?").arg(query.actionPrefix.size()));
        values.append(query.actionPrefix);
    }
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
    // The newest `limit` entries, then back into the order they were written.
    auto q = runSql(m_db,
        QStringLiteral("SELECT id, at, actor, action, subject, before_json, after_json, run_id FROM ("
                       "SELECT * FROM audit_log%1 ORDER BY id DESC LIMIT %2) newest ORDER BY id")
            .arg(filter)
            .arg(qMax(1, query.limit)),
        values);
    if (!q)
        return Unexpected(tr("Cannot read the audit log: %1").arg(q.error()));
    QList<AuditEntry> result;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = fromSqlTime(q->value(1));
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.subject = q->value(4).toString();
        e.before = objectOf(q->value(5));
        e.after = objectOf(q->value(6));
        e.runId = q->value(7).toString();
        result.append(e);
    }
    return result;
}

Expected<QList<AuditEntry>, QString> AuditLogReader::run(const QString& runId) const
{
    AuditQuery query;
    query.runId = runId;
    query.limit = 1'000'000;
    return entries(query);
}

} // namespace salon::history
