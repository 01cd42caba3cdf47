// salon-admin-cli: the command line of Salon Admin, for cron jobs and deployment checklists.
#include "CliCommand.h"
#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

using namespace salon::cli;

namespace
{

QString commandList(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QCoreApplication::translate("main", "Commands:") + QLatin1Char('\n');
    for (const auto& command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -22).arg(command->summary());
    return text;
}

// The messages in the system language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; the same
// .ts files as the GUI, compiled in under :/i18n. Qt's own texts (QCommandLineParser's "Unknown
// option", "Displays help") come from qtbase's translations when they are installed.
void installTranslators(QCoreApplication& app)
{
    const QLocale locale = QLocale::system();
    auto* translator = new QTranslator(&app);
    if (!translator->load(
            locale, QStringLiteral("salon-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language we do not ship (or the C locale): English, whose .qm also has the plural forms;
        // Qt's texts stay English too rather than mixing languages.
        if (translator->load(QStringLiteral(":/i18n/salon-admin_en.qm")))
            QCoreApplication::installTranslator(translator);
        return;
    }
    QCoreApplication::installTranslator(translator);
    auto* qtTranslator = new QTranslator(&app);
    // The language just loaded (LANGUAGE=fr:de gives German, so Qt's texts in German too).
    if (qtTranslator->load(QLocale(translator->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salon-admin-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("salon-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_ADMIN_VERSION));
    installTranslators(app);

    const auto commands = allCommands();
    CliContext context;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
            "Keeps a salon's booking data and its Cal.com account in step.\n\n"
            "Exit codes: 0 done and clean; 1 done but problems were found or some "
            "items failed; 2 could not run.\n\n")
        + commandList(commands));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main",
            "Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME "
            "(default: the GUI's SQLite file; env SALON_ADMIN_DB)."),
        QStringLiteral("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("main", "Print a machine-readable result on stdout."));
    const QCommandLineOption calcomUrlOption(QStringLiteral("calcom-url"),
        QCoreApplication::translate(
            "main", "Cal.com API base URL (env CALCOM_URL; default https://api.cal.com/v2)."),
        QStringLiteral("url"));
    const QCommandLineOption teamIdOption(QStringLiteral("team-id"),
        QCoreApplication::translate("main", "Cal.com team id (env CALCOM_TEAM_ID)."), QStringLiteral("id"));
    parser.addOptions({ dbOption, jsonOption, calcomUrlOption, teamIdOption });
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("main", "The command to run."));

    if (!parser.parse(QCoreApplication::arguments()))
        return context.cannotRun(parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        if (positional.isEmpty() && !parser.isSet(QStringLiteral("help"))) {
            context.err() << parser.helpText();
            return ExitCannotRun;
        }
        parser.showHelp(ExitDone);
    }
    if (parser.isSet(dbOption))
        context.databaseOption = parser.value(dbOption);
    context.json = parser.isSet(jsonOption);
    context.calcomUrlOption
        = parser.isSet(calcomUrlOption) ? parser.value(calcomUrlOption) : qEnvironmentVariable("CALCOM_URL");
    context.teamIdOption
        = parser.isSet(teamIdOption) ? parser.value(teamIdOption) : qEnvironmentVariable("CALCOM_TEAM_ID");

    const QString name = positional.first();
    const auto found
        = std::find_if(commands.begin(), commands.end(), [&](const auto& c) { return c->name() == name; });
    if (found == commands.end())
        return context.cannotRun(
            QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.").arg(name));

    QCommandLineParser commandParser;
    commandParser.setApplicationDescription((*found)->summary());
    commandParser.addHelpOption();
    (*found)->addOptions(commandParser);
    QStringList commandArgs = positional.mid(1);
    commandArgs.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + name);
    if (!commandParser.parse(commandArgs))
        return context.cannotRun(QStringLiteral("%1: %2").arg(name, commandParser.errorText()));
    if (commandParser.isSet(QStringLiteral("help")))
        commandParser.showHelp(ExitDone);
    return (*found)->run(context, commandParser);
}
