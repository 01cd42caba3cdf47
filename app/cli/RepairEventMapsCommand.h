#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon
{
namespace eventmaps
{
struct EventMapData;
struct EventMapPlan;
} // namespace eventmaps
} // namespace salon

namespace salon::cli
{

class CliContext;

// Clears poisoned child_event_type_id values (the parent itself, a child that is not the staff user's,
// one child for several staff) and stores the real child where Cal.com has one. Shows before/after per
// row; --dry-run changes nothing; the apply is one transaction, audit-logged.
class RepairEventMapsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepairEventMapsCommand)
public:
    QString name() const override { return QStringLiteral("repair-event-maps"); }
    QString summary() const override
    {
        return tr("Clear poisoned child event type ids and re-resolve them.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;

    // Shared with populate-event-maps: prints the plan (and the result of applying it), returns the exit
    // code. applied < 0: not applied (dry run).
    static int report(CliContext& context, const QString& command, const eventmaps::EventMapData& data,
        const eventmaps::EventMapPlan& plan, bool dryRun, int applied, int calcomRequests);
};

} // namespace salon::cli
