#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// create-event-types: one hidden single-host ROUND_ROBIN team event type per (service, staff-required
// segment, staff member), the map re-pointed item by item; optionally retires the replaced MANAGED parents.
// The same core as the GUI's event-type wizard (core/eventtypes). Exit 0: all done; 1: some items failed,
// conflicts or blocked items, or a deletion failed; 2: could not run.
class CreateEventTypesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateEventTypesCommand)
public:
    QString name() const override { return QStringLiteral("create-event-types"); }
    QString summary() const override
    {
        return tr("Create one single-host Cal.com event type per service segment and staff member; --dry-run "
                  "shows the plan.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
