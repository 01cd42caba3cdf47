#include "RepairEventMapsCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "TerminationSignals.h"
#include "eventmaps/EventMapRepair.h"
#include "eventmaps/EventMapRepository.h"
#include "eventmaps/EventTypeResolver.h"
#include "eventmaps/TeamEventTypeCache.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salon::cli
{

using namespace salon::eventmaps;

void RepairEventMapsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Show the changes; write nothing.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("offline"), tr("Do not ask Cal.com: only clear children equal to their parent.")));
}

int RepairEventMapsCommand::run(CliContext& context, const QCommandLineParser& options)
{
    TerminationSignals termination;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("repair-event-maps takes no arguments"));
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    EventMapRepository repository((*db)->db());
    const auto data = repository.load();
    if (!data)
        return context.cannotRun(data.error());

    std::unique_ptr<CliCalcom> calcom;
    std::unique_ptr<EventTypeResolver> resolver;
    if (!options.isSet(QStringLiteral("offline"))) {
        auto connected = CliCalcom::connect(context);
        if (!connected)
            return context.cannotRun(connected.error());
        calcom = std::move(*connected);
        resolver = std::make_unique<EventTypeResolver>(calcom->client(), calcom->teamId());
    }

    EventMapRepair repair(resolver.get());
    repair.plan(*data);
    // Planning only reads: a signal stops the wait, nothing is left to give back.
    termination.setGraceful(true);
    if (!termination.waitUnlessStopped(&repair, &EventMapPlanJob::finished, repair.isFinished())) {
        context.err() << tr("%1: stopped by %2 while asking Cal.com; nothing was changed.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                      << Qt::endl;
        return termination.exitCode();
    }
    // The changes are written in one transaction: a signal now ends the process, and it rolls back.
    termination.setGraceful(false);
    if (repair.hasError())
        return context.cannotRun(tr("Nothing was changed: %1").arg(repair.errorString()));
    const int requests = resolver ? resolver->cache()->requestCount() : 0;

    int applied = -1;
    if (!dryRun) {
        const auto result
            = repository.apply(repair.result().changes, context.actor(), QStringLiteral("event_map.repair"));
        if (!result)
            return context.cannotRun(tr("Nothing was changed: %1").arg(result.error()));
        applied = *result;
    }
    return report(context, name(), *data, repair.result(), dryRun, applied, requests);
}

int RepairEventMapsCommand::report(CliContext& context, const QString& command, const EventMapData& data,
    const EventMapPlan& plan, bool dryRun, int applied, int calcomRequests)
{
    if (context.json) {
        QJsonObject result = plan.toJson();
        result.insert(QStringLiteral("ok"), true);
        result.insert(QStringLiteral("command"), command);
        result.insert(QStringLiteral("dryRun"), dryRun);
        result.insert(QStringLiteral("applied"), applied < 0 ? 0 : applied);
        result.insert(QStringLiteral("calcomRequests"), calcomRequests);
        context.printJson(result);
    } else {
        for (const EventMapChange& change : plan.changes) {
            const StaffMember* staff = data.staffMember(change.before.staffId);
            context.out() << (dryRun ? tr("would change ") : tr("changed "))
                          << change.describe(staff ? staff->name : QString()) << '\n';
        }
        for (const QString& warning : plan.warnings)
            context.out() << tr("warning: ") << warning << '\n';
        if (plan.changes.isEmpty())
            context.out() << tr("No map rows need changing.");
        else if (dryRun)
            context.out() << tr(
                "Dry run: %n row(s) would change; nothing was written.", "", int(plan.changes.size()));
        else
            context.out() << tr("%n row(s) changed (audit-logged).", "", applied);
        if (calcomRequests > 0)
            context.out() << ' ' << tr("%n request(s) to Cal.com.", "", calcomRequests);
        context.out() << Qt::endl;
    }
    // A dry run with pending changes, or rows left without a bookable child, are problems still open.
    return (plan.warnings.isEmpty() && (!dryRun || plan.changes.isEmpty())) ? ExitDone : ExitProblems;
}

} // namespace salon::cli
