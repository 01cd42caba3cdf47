#pragma once

#include "common/Expected.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace salon::history
{

// The one place that writes audit_log rows. Each row names when (the Clock's time), who (actor), what
// (action, subject, before/after JSON) and the run that made it (run_id, see RunId). It writes inside the
// caller's transaction, so a change and its audit entry commit or roll back together. An empty before or
// after is stored as NULL.
//
//   AuditWriter audit(db, actor, runId);                  // runId empty: a fresh one of kind `kind`
//   if (auto a = audit.write("event_map.repair", "calcom_event_map:7", before, after); !a) ...
class AuditWriter
{
public:
    // An empty runId makes one of `kind` (RunId::create), shared by every write of this writer.
    AuditWriter(QSqlDatabase db, QString actor, QString runId, const QString& kind = QStringLiteral("run"));

    const QString& runId() const { return m_runId; }
    const QString& actor() const { return m_actor; }

    // The error is the database's message; callers say what they were doing.
    Expected<Done, QString> write(const QString& action, const QString& subject, const QJsonObject& before,
        const QJsonObject& after) const;
    // The same with before/after already as JSON text (empty = NULL).
    Expected<Done, QString> writeText(const QString& action, const QString& subject,
        const QString& beforeJson, const QString& afterJson) const;

private:
    QSqlDatabase m_db;
    QString m_actor;
    QString m_runId;
};

} // namespace salon::history
