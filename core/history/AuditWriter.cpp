#include "AuditWriter.h"

#include "RunId.h"
#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QJsonDocument>

namespace salon::history
{

namespace
{
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

AuditWriter::AuditWriter(QSqlDatabase db, QString actor, QString runId, const QString& kind)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_runId(runId.isEmpty() ? RunId::create(kind) : std::move(runId))
{
}

Expected<Done, QString> AuditWriter::write(
    const QString& action, const QString& subject, const QJsonObject& before, const QJsonObject& after) const
{
    return writeText(action, subject, compact(before), compact(after));
}

Expected<Done, QString> AuditWriter::writeText(
    const QString& action, const QString& subject, const QString& beforeJson, const QString& afterJson) const
{
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, before_json, after_json, run_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { toSqlTime(Clock::instance().nowUtc()), m_actor, action, subject, textOrNull(beforeJson),
            textOrNull(afterJson), m_runId });
    if (!q)
        return Unexpected(q.error());
    return Done {};
}

} // namespace salon::history
