#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli undo-run RUN_ID [--dry-run]: takes back what an event-type wizard run did
// (core/history/RunUndoPlanner + RunUndoJob): deletes the event types it created that no booking uses,
// puts the event-map rows back, brings back nothing it retired; every refusal has its reason. Exit 0
// when everything was undone (dry run: nothing refused), 1 when items were refused or failed, 2 when it
// could not run (unknown run, database, Cal.com).
class UndoRunCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(salon::cli::UndoRunCommand)
public:
    QString name() const override { return QStringLiteral("undo-run"); }
    QString summary() const override
    {
        return tr("Undo an event-type wizard run (delete unused types it created, restore the map).");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
