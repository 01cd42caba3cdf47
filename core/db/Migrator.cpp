#include "Migrator.h"

#include "SqlStatement.h"
#include "SqlTime.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace salon
{

namespace
{
// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct MigratorText {
    Q_DECLARE_TR_FUNCTIONS(salon::Migrator)
};
} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool Migrator::isPostgres() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

QList<Migrator::Migration> Migrator::migrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QString folder = QStringLiteral(":/migrations/")
        + (isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QList<Migration> result;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        result.append({ match.captured(1).toInt(), match.captured(2), folder + QLatin1Char('/') + file });
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Expected<Done, QString> Migrator::ensureMigrationsTable()
{
    const QString sql = isPostgres()
        ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                         "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
        : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                         "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    if (auto q = runSql(m_db, sql); !q)
        return Unexpected(MigratorText::tr("Cannot create the schema_migrations table: %1").arg(q.error()));
    return Done {};
}

Expected<int, QString> Migrator::currentVersion() const
{
    const QStringList tables = m_db.tables();
    if (!tables.contains(QLatin1String("schema_migrations")))
        return 0;
    auto q = runSql(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q)
        return Unexpected(MigratorText::tr("Cannot read the schema version: %1").arg(q.error()));
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<int, QString> Migrator::checkNotNewer() const
{
    const auto current = currentVersion();
    if (!current)
        return current;
    if (*current > latestVersion())
        return Unexpected(MigratorText::tr(
            "The database schema (version %1) is newer than this Salon Admin knows (version %2); "
            "update Salon Admin.")
                              .arg(*current)
                              .arg(latestVersion()));
    return current;
}

Expected<int, QString> Migrator::migrate()
{
    if (!m_db.isOpen())
        return Unexpected(MigratorText::tr("The database is not open."));
    if (auto ok = ensureMigrationsTable(); !ok)
        return Unexpected(ok.error());
    const QList<Migration> all = migrations();
    if (all.isEmpty())
        return Unexpected(MigratorText::tr("No migrations are compiled into this program."));
    const auto current = checkNotNewer();
    if (!current)
        return Unexpected(current.error());
    // By the versions recorded, not the highest one: numbers are reserved per task, so a database made by a
    // build with 0006 may still lack 0003.
    QSet<int> done;
    if (auto q = runSql(m_db, QStringLiteral("SELECT version FROM schema_migrations")); !q)
        return Unexpected(MigratorText::tr("Cannot read the schema version: %1").arg(q.error()));
    else
        while (q->next())
            done.insert(q->value(0).toInt());
    int applied = 0;
    for (const Migration& migration : all) {
        if (done.contains(migration.version))
            continue;
        if (auto ok = apply(migration); !ok)
            return Unexpected(ok.error());
        ++applied;
    }
    return applied;
}

Expected<Done, QString> Migrator::apply(const Migration& migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(MigratorText::tr("Cannot read migration %1.").arg(migration.resourcePath));
    const QString script = QString::fromUtf8(file.readAll());

    // A migration that rebuilds a table on SQLite (CREATE new, copy, DROP old, RENAME) needs foreign keys
    // off, or the DROP cascades into the tables that reference the old one. The pragma is a no-op inside
    // a transaction, so it is switched here and back afterwards whatever happens; the integrity check
    // below stands in for the enforcement meanwhile.
    const bool rebuildsTables = !isPostgres() && script.contains(QLatin1String("-- salon:rebuilds-tables"));
    struct ForeignKeysOff {
        QSqlDatabase db;
        bool active = false;
        ~ForeignKeysOff()
        {
            if (active)
                runSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } foreignKeysOff { m_db };
    if (rebuildsTables) {
        if (auto q = runSql(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")); !q)
            return Unexpected(
                MigratorText::tr("Cannot prepare migration %1: %2").arg(migration.name, q.error()));
        foreignKeysOff.active = true;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Unexpected(MigratorText::tr("Cannot start a transaction for migration %1: %2")
                              .arg(migration.name, transaction.error()));
    if (isPostgres()) {
        // A second process migrating at the same time waits here, then finds the work done.
        if (auto q = runSql(m_db, QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE")); !q)
            return Unexpected(MigratorText::tr("Cannot lock schema_migrations: %1").arg(q.error()));
        auto already = runSql(
            m_db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), { migration.version });
        if (already && already->next())
            return Done {};
    }
    for (const QString& statement : splitStatements(script)) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return Unexpected(MigratorText::tr("Migration %1_%2 failed: %3\nStatement: %4")
                                  .arg(migration.version, 4, 10, QLatin1Char('0'))
                                  .arg(migration.name, query.lastError().text(), statement.left(200)));
    }
    if (rebuildsTables) {
        auto check = runSql(m_db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!check)
            return Unexpected(MigratorText::tr("Migration %1_%2 failed: %3")
                                  .arg(migration.version, 4, 10, QLatin1Char('0'))
                                  .arg(migration.name, check.error()));
        if (check->next())
            return Unexpected(
                MigratorText::tr("Migration %1_%2 would leave a row of %3 pointing at a missing "
                                 "row of %4; nothing was changed.")
                    .arg(migration.version, 4, 10, QLatin1Char('0'))
                    .arg(migration.name, check->value(0).toString(), check->value(2).toString()));
    }
    auto record = runSql(m_db,
        QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
        { migration.version, migration.name, toSqlTime(Clock::instance().nowUtc()) });
    if (!record)
        return Unexpected(
            MigratorText::tr("Cannot record migration %1: %2").arg(migration.name, record.error()));
    if (!transaction.commit())
        return Unexpected(
            MigratorText::tr("Cannot commit migration %1: %2").arg(migration.name, transaction.error()));
    qCInfo(lcDb) << "applied migration" << migration.version << migration.name;
    return Done {};
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inSingleQuote = false;
    bool inDollarQuote = false;
    bool inLineComment = false;
    int triggerDepth = 0; // inside CREATE TRIGGER ... BEGIN ... END
    const int n = script.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (!inSingleQuote && !inDollarQuote && c == QLatin1Char('-') && next == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (!inDollarQuote && c == QLatin1Char('\''))
            inSingleQuote = !inSingleQuote;
        if (!inSingleQuote && c == QLatin1Char('$') && next == QLatin1Char('$')) {
            inDollarQuote = !inDollarQuote;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        current += c;
        if (inSingleQuote || inDollarQuote)
            continue;
        if (c.isLetter() && (i == 0 || !script.at(i - 1).isLetterOrNumber())) {
            const QString word = script.mid(i, 5).toUpper();
            if (word.startsWith(QLatin1String("BEGIN"))
                && current.trimmed().toUpper().startsWith(QLatin1String("CREATE TRIGGER")))
                ++triggerDepth;
            else if (word.startsWith(QLatin1String("END")) && triggerDepth > 0
                && (i + 3 >= n || !script.at(i + 3).isLetterOrNumber()))
                --triggerDepth;
        }
        if (c == QLatin1Char(';') && triggerDepth == 0) {
            current.chop(1);
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace salon
