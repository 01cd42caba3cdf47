#include "MigrateCommand.h"

#include "CliContext.h"
#include "db/Migrator.h"

#include <QJsonObject>

namespace salon::cli
{

int MigrateCommand::run(CliContext& context, const QCommandLineParser&)
{
    auto db = context.database(false);
    if (!db)
        return context.cannotRun(db.error());
    Migrator migrator((*db)->db());
    const auto applied = migrator.migrate();
    if (!applied)
        return context.cannotRun(applied.error());
    const int version = migrator.currentVersion().has_value() ? *migrator.currentVersion() : 0;
    if (context.json) {
        context.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("applied"), *applied }, { QStringLiteral("schemaVersion"), version } });
    } else if (*applied == 0) {
        context.out() << tr("The database %1 is up to date (schema version %2).")
                             .arg((*db)->url().toString())
                             .arg(version)
                      << Qt::endl;
    } else {
        context.out() << tr("Applied %n migration(s) to %1; schema version is now %2.", nullptr, *applied)
                             .arg((*db)->url().toString())
                             .arg(version)
                      << Qt::endl;
    }
    return ExitDone;
}

} // namespace salon::cli
