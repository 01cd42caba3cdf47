// The list of salon-admin-cli commands, in the order --help shows them.
#include "CliCommand.h"
#include "ImportCommand.h"
#include "MigrateCommand.h"

namespace salon::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    return commands;
}

} // namespace salon::cli
