#include "ImportCommand.h"

#include "CliContext.h"
#include "io/DatasetImporter.h"
#include "io/DatasetJson.h"
#include "io/DatasetReader.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace salon::cli
{

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), tr("Validate and report counts; write nothing.")));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("The dataset to import."));
}

int ImportCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (options.positionalArguments().size() != 1)
        return context.cannotRun(tr("import needs exactly one FILE.json"));
    const QString path = options.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.cannotRun(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const auto dataset = DatasetJson::parse(file.readAll());
    if (!dataset)
        return context.cannotRun(tr("%1 is not a valid dataset: %2").arg(path, dataset.error().toString()));
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    DatasetImporter importer((*db)->db(), context.actor());
    const auto report = importer.import(*dataset, options.isSet(QStringLiteral("dry-run")));
    if (!report)
        return context.cannotRun(
            tr("Import of %1 aborted, nothing was written: %2").arg(path, report.error().toString()));
    if (context.json) {
        QJsonObject result = report->toJson();
        result.insert(QStringLiteral("ok"), true);
        context.printJson(result);
    } else {
        context.out() << report->summary() << Qt::endl;
    }
    return ExitDone;
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE.json"), tr("Where to write the dataset (- for stdout)."));
}

int ExportCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (options.positionalArguments().size() != 1)
        return context.cannotRun(tr("export needs exactly one FILE.json"));
    const QString path = options.positionalArguments().first();
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    const auto dataset = DatasetReader((*db)->db()).read();
    if (!dataset)
        return context.cannotRun(dataset.error());
    const QByteArray json = DatasetJson::serialize(*dataset);
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(json);
        context.out().flush();
        return ExitDone;
    }
    // QSaveFile: a failed write never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return context.cannotRun(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (context.json)
        context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("file"), path },
            { QStringLiteral("appointments"), dataset->appointments.size() },
            { QStringLiteral("eventMaps"), dataset->eventMaps.size() } });
    else
        context.out() << tr("Exported %1 staff, %2 services, %3 event maps and %4 appointments to %5.")
                             .arg(dataset->staff.size())
                             .arg(dataset->services.size())
                             .arg(dataset->eventMaps.size())
                             .arg(dataset->appointments.size())
                             .arg(path)
                      << Qt::endl;
    return ExitDone;
}

} // namespace salon::cli
