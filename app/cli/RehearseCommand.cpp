#include "RehearseCommand.h"

#include "CliContext.h"
#include "SandboxServer.h"
#include "common/WaitForSignal.h"
#include "db/DatabaseWorker.h"
#include "io/DatasetReader.h"
#include "rehearsal/CalcomSnapshot.h"
#include "rehearsal/CalcomStateDiff.h"
#include "rehearsal/DatabaseCopyJob.h"
#include "rehearsal/DatabaseDiffJob.h"
#include "rehearsal/DifferenceReport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace salon::cli
{

using namespace salon::rehearsal;

namespace
{

// Commands that make no sense inside a rehearsal: they never end, touch the keychain, or nest.
const QStringList kRefused { QStringLiteral("rehearse"), QStringLiteral("sandbox"),
    QStringLiteral("set-api-key") };

// "cal_rehearsal_<32 hex>": a key only this sandbox knows.
QString generatedKey()
{
    QString key = QStringLiteral("cal_rehearsal_");
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return key;
}

struct CommandRun {
    QStringList arguments;
    int exitCode = -1;
    QByteArray out;
};

// Splits "a b -- c d" into {a b} and {c d}.
QList<QStringList> splitCommands(const QStringList& positional)
{
    QList<QStringList> commands { {} };
    for (const QString& arg : positional) {
        if (arg == u"--")
            commands.append(QStringList());
        else
            commands.last().append(arg);
    }
    commands.removeIf([](const QStringList& c) { return c.isEmpty(); });
    return commands;
}

QString checkCommand(const QStringList& command)
{
    const QString name = command.first();
    if (name.startsWith(u'-'))
        return RehearseCommand::tr("\"%1\": global options go before `rehearse`; the rehearsal sets --db, "
                                   "--calcom-url and --team-id itself")
            .arg(name);
    if (kRefused.contains(name))
        return RehearseCommand::tr("`%1` cannot be rehearsed").arg(name);
    const auto commands = allCommands();
    if (std::none_of(commands.cbegin(), commands.cend(), [&](const auto& c) { return c->name() == name; }))
        return RehearseCommand::tr("Unknown command \"%1\"; see --help.").arg(name);
    return {};
}

// The rehearsal's children: nothing of the real setup may leak in, not its key, URL, database or password.
QProcessEnvironment rehearsalEnvironment(const QString& key)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
        { QStringLiteral("CALCOM_API_KEY"), QStringLiteral("CALCOM_URL"), QStringLiteral("CALCOM_TEAM_ID"),
            QStringLiteral("SALON_ADMIN_DB"), QStringLiteral("PGPASSWORD") })
        environment.remove(name);
    environment.insert(QStringLiteral("CALCOM_API_KEY"), key);
    return environment;
}

// The options this process was given, for a command applied for real: the same database and account.
QStringList realGlobalArgs(const CliContext& context)
{
    QStringList args;
    if (context.databaseOption)
        args << QStringLiteral("--db") << *context.databaseOption;
    if (!context.calcomUrlOption.isEmpty())
        args << QStringLiteral("--calcom-url") << context.calcomUrlOption;
    if (!context.teamIdOption.isEmpty())
        args << QStringLiteral("--team-id") << context.teamIdOption;
    return args;
}

// Asks on the terminal (the caller checks there is one).
bool confirmed(CliContext& context, int commandCount)
{
    context.err() << RehearseCommand::tr("Apply the %n command(s) to the real Cal.com account and database? "
                                         "Each is planned afresh there. [y/N] ",
        nullptr, commandCount)
                  << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes" || answer == RehearseCommand::tr("y")
        || answer == RehearseCommand::tr("yes");
}

// Runs one command in a child process (against the copy and the sandbox, or for real); the sandbox answers
// from this thread's event loop meanwhile.
void runChild(CommandRun& run, const QStringList& globalArgs, const QProcessEnvironment& environment,
    bool captureOut, CliContext& context)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const QByteArray bytes = process.readAllStandardOutput();
        if (captureOut)
            run.out += bytes;
        else
            context.out() << QString::fromUtf8(bytes) << Qt::flush;
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
        [&] { context.err() << QString::fromUtf8(process.readAllStandardError()) << Qt::flush; });
    process.start(QCoreApplication::applicationFilePath(), globalArgs + run.arguments);
    if (!process.waitForStarted(30000)) {
        context.err()
            << RehearseCommand::tr("Cannot start %1: %2").arg(run.arguments.first(), process.errorString())
            << Qt::endl;
        run.exitCode = ExitCannotRun;
        return;
    }
    if (process.state() != QProcess::NotRunning)
        waitForSignal(&process, &QProcess::finished, -1);
    run.out += process.readAllStandardOutput();
    context.err() << QString::fromUtf8(process.readAllStandardError()) << Qt::flush;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : ExitCannotRun;
}

