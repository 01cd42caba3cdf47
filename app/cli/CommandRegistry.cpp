// The list of salon-admin-cli commands, in the order --help shows them.
#include "CancelAppointmentCommand.h"
#include "CliCommand.h"
#include "CreateEventTypesCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "MigrateCommand.h"
#include "MoveAppointmentCommand.h"
#include "PopulateEventMapsCommand.h"
#include "ReassignCommand.h"
#include "ReconcileCommand.h"
#include "RehearseCommand.h"
#include "RepairEventMapsCommand.h"
#include "SandboxCommand.h"
#include "SetApiKeyCommand.h"
#include "SnapshotCalcomCommand.h"
#include "SyncCommand.h"
#include "UndoRunCommand.h"
#include "VerifyEventMapsCommand.h"
#include "WatchCommand.h"

namespace salon::cli
{

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<VerifyEventMapsCommand>());
    commands.push_back(std::make_unique<RepairEventMapsCommand>());
    commands.push_back(std::make_unique<PopulateEventMapsCommand>());
    commands.push_back(std::make_unique<CreateEventTypesCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<ReconcileCommand>());
    commands.push_back(std::make_unique<WatchCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<UndoRunCommand>());
    commands.push_back(std::make_unique<SnapshotCalcomCommand>());
    commands.push_back(std::make_unique<RehearseCommand>());
    commands.push_back(std::make_unique<CancelAppointmentCommand>());
    commands.push_back(std::make_unique<MoveAppointmentCommand>());
    commands.push_back(std::make_unique<ReassignCommand>());
    commands.push_back(std::make_unique<SetApiKeyCommand>());
    commands.push_back(std::make_unique<SandboxCommand>());
    return commands;
}

} // namespace salon::cli
