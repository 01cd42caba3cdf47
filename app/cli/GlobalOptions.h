#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace salon::cli
{

class CliContext;

// salon-admin-cli's global options (--db, --json, --calcom-url, --team-id), accepted before or after
// the command name because people type `verify-event-maps --remote --json`. parse() takes them out of
// the whole command line (up to a `--`); the command's own parser sees the rest. The names are
// therefore reserved: a command must not give one of them another meaning. --help and --version count
// as global only before the command; after it, --help asks for the command's help.
class GlobalOptions
{
public:
    // commandList: the "Commands:" part of --help.
    explicit GlobalOptions(const QString& commandList);

    // False with errorText() on an unknown option before the command or a missing value.
    bool parse(const QStringList& arguments);
    QString errorText() const { return m_parser.errorText(); }

    bool helpRequested() const;
    bool versionRequested() const;
    // The full --help: usage, description, exit codes, the global options and the commands.
    QString helpText() const { return m_parser.helpText(); }
    [[noreturn]] void showVersion() { m_parser.showVersion(); }
    [[noreturn]] void showHelp(int exitCode) { m_parser.showHelp(exitCode); }

    // Empty when none was given.
    QString command() const { return m_command; }
    // The command's own arguments, with "salon-admin-cli COMMAND" first as a parser expects.
    QStringList commandArguments() const;
    // Fills the context from the options, else from the environment.
    void applyTo(CliContext& context) const;

    // A line for each command's --help: the global options work there too.
    static QString commandHelpNote();

private:
    bool isGlobal(const QString& argument, bool beforeCommand) const;
    bool takesValue(const QString& argument) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_json;
    QCommandLineOption m_calcomUrl;
    QCommandLineOption m_teamId;
    QString m_command;
    QStringList m_commandArguments;
};

} // namespace salon::cli