QJsonArray commandsJson(const QList<CommandRun>& runs)
{
    QJsonArray commands;
    for (const CommandRun& run : runs) {
        const QJsonDocument doc = QJsonDocument::fromJson(run.out);
        commands.append(
            QJsonObject { { QStringLiteral("command"), QJsonArray::fromStringList(run.arguments) },
                { QStringLiteral("exitCode"), run.exitCode },
                { QStringLiteral("output"),
                    doc.isObject()      ? QJsonValue(doc.object())
                        : doc.isArray() ? QJsonValue(doc.array())
                                        : QJsonValue(QString::fromUtf8(run.out)) } });
    }
    return commands;
}

void printReport(CliContext& context, const DifferenceReport& report, const QString& keptFolder)
{
    context.out() << report.toText();
    if (!keptFolder.isEmpty())
        context.out() << RehearseCommand::tr(
            "Kept in %1: salon.sqlite (the database copy) and calcom.json (the sandbox).")
                             .arg(keptFolder)
                      << Qt::endl;
    context.out().flush();
}

// The same intentions against the real database and account: each command plans afresh there (the real
// account may have changed since the snapshot), in the rehearsal's order; stops at the first that fails.
int applyForReal(const QList<CommandRun>& rehearsed, QList<CommandRun>& applied, CliContext& context)
{
    const QStringList globalArgs = realGlobalArgs(context);
    int worst = ExitDone;
    for (const CommandRun& rehearsal : rehearsed) {
        if (!context.json)
            context.err() << RehearseCommand::tr("Applying for real: %1").arg(rehearsal.arguments.join(u' '))
                          << Qt::endl;
        CommandRun run { rehearsal.arguments };
        QStringList args = globalArgs;
        if (context.json)
            args.append(QStringLiteral("--json"));
        runChild(run, args, QProcessEnvironment::systemEnvironment(), context.json, context);
        worst = std::max(worst, run.exitCode);
        applied.append(run);
        if (run.exitCode != ExitDone) {
            context.err() << RehearseCommand::tr("Stopped: `%1` did not succeed for real (exit code %2); the "
                                                 "commands after it were not applied.")
                                 .arg(run.arguments.join(u' '))
                                 .arg(run.exitCode)
                          << Qt::endl;
            break;
        }
    }
    return worst;
}

} // namespace

void RehearseCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("snapshot"),
        tr("The Cal.com snapshot (snapshot-calcom) or sandbox state to rehearse against."),
        QStringLiteral("FILE.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"),
        tr("Keep the database copy (salon.sqlite) and the sandbox's final state (calcom.json) in this new "
           "folder."),
        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("csv"), tr("Also write the report as CSV to this file."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), tr("Print the commands' results and the report as JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("apply"),
        tr("After the report, run the same commands against the real database and Cal.com account, each "
           "planned afresh there; only when every rehearsed command succeeded, and after asking.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("yes"), tr("With --apply: do not ask (needed when there is no terminal).")));
    parser.addPositionalArgument(
        QStringLiteral("-- COMMAND"), tr("The command(s) to rehearse, each after --."));
}

int RehearseCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    const QString snapshotPath = options.value(QStringLiteral("snapshot"));
    if (snapshotPath.isEmpty())
        return context.cannotRun(tr("rehearse needs --snapshot FILE.json (see snapshot-calcom)"));
    QList<CommandRun> runs;
    for (const QStringList& command : splitCommands(options.positionalArguments())) {
        if (const QString problem = checkCommand(command); !problem.isEmpty())
            return context.cannotRun(problem);
        runs.append(CommandRun { command });
    }
    if (runs.isEmpty())
        return context.cannotRun(tr("rehearse needs a command after --, e.g. -- sync --failed"));

    auto snapshot = CalcomSnapshot::loadFile(snapshotPath);
    if (!snapshot)
        return context.cannotRun(snapshot.error());

    // Where the copy lives: a new folder, kept only when asked.
    std::unique_ptr<QTemporaryDir> temporary;
    QString folder = options.value(QStringLiteral("keep"));
    if (folder.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid())
            return context.cannotRun(
                tr("Cannot create a temporary folder: %1").arg(temporary->errorString()));
        folder = temporary->path();
    } else if (QFileInfo::exists(folder) && !QDir(folder).isEmpty()) {
        return context.cannotRun(tr("--keep %1: the folder must be new or empty").arg(folder));
    } else if (!QDir().mkpath(folder)) {
        return context.cannotRun(tr("Cannot create %1").arg(folder));
    }
    const QString copyPath = QDir(folder).filePath(QStringLiteral("salon.sqlite"));

    // The real database: opened, never migrated, only read.
    const auto url = context.databaseUrl();
    if (!url)
        return context.cannotRun(url.error());
    if (url->isSqlite() && !QFileInfo::exists(url->path()))
        return context.cannotRun(tr("There is no database at %1 to rehearse on.").arg(url->path()));
    auto db = context.database(false);
    if (!db)
        return context.cannotRun(db.error());
    DatabaseWorker original((*db)->url());
    std::unique_ptr<DatabaseCopyJob> copy(new DatabaseCopyJob(&original, copyPath));
    copy->waitForFinished();
    if (copy->hasError())
        return context.cannotRun(copy->errorString());

    // Hidden children the key could not see may be known to the event map: the sandbox then has their ids.
    DatabaseWorker copyWorker(DatabaseUrl::sqliteFile(copyPath));
    const auto copied = copyWorker.runBlocking<Expected<SalonDataset, QString>>(
        [](QSqlDatabase& db) { return DatasetReader(db).read(); });
    if (!copied)
        return context.cannotRun(copied.error());
    snapshot->adoptChildIds(*copied);
    QString stateError;
    auto state = sandbox::SandboxState::fromJson(snapshot->state, &stateError);
    if (!state)
        return context.cannotRun(tr("%1 cannot be served: %2").arg(snapshotPath, stateError));

    sandbox::SandboxServer server(*state);
    const QString key = generatedKey();
    server.addApiKey(key, snapshot->keyUserId);
    server.log().setCapacity(10'000);
    if (!server.start())
        return context.cannotRun(tr("Cannot start the rehearsal sandbox."));
    if (!context.json)
        context.err() << tr(
            "Rehearsal: nothing reaches Cal.com. Sandbox %1 plays %2, the database copy is %3.")
                             .arg(server.baseUrl().toString(), snapshotPath, copyPath)
                      << Qt::endl;

    const QStringList globalArgs { QStringLiteral("--db"), QStringLiteral("sqlite:") + copyPath,
        QStringLiteral("--calcom-url"), server.baseUrl().toString(), QStringLiteral("--team-id"),
        QString::number(snapshot->teamId) };
    int worst = ExitDone;
    for (CommandRun& run : runs) {
        if (!context.json)
            context.err() << tr("Rehearsing: %1").arg(run.arguments.join(u' ')) << Qt::endl;
        QStringList args = globalArgs;
        if (context.json)
            args.append(QStringLiteral("--json"));
        runChild(run, args, rehearsalEnvironment(key), context.json, context);
        worst = std::max(worst, run.exitCode);
    }

    DifferenceReport report;
    report.calcomCompared = true;
    report.calcom = CalcomStateDiff::compare(snapshot->state, server.state().toJson());
    std::unique_ptr<DatabaseDiffJob> diff(new DatabaseDiffJob(&original, &copyWorker));
    diff->waitForFinished();
    if (diff->hasError())
        return context.cannotRun(diff->errorString());
    report.databaseCompared = true;
    report.database = diff->changes();

    if (options.isSet(QStringLiteral("csv"))) {
        QSaveFile file(options.value(QStringLiteral("csv")));
        const QByteArray bytes = report.toCsv().toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return context.cannotRun(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    if (temporary == nullptr) {
        QString error;
        if (!server.state().saveFile(QDir(folder).filePath(QStringLiteral("calcom.json")), &error))
            return context.cannotRun(error);
    }

    if (!context.json)
        printReport(context, report, temporary == nullptr ? folder : QString());
    QList<CommandRun> applied;
    const bool apply = options.isSet(QStringLiteral("apply"));
    if (apply) {
        if (worst != ExitDone) {
            const auto failed = std::find_if(
                runs.cbegin(), runs.cend(), [](const CommandRun& run) { return run.exitCode != ExitDone; });
            context.err() << tr("Nothing was applied: `%1` did not succeed in the rehearsal (exit code %2).")
                                 .arg(failed->arguments.join(u' '))
                                 .arg(failed->exitCode)
                          << Qt::endl;
        } else if (const bool canAsk = !context.json && isatty(STDIN_FILENO);
                   !options.isSet(QStringLiteral("yes"))
                   && (!canAsk || !confirmed(context, int(runs.size())))) {
            context.err() << (canAsk
                    ? tr("Nothing was applied.")
                    : tr("Nothing was applied: --apply without a terminal to ask needs --yes."))
                          << Qt::endl;
            worst = ExitProblems;
        } else {
            worst = applyForReal(runs, applied, context);
        }
    }

    if (context.json) {
        QJsonObject result { { QStringLiteral("ok"), true },
            { QStringLiteral("commands"), commandsJson(runs) }, { QStringLiteral("report"), report.toJson() },
            { QStringLiteral("exitCode"), worst } };
        if (temporary == nullptr)
            result.insert(QStringLiteral("kept"), folder);
        if (apply)
            result.insert(QStringLiteral("applied"), commandsJson(applied));
        context.printJson(result);
    }
    return worst;
}

} // namespace salon::cli
