// salon-admin-cli: the command line of Salon Admin, for cron jobs and deployment checklists.
#include "CliCommand.h"
#include "CliContext.h"
#include "GlobalOptions.h"

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

    GlobalOptions globals(commandList(commands));
    if (!globals.parse(QCoreApplication::arguments()))
        return context.cannotRun(globals.errorText());
    if (globals.versionRequested())
        globals.showVersion();
    if (globals.helpRequested())
        globals.showHelp(ExitDone);
    if (globals.command().isEmpty()) {
        context.err() << globals.helpText();
        return ExitCannotRun;
    }
    globals.applyTo(context);

    const QString name = globals.command();
    const auto found
        = std::find_if(commands.begin(), commands.end(), [&](const auto& c) { return c->name() == name; });
    if (found == commands.end())
        return context.cannotRun(
            QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.").arg(name));

    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(
        (*found)->summary() + QStringLiteral("\n\n") + GlobalOptions::commandHelpNote());
    commandParser.addHelpOption();
    (*found)->addOptions(commandParser);
    if (!commandParser.parse(globals.commandArguments()))
        return context.cannotRun(QStringLiteral("%1: %2").arg(name, commandParser.errorText()));
    if (commandParser.isSet(QStringLiteral("help")))
        commandParser.showHelp(ExitDone);
    return (*found)->run(context, commandParser);
}
