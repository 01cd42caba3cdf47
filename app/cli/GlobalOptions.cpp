#include "GlobalOptions.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace salon::cli
{

// The strings keep the "main" context they had in main.cpp, so their translations stay.
GlobalOptions::GlobalOptions(const QString& commandList)
    : m_db(QStringLiteral("db"),
        QCoreApplication::translate("main",
            "Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME "
            "(default: the GUI's SQLite file; env SALON_ADMIN_DB)."),
        QStringLiteral("url"))
    , m_json(QStringLiteral("json"),
          QCoreApplication::translate("main", "Print a machine-readable result on stdout."))
    , m_calcomUrl(QStringLiteral("calcom-url"),
          QCoreApplication::translate(
              "main", "Cal.com API base URL (env CALCOM_URL; default https://api.cal.com/v2)."),
          QStringLiteral("url"))
    , m_teamId(QStringLiteral("team-id"),
          QCoreApplication::translate("main", "Cal.com team id (env CALCOM_TEAM_ID)."), QStringLiteral("id"))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main",
            "Keeps a salon's booking data and its Cal.com account in step.\n\n"
            "Exit codes: 0 done and clean; 1 done but problems were found or some "
            "items failed; 2 could not run.\n\n")
        + QCoreApplication::translate("main",
            "The options below work before or after the command, as in "
            "\"verify-event-maps --remote --json\".\n\n")
        + commandList);
    m_parser.addOptions({ m_db, m_json, m_calcomUrl, m_teamId });
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("main", "The command to run."));
}

bool GlobalOptions::parse(const QStringList& arguments)
{
    m_command.clear();
    m_commandArguments.clear();
    QStringList globals { arguments.value(0) };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            // Everything after it belongs to the command, even what looks like a global option.
            if (m_command.isEmpty() && i + 1 < arguments.size()) {
                m_command = arguments.at(i + 1);
                m_commandArguments = arguments.mid(i + 2);
            } else {
                m_commandArguments += arguments.mid(i);
            }
            break;
        }
        const bool beforeCommand = m_command.isEmpty();
        if (beforeCommand && !argument.startsWith(QLatin1Char('-'))) {
            m_command = argument;
            continue;
        }
        if (!isGlobal(argument, beforeCommand)) {
            m_commandArguments += argument;
            continue;
        }
        globals += argument;
        if (takesValue(argument) && !argument.contains(QLatin1Char('=')) && i + 1 < arguments.size())
            globals += arguments.at(++i);
    }
    return m_parser.parse(globals);
}

bool GlobalOptions::isGlobal(const QString& argument, bool beforeCommand) const
{
    // Before the command every option is the global parser's, so an unknown one is reported there.
    if (beforeCommand)
        return true;
    if (!argument.startsWith(QLatin1String("--")))
        return false;
    const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
    for (const QCommandLineOption* option : { &m_db, &m_json, &m_calcomUrl, &m_teamId })
        if (option->names().contains(name))
            return true;
    return false;
}

bool GlobalOptions::takesValue(const QString& argument) const
{
    const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
    for (const QCommandLineOption* option : { &m_db, &m_calcomUrl, &m_teamId })
        if (argument.startsWith(QLatin1String("--")) && option->names().contains(name))
            return true;
    return false;
}

bool GlobalOptions::helpRequested() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"));
}

bool GlobalOptions::versionRequested() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

QStringList GlobalOptions::commandArguments() const
{
    return QStringList { QCoreApplication::applicationName() + QLatin1Char(' ') + m_command }
    + m_commandArguments;
}

void GlobalOptions::applyTo(CliContext& context) const
{
    // Only when given: unset means SALON_ADMIN_DB or the default file, an empty --db "" is an error.
    if (m_parser.isSet(m_db))
        context.databaseOption = m_parser.value(m_db);
    context.json = m_parser.isSet(m_json);
    context.calcomUrlOption
        = m_parser.isSet(m_calcomUrl) ? m_parser.value(m_calcomUrl) : qEnvironmentVariable("CALCOM_URL");
    context.teamIdOption
        = m_parser.isSet(m_teamId) ? m_parser.value(m_teamId) : qEnvironmentVariable("CALCOM_TEAM_ID");
}

QString GlobalOptions::commandHelpNote()
{
    return QCoreApplication::translate("main",
        "The global options --db, --json, --calcom-url and --team-id work here too "
        "(see salon-admin-cli --help).");
}

} // namespace salon::cli
