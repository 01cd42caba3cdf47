#include "PopulateEventMapsCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "RepairEventMapsCommand.h"
#include "TerminationSignals.h"
#include "eventmaps/EventMapPopulator.h"
#include "eventmaps/EventMapRepository.h"
#include "eventmaps/EventTypeResolver.h"
#include "eventmaps/TeamEventTypeCache.h"

namespace salon::cli
{

using namespace salon::eventmaps;

void PopulateEventMapsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Show the changes; write nothing.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("service"), tr("Only the maps of this service."), QStringLiteral("id")));
}

int PopulateEventMapsCommand::run(CliContext& context, const QCommandLineParser& options)
{
    TerminationSignals termination;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("populate-event-maps takes no arguments"));
    std::optional<qint64> serviceId;
    if (options.isSet(QStringLiteral("service"))) {
        bool ok = false;
        serviceId = options.value(QStringLiteral("service")).toLongLong(&ok);
        if (!ok || *serviceId <= 0)
            return context.cannotRun(tr("--service needs a service id"));
    }
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    EventMapRepository repository((*db)->db());
    const auto data = repository.load(serviceId);
    if (!data)
        return context.cannotRun(data.error());
    if (serviceId && data->services.isEmpty())
        return context.cannotRun(tr("There is no service %1.").arg(*serviceId));

    auto connected = CliCalcom::connect(context);
    if (!connected)
        return context.cannotRun(connected.error());
    std::unique_ptr<CliCalcom> calcom = std::move(*connected);
    EventTypeResolver resolver(calcom->client(), calcom->teamId());

    EventMapPopulator populator(&resolver);
    populator.plan(*data);
    // Planning only reads: a signal stops the wait, nothing is left to give back.
    termination.setGraceful(true);
    if (!termination.waitUnlessStopped(&populator, &EventMapPlanJob::finished, populator.isFinished())) {
        context.err() << tr("%1: stopped by %2 while asking Cal.com; nothing was changed.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                      << Qt::endl;
        return termination.exitCode();
    }
    // The changes are written in one transaction: a signal now ends the process, and it rolls back.
    termination.setGraceful(false);
    if (populator.hasError())
        return context.cannotRun(tr("Nothing was changed: %1").arg(populator.errorString()));

    int applied = -1;
    if (!dryRun) {
        const auto result = repository.apply(
            populator.result().changes, context.actor(), QStringLiteral("event_map.populate"));
        if (!result)
            return context.cannotRun(tr("Nothing was changed: %1").arg(result.error()));
        applied = *result;
    }
    return RepairEventMapsCommand::report(
        context, name(), *data, populator.result(), dryRun, applied, resolver.cache()->requestCount());
}

} // namespace salon::cli
