#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace salon::cli
{

// Exit codes shared by every command (see README, "Command line").
enum ExitCode : int {
    ExitDone = 0, // done and clean
    ExitProblems = 1, // done, but problems were found or some items failed
    ExitCannotRun = 2, // usage, configuration, database or authentication error
};

class CliContext;

// One sub-command of salon-admin-cli. Commands are thin: they parse their options, call a core service
// and print its result; the logic lives in salon_core so the GUI runs the same code.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // One line for `salon-admin-cli --help`.
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    // Runs with the parsed command options; returns an ExitCode. May spin an event loop (CLI only).
    virtual int run(CliContext& context, const QCommandLineParser& options) = 0;
};

std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace salon::cli
