#pragma once

#include "common/Expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace salon
{

// Applies the versioned, forward-only schema migrations stored as resources
// (:/migrations/<sqlite|postgresql>/NNNN_name.sql), each in its own transaction, and records them in
// schema_migrations. Running it again applies nothing: migrate() is idempotent.
class Migrator
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(QSqlDatabase db);

    // Applies what is missing; returns how many migrations were applied.
    Expected<int, QString> migrate();
    // The highest applied version, 0 for an empty database.
    Expected<int, QString> currentVersion() const;
    // The current version, or an error when the schema is newer than this program knows: a newer Salon
    // Admin has changed it, and writing to it with this one could break what that one relies on. Every
    // command and the GUI check this on open.
    Expected<int, QString> checkNotNewer() const;
    int latestVersion() const;
    QList<Migration> migrations() const;

    // Splits a migration script into statements (semicolons inside quotes, $$ bodies and
    // CREATE TRIGGER ... END blocks do not split).
    static QStringList splitStatements(const QString& script);

private:
    bool isPostgres() const;
    Expected<Done, QString> ensureMigrationsTable();
    Expected<Done, QString> apply(const Migration& migration);

    QSqlDatabase m_db;
};

} // namespace salon
