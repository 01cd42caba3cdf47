#include "ImportCommand.h"

#include "CliContext.h"
#include "TerminationSignals.h"
#include "io/DatasetImporter.h"
#include "io/DatasetJson.h"
#include "io/DatasetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace salon::cli
{

namespace
{

bool writeAll(QFileDevice& file, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Why a write failed, in words: Qt's own text is "Unknown error" for some failures of a full disk.
QString writeProblem(const QFileDevice& file, const QString& path, qint64 needed)
{
    const int savedErrno = errno;
    const QStorageInfo storage(path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath());
    if (savedErrno == ENOSPC || (!path.isEmpty() && storage.isValid() && storage.bytesAvailable() < needed))
        return ExportCommand::tr("the disk is full (%1 KiB free, %2 KiB needed)")
            .arg(storage.isValid() ? storage.bytesAvailable() / 1024 : 0)
            .arg((needed + 1023) / 1024);
    QString text = file.errorString();
    if ((text.isEmpty() || text == QLatin1String("Unknown error")) && savedErrno != 0)
        text = QString::fromLocal8Bit(std::strerror(savedErrno));
    return text;
}

} // namespace

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), tr("Validate and report counts; write nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep-sync-state"),
        tr("Phases already in the database keep their sync state (status, booking, attempts); the file's "
           "is used for new phases only.")));
    parser.addOption(QCommandLineOption(QStringLiteral("replace-sync-state"),
        tr("Take the file's sync state even where it drops a phase's Cal.com booking (the next sync asks "
           "Cal.com first). Without either option such a file is refused.")));
    parser.addOption(QCommandLineOption(QStringLiteral("max-size"),
        tr("Refuse files larger than this many MiB (default %1).")
            .arg(DatasetJson::DefaultMaxFileBytes / (1024 * 1024)),
        QStringLiteral("MiB")));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("The dataset to import."));
}

int ImportCommand::run(CliContext& context, const QCommandLineParser& options)
{
    // Reading and checking the file change nothing: until the transaction starts a signal ends at once.
    TerminationSignals termination;
    if (options.positionalArguments().size() != 1)
        return context.cannotRun(tr("import needs exactly one FILE.json"));
    const bool keep = options.isSet(QStringLiteral("keep-sync-state"));
    const bool replace = options.isSet(QStringLiteral("replace-sync-state"));
    if (keep && replace)
        return context.cannotRun(tr("--keep-sync-state and --replace-sync-state exclude each other"));
    qint64 maxBytes = DatasetJson::DefaultMaxFileBytes;
    if (options.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const qint64 mib = options.value(QStringLiteral("max-size")).toLongLong(&ok);
        if (!ok || mib <= 0 || mib > 4096)
            return context.cannotRun(tr("--max-size needs a number of MiB between 1 and 4096, not \"%1\"")
                                         .arg(options.value(QStringLiteral("max-size"))));
        maxBytes = mib * 1024 * 1024;
    }
    const QString path = options.positionalArguments().first();
    const auto bytes = DatasetJson::readFile(path, maxBytes);
    if (!bytes)
        return context.cannotRun(bytes.error());
    const auto dataset = DatasetJson::parse(*bytes);
    if (!dataset)
        return context.cannotRun(tr("%1 is not a valid dataset: %2").arg(path, dataset.error().toString()));
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    DatasetImporter importer((*db)->db(), context.actor());
    importer.setSyncStatePolicy(keep ? DatasetImporter::SyncStatePolicy::Keep
            : replace                ? DatasetImporter::SyncStatePolicy::Replace
                                     : DatasetImporter::SyncStatePolicy::Refuse);
    // One transaction: a signal stops it between records and it rolls back.
    importer.setCancelCheck([] { return TerminationSignals::isRequested(); });
    termination.setGraceful(true);
    const auto report = importer.import(*dataset, options.isSet(QStringLiteral("dry-run")));
    termination.setGraceful(false);
    if (!report && report.error().cancelled) {
        context.err() << tr("%1: stopped by %2; the import of %3 was rolled back, nothing was written.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()), path)
                      << Qt::endl;
        if (context.json)
            context.printJson(QJsonObject { { QStringLiteral("ok"), false },
                { QStringLiteral("stoppedBy"), TerminationSignals::signalName(termination.received()) } });
        return termination.exitCode();
    }
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
    // A signal after the last record: the import is complete (committed); say so and still exit 128+n.
    if (termination.received()) {
        context.err() << tr("%1: %2 came after the import of %3 had been committed; it is complete.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()), path)
                      << Qt::endl;
        return termination.exitCode();
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
        // Unbuffered on the descriptor, so a full disk or a closed pipe is seen, not lost in a buffer.
        context.out().flush();
        QFile out;
        if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(out, json))
            return context.cannotRun(tr("Cannot write the dataset to standard output: %1")
                                         .arg(writeProblem(out, {}, json.size())));
        return ExitDone;
    }
    // QSaveFile: a failed write never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeAll(file, json) || !file.commit())
        return context.cannotRun(tr("Cannot write %1: %2").arg(path, writeProblem(file, path, json.size())));
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
