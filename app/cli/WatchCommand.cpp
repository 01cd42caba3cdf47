#include "WatchCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "DriftCli.h"
#include "TerminationSignals.h"
#include "drift/ChangeWatch.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace salon::cli
{

void WatchCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("interval"),
        tr("Seconds between two looks (default %1).").arg(kDefaultIntervalSeconds),
        QStringLiteral("seconds")));
    parser.addOption(QCommandLineOption(QStringLiteral("once"), tr("Look once and exit (for cron).")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print each look as JSON on stdout.")));
}

int WatchCommand::run(CliContext& context, const QCommandLineParser& options)
{
    TerminationSignals termination;
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("watch takes no arguments"));
    int interval = kDefaultIntervalSeconds;
    if (options.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        interval = options.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || interval < 1)
            return context.cannotRun(tr("--interval needs a whole number of seconds, at least 1"));
    }
    const bool once = options.isSet(QStringLiteral("once"));

    auto worker = context.worker();
    if (!worker)
        return context.cannotRun(worker.error());
    auto calcom = CliCalcom::connect(context, CliCalcom::Options { .needTeam = false });
    if (!calcom)
        return context.cannotRun(calcom.error());

    termination.setGraceful(true);
    int exitCode = ExitDone;
    while (true) {
        drift::ChangeWatch watch(*worker, (*calcom)->client());
        watch.setAutoDelete(false);
        // A look only reads: a signal stops it at once and the point stays where it was.
        QObject::connect(&termination, &TerminationSignals::requested, &watch, [&watch] { watch.cancel(); });
        watch.start();
        watch.waitForFinished();
        if (termination.received())
            break;
        if (watch.hasError()) {
            return context.cannotRun(watch.errorString());
        } else if (context.json) {
            context.printJson(watch.toJson());
        } else {
            for (const drift::DriftItem& item : watch.items())
                DriftCli::printItem(context, item);
            context.out() << tr("Changes in Cal.com since %1: %2 bookings (%3 of the salon's steps, %4 busy "
                                "time), %5 need attention; %6 list requests.")
                                 .arg(watch.since().lastUpdatedAt.isValid()
                                         ? watch.since().lastUpdatedAt.toString(Qt::ISODateWithMs)
                                         : tr("%n day(s) ago", nullptr, drift::ChangeWatch::kFirstLookDays))
                                 .arg(watch.changedBookings())
                                 .arg(watch.ourBookings())
                                 .arg(watch.busyBookings())
                                 .arg(watch.items().size())
                                 .arg(watch.pagesRead())
                          << Qt::endl;
        }
        exitCode = watch.items().isEmpty() ? ExitDone : ExitProblems;
        if (once)
            break;
        QEventLoop pause;
        QTimer::singleShot(interval * 1000, &pause, &QEventLoop::quit);
        QObject::connect(&termination, &TerminationSignals::requested, &pause, &QEventLoop::quit);
        pause.exec();
        if (termination.received())
            break;
    }
    termination.setGraceful(false);
    if (termination.received()) {
        context.err() << tr("%1: watch stopped by %2; nothing was changed.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                      << Qt::endl;
        return termination.exitCode();
    }
    return exitCode;
}

} // namespace salon::cli
