#pragma once

#include "AuditEntry.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace salon::history
{

// Which audit entries to read; every filter is optional.
struct AuditQuery {
    QDateTime since; // at >= since
    QDateTime until; // at < until
    QString runId;
    QString actor;
    QString actionPrefix; // "event-type." matches every wizard action
    int limit = 20000; // newest entries win when there are more; the list stays ordered by id
};

// Reads audit_log (runs in the thread that owns the connection: a DatabaseWorker's, or the CLI's).
class AuditLogReader
{
    Q_DECLARE_TR_FUNCTIONS(salon::history::AuditLogReader)
public:
    explicit AuditLogReader(QSqlDatabase db);

    // Ordered by id (the order they were written).
    Expected<QList<AuditEntry>, QString> entries(const AuditQuery& query) const;
    // Every entry of one run, in order; an unknown run is an empty list.
    Expected<QList<AuditEntry>, QString> run(const QString& runId) const;

private:
    QSqlDatabase m_db;
};

} // namespace salon::history
