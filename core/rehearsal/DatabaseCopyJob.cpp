#include "DatabaseCopyJob.h"

#include "common/Logging.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "io/DatasetImporter.h"
#include "io/DatasetReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlRecord>

#include <atomic>

namespace salon::rehearsal
{

namespace
{

struct CopyText {
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::DatabaseCopyJob)
};

using Result = Expected<Done, QString>;

// Rows of a table with explicit ids, times normalised to the SQLite text form.
Result copyRows(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table,
    const QStringList& columns, const QStringList& timeColumns)
{
    auto rows = runSql(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(u", "), table));
    if (!rows)
        return Unexpected(CopyText::tr("Cannot read %1: %2").arg(table, rows.error()));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(u", "), marks.join(u", "));
    while (rows->next()) {
        QVariantList values;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant v = rows->value(int(i));
            values.append(timeColumns.contains(columns.at(i)) ? toSqlTimeOrNull(fromSqlTime(v)) : v);
        }
        if (auto q = runSql(to, insert, values); !q)
            return Unexpected(CopyText::tr("Cannot copy %1: %2").arg(table, q.error()));
    }
    return Done {};
}

Result copyPostgresToSqlite(QSqlDatabase& source, const QString& targetPath)
{
    Migrator sourceMigrator(source);
    const auto version = sourceMigrator.currentVersion();
    if (!version)
        return Unexpected(version.error());
    if (*version != sourceMigrator.latestVersion())
        return Unexpected(CopyText::tr("The database is at schema version %1, this Salon Admin needs %2: run "
                                       "`salon-admin-cli migrate` first.")
                              .arg(*version)
                              .arg(sourceMigrator.latestVersion()));
    const auto dataset = DatasetReader(source).read();
    if (!dataset)
        return Unexpected(dataset.error());

    static std::atomic_int counter { 0 };
    auto target = DatabaseConnection::open(
        DatabaseUrl::sqliteFile(targetPath), QStringLiteral("rehearsal-copy-%1").arg(++counter));
    if (!target)
        return Unexpected(target.error());
    QSqlDatabase db = (*target)->db();
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return Unexpected(migrated.error());
    const auto imported = DatasetImporter(db, QStringLiteral("rehearsal")).import(*dataset, false);
    if (!imported)
        return Unexpected(imported.error().toString());

    Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.error());
    // The original's history replaces the import's own entries.
    if (auto q = runSql(db, QStringLiteral("DELETE FROM audit_log")); !q)
        return Unexpected(q.error());
    if (auto r = copyRows(source, db, QStringLiteral("audit_log"),
            { QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                QStringLiteral("subject"), QStringLiteral("before_json"), QStringLiteral("after_json"),
                QStringLiteral("run_id") },
            { QStringLiteral("at") });
        !r)
        return r;
    if (auto r = copyRows(source, db, QStringLiteral("sync_attempts"),
            { QStringLiteral("id"), QStringLiteral("phase_id"), QStringLiteral("started_at"),
                QStringLiteral("finished_at"), QStringLiteral("http_status"), QStringLiteral("outcome"),
                QStringLiteral("message") },
            { QStringLiteral("started_at"), QStringLiteral("finished_at") });
        !r)
        return r;
    if (!tx.commit())
        return Unexpected(tx.error());
    return Done {};
}

} // namespace

DatabaseCopyJob::DatabaseCopyJob(DatabaseWorker* source, QString targetPath, QObject* parent)
    : Job(parent)
    , m_source(source)
    , m_targetPath(std::move(targetPath))
{
}

void DatabaseCopyJob::doStart()
{
    if (QFileInfo::exists(m_targetPath)) {
        finishWithError(
            CopyText::tr("%1 exists already; a rehearsal copies into a new file.").arg(m_targetPath));
        return;
    }
    m_source->post<Result>(
        [path = m_targetPath, postgres = m_source->isPostgres()](QSqlDatabase& db) -> Result {
            if (!db.isOpen())
                return Unexpected(CopyText::tr("The database is not open."));
            if (postgres)
                return copyPostgresToSqlite(db, path);
            if (auto q = runSql(db, QStringLiteral("VACUUM INTO ?"), { path }); !q)
                return Unexpected(CopyText::tr("Cannot copy the database to %1: %2").arg(path, q.error()));
            return Done {};
        },
        this,
        [this](Result result) {
            if (!result) {
                finishWithError(result.error());
                return;
            }
            qCInfo(lcDb) << "rehearsal copy written to" << m_targetPath;
            finishOk();
        });
}

} // namespace salon::rehearsal
