#include "VerifyEventMapsCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "eventmaps/EventMapRepository.h"
#include "eventmaps/EventMapVerifier.h"
#include "eventmaps/TeamEventTypeCache.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salon::cli
{

using namespace salon::eventmaps;

void VerifyEventMapsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("remote"), tr("Also compare with Cal.com (needs the API key and the team).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("service"), tr("Check only the maps of this service."), QStringLiteral("id")));
}

int VerifyEventMapsCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("verify-event-maps takes no arguments"));
    std::optional<qint64> serviceId;
    if (options.isSet(QStringLiteral("service"))) {
        bool ok = false;
        serviceId = options.value(QStringLiteral("service")).toLongLong(&ok);
        if (!ok || *serviceId <= 0)
            return context.cannotRun(tr("--service needs a service id"));
    }
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    const auto data = EventMapRepository((*db)->db()).load(serviceId);
    if (!data)
        return context.cannotRun(data.error());
    if (serviceId && data->services.isEmpty())
        return context.cannotRun(tr("There is no service %1.").arg(*serviceId));

    const bool remote = options.isSet(QStringLiteral("remote"));
    std::unique_ptr<CliCalcom> calcom;
    std::unique_ptr<TeamEventTypeCache> cache;
    if (remote) {
        auto connected = CliCalcom::connect(context);
        if (!connected)
            return context.cannotRun(connected.error());
        calcom = std::move(*connected);
        cache = std::make_unique<TeamEventTypeCache>(calcom->client(), calcom->teamId());
    }

    EventMapVerifier verifier;
    verifier.start(*data, cache.get());
    verifier.waitForFinished();
    if (verifier.hasRemoteError())
        return context.cannotRun(
            tr("Cal.com could not be checked: %1").arg(verifier.remoteError().userMessage()));

    const QList<Finding>& findings = verifier.findings();
    int errors = 0;
    for (const Finding& f : findings)
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
    const int requests = cache ? cache->requestCount() : 0;

    if (context.json) {
        QJsonArray list;
        for (const Finding& f : findings)
            list.append(f.toJson());
        context.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("clean"), findings.isEmpty() }, { QStringLiteral("remote"), remote },
            { QStringLiteral("maps"), data->maps.size() }, { QStringLiteral("errors"), errors },
            { QStringLiteral("warnings"), findings.size() - errors },
            { QStringLiteral("calcomRequests"), requests }, { QStringLiteral("findings"), list } });
    } else {
        for (const Finding& f : findings) {
            QStringList where;
            if (f.mapId)
                where.append(tr("map %1").arg(*f.mapId));
            if (f.serviceId)
                where.append(tr("service %1").arg(f.serviceId));
            if (!f.segmentKey.isEmpty())
                where.append(tr("segment %1").arg(f.segmentKey));
            if (const StaffMember* s = data->staffMember(f.staffId))
                where.append(s->name);
            context.out() << QStringLiteral("[%1] %2  %3\n    %4\n    %5: %6\n")
                                 .arg(Finding::severityName(f.severity), f.codeName(),
                                     where.join(QStringLiteral(", ")), f.message, tr("fix"), f.fixText);
            if (const QString command = f.cliCommand(); !command.isEmpty())
                context.out() << QStringLiteral("    %1: salon-admin-cli %2\n").arg(tr("command"), command);
        }
        if (findings.isEmpty())
            context.out() << tr(
                "%n event map row(s) checked, no problems found.", "", int(data->maps.size()));
        else
            context.out() << tr("%1 event map rows checked: %2 error(s), %3 warning(s).")
                                 .arg(data->maps.size())
                                 .arg(errors)
                                 .arg(findings.size() - errors);
        if (remote)
            context.out() << ' ' << tr("%n request(s) to Cal.com.", "", requests);
        context.out() << Qt::endl;
    }
    return findings.isEmpty() ? ExitDone : ExitProblems;
}

} // namespace salon::cli
