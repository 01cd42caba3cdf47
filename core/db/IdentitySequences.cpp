#include "IdentitySequences.h"

#include "SqlStatement.h"

#include <QCoreApplication>
#include <QStringList>

namespace salon
{

Expected<Done, QString> syncIdentitySequences(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return Done {};
    const QStringList tables = { QStringLiteral("services"), QStringLiteral("service_segments"),
        QStringLiteral("calcom_event_map"), QStringLiteral("appointments"),
        QStringLiteral("appointment_phases"), QStringLiteral("sync_attempts"), QStringLiteral("audit_log") };
    for (const QString& table : tables) {
        // is_called = false when the table is empty, so the first id stays 1.
        auto q = runSql(db,
            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                           "COALESCE((SELECT MAX(id) FROM %1), 1), (SELECT COUNT(*) > 0 FROM %1))")
                .arg(table));
        if (!q)
            return Unexpected(QCoreApplication::translate(
                "salon::IdentitySequences", "Cannot advance the id sequence of %1: %2")
                                  .arg(table, q.error()));
    }
    return Done {};
}

} // namespace salon
