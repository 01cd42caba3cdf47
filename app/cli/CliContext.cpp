#include "CliContext.h"

#include "CliCommand.h"
#include "db/Migrator.h"
#include "secrets/ApiKeyJob.h"
#include "secrets/ApiKeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace salon::cli
{

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

int CliContext::cannotRun(const QString& reason)
{
    const QString oneLine = QString(reason).replace(QLatin1Char('\n'), QStringLiteral(" — "));
    m_err << QCoreApplication::applicationName() << ": " << oneLine << Qt::endl;
    if (json)
        printJson(QJsonObject { { QStringLiteral("ok"), false }, { QStringLiteral("error"), oneLine } });
    return ExitCannotRun;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

Expected<DatabaseUrl, QString> CliContext::databaseUrl() const
{
    // An empty --db or SALON_ADMIN_DB is a mistake (an unset shell variable), not a wish for the default:
    // a cron job would quietly work on another database.
    if (databaseOption) {
        if (databaseOption->trimmed().isEmpty())
            return Unexpected(QCoreApplication::translate("CliContext",
                "--db is empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, or leave --db out "
                "for the default database %1.")
                                  .arg(DatabaseUrl::defaultSqlitePath()));
        return DatabaseUrl::parse(*databaseOption);
    }
    if (qEnvironmentVariableIsSet("SALON_ADMIN_DB")) {
        const QString text = qEnvironmentVariable("SALON_ADMIN_DB");
        if (text.trimmed().isEmpty())
            return Unexpected(QCoreApplication::translate("CliContext",
                "SALON_ADMIN_DB is set but empty; give sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, "
                "or unset it for the default database %1.")
                                  .arg(DatabaseUrl::defaultSqlitePath()));
        return DatabaseUrl::parse(text);
    }
    return DatabaseUrl::sqliteFile(DatabaseUrl::defaultSqlitePath());
}

Expected<DatabaseConnection*, QString> CliContext::database(bool migrateIfNeeded)
{
    if (m_database)
        return m_database.get();
    auto url = databaseUrl();
    if (!url)
        return Unexpected(url.error());
    QString keychainNote;
    if (!url->isSqlite() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // The GUI's settings store a PostgreSQL password in the keychain; a cron job sets PGPASSWORD.
        ApiKeyStore store;
        std::unique_ptr<ApiKeyJob> job(store.readKey(url->secretId()));
        job->waitForFinished(15000);
        if (!job->key().isEmpty())
            url->setPassword(job->key());
        else if (!job->errorString().isEmpty())
            keychainNote = job->errorString();
    }
    auto connection = DatabaseConnection::open(*url, QStringLiteral("cli"));
    if (!connection) {
        if (keychainNote.isEmpty())
            return Unexpected(connection.error());
        return Unexpected(
            QCoreApplication::translate("CliContext", "%1 (no password from PGPASSWORD or the keychain: %2)")
                .arg(connection.error(), keychainNote));
    }
    Migrator migrator((*connection)->db());
    // Refused by every command, migrate included: this program must not write to a schema it does not know.
    const auto version = migrator.checkNotNewer();
    if (!version)
        return Unexpected(version.error());
    if (migrateIfNeeded) {
        if (*version < migrator.latestVersion()) {
            if (!url->isSqlite())
                return Unexpected(QCoreApplication::translate("CliContext",
                    "The database %1 is at schema version %2 but this Salon "
                    "Admin needs %3: run `salon-admin-cli migrate` first.")
                                      .arg(url->toString())
                                      .arg(*version)
                                      .arg(migrator.latestVersion()));
            if (auto applied = migrator.migrate(); !applied)
                return Unexpected(applied.error());
        }
    }
    m_database = std::move(*connection);
    return m_database.get();
}

Expected<DatabaseWorker*, QString> CliContext::worker()
{
    if (m_worker)
        return m_worker.get();
    auto db = database();
    if (!db)
        return Unexpected(db.error());
    m_worker = std::make_unique<DatabaseWorker>((*db)->url());
    return m_worker.get();
}

QString CliContext::actor() const
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return QStringLiteral("cli:%1").arg(user);
}

} // namespace salon::cli
