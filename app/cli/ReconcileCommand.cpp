#include "ReconcileCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "TerminationSignals.h"
#include "common/Clock.h"
#include "drift/DriftApplyJob.h"
#include "drift/DriftScan.h"
#include "lifecycle/FinishOwedWorkJob.h"
#include "sync/BookingReconciler.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace salon::cli
{

using namespace salon::sync;

namespace
{

// "2030-11-25" (start of that day, UTC) or a full ISO date-time.
std::optional<QDateTime> parseWhen(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace

void ReconcileCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
        tr("Start of the period (YYYY-MM-DD or ISO time, UTC; default now)."), QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
        tr("End of the period, exclusive (default: 30 days after --from)."), QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("apply"),
        tr("Apply the proposals of these kinds, comma-separated, each optionally KIND:CHOICE (kinds: %1).")
            .arg(DriftCli::kindNames()),
        QStringLiteral("kinds")));
    parser.addOption(QCommandLineOption(QStringLiteral("apply-all"), tr("Apply every proposal.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), tr("With --apply: show what would be applied; change nothing.")));
    // Also accepted after the command name, where people type it.
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the findings as JSON on stdout.")));
}

int ReconcileCommand::run(CliContext& context, const QCommandLineParser& options)
{
    TerminationSignals termination;
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("reconcile takes no arguments"));
    QDateTime from = Clock::instance().nowUtc();
    if (options.isSet(QStringLiteral("from"))) {
        const auto parsed = parseWhen(options.value(QStringLiteral("from")));
        if (!parsed)
            return context.cannotRun(tr("--from needs a date (YYYY-MM-DD) or an ISO time"));
        from = *parsed;
    }
    QDateTime to = from.addDays(30);
    if (options.isSet(QStringLiteral("to"))) {
        const auto parsed = parseWhen(options.value(QStringLiteral("to")));
        if (!parsed)
            return context.cannotRun(tr("--to needs a date (YYYY-MM-DD) or an ISO time"));
        to = *parsed;
    }
    if (to <= from)
        return context.cannotRun(tr("--to must lie after --from"));
    const bool applyAll = options.isSet(QStringLiteral("apply-all"));
    const bool apply = applyAll || options.isSet(QStringLiteral("apply"));
    if (applyAll && options.isSet(QStringLiteral("apply")))
        return context.cannotRun(tr("give either --apply KINDS or --apply-all, not both"));
    if (options.isSet(QStringLiteral("dry-run")) && !apply)
        return context.cannotRun(
            tr("--dry-run goes with --apply or --apply-all (without them nothing changes)"));
    DriftCli::Selection selection;
    selection.all = applyAll;
    if (options.isSet(QStringLiteral("apply"))) {
        QString bad;
        const auto parsed = DriftCli::parseSelection(options.value(QStringLiteral("apply")), &bad);
        if (!parsed)
            return context.cannotRun(bad);
        selection = *parsed;
    }

    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    auto calcom = CliCalcom::connect(context,
        CliCalcom::Options {
            .needTeam = apply, .checkTeamAccess = apply && !options.isSet(QStringLiteral("dry-run")) });
    if (!calcom)
        return context.cannotRun(calcom.error());

    // Changes of earlier runs left half done (a kill during --apply) are finished first, so the scan sees
    // the appointments as they end up, not half moved.
    if (apply && !options.isSet(QStringLiteral("dry-run"))) {
        auto worker = context.worker();
        if (!worker)
            return context.cannotRun(worker.error());
        lifecycle::LifecycleOptions o;
        o.actor = context.actor();
        o.timeZone = (*calcom)->client()->settings().timeZone;
        lifecycle::FinishOwedWorkJob owed(*worker, (*calcom)->client(), (*calcom)->teamId(), o);
        owed.setAutoDelete(false);
        owed.start();
        owed.waitForFinished();
        if (owed.hasError())
            return context.cannotRun(owed.errorString());
        if (!owed.report().resumed.isEmpty() && !context.json)
            context.out() << tr("Finished %1 unfinished changes of earlier runs first.")
                                 .arg(owed.report().resumed.size())
                          << Qt::endl;
    }

    auto scanWorker = context.worker();
    if (!scanWorker)
        return context.cannotRun(scanWorker.error());
    drift::DriftScan scan(*scanWorker, (*calcom)->client(), from, to);
    scan.setAutoDelete(false);
    // Reading only: a signal stops the lookups and the findings so far are printed.
    QObject::connect(&termination, &TerminationSignals::requested, &scan, [&scan] { scan.cancel(); });
    termination.setGraceful(true);
    scan.start();
    scan.waitForFinished();
    termination.setGraceful(false);
    if (termination.received()) {
        for (const BookingDrift& d : scan.reconciler().drift())
            context.out() << tr("%1 phase %2 (appointment %3): %4")
                                 .arg(BookingDrift::kindName(d.kind))
                                 .arg(d.phaseId)
                                 .arg(d.appointmentId)
                                 .arg(d.message)
                          << Qt::endl;
        context.err() << tr("%1: stopped by %2 before every phase was checked (%3 findings so far); nothing "
                            "was changed.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                             .arg(scan.reconciler().drift().size())
                      << Qt::endl;
        return termination.exitCode();
    }
    if (scan.hasError())
        return context.cannotRun(scan.errorString());

    QJsonArray items;
    for (const drift::DriftItem& item : scan.items())
        items.append(item.toJson());
    if (!context.json) {
        for (const drift::DriftItem& item : scan.items())
            DriftCli::printItem(context, item);
    }
    if (!apply) {
        if (context.json) {
            QJsonObject o = scan.reconciler().toJson();
            o.insert(QStringLiteral("drift"), items);
            o.insert(QStringLiteral("busyBookings"), scan.busyBookings());
            context.printJson(o);
        } else {
            context.out() << tr("Checked %1 synced phases from %2 to %3: %4 findings. Nothing was changed.")
                                 .arg(scan.reconciler().checkedPhases())
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                 .arg(scan.items().size())
                          << Qt::endl;
        }
        return scan.items().isEmpty() ? ExitDone : ExitProblems;
    }
    return applyDecisions(
        context, scan, selection, options.isSet(QStringLiteral("dry-run")), termination, **calcom, items);
}

int ReconcileCommand::applyDecisions(CliContext& context, const drift::DriftScan& scan,
    const DriftCli::Selection& selection, bool dryRun, TerminationSignals& termination, CliCalcom& calcom,
    const QJsonArray& items)
{
    auto worker = context.worker();
    if (!worker)
        return context.cannotRun(worker.error());
    lifecycle::LifecycleOptions o;
    o.actor = context.actor();
    o.dryRun = dryRun;
    o.timeZone = calcom.client()->settings().timeZone;
    drift::DriftApplyJob job(
        *worker, calcom.client(), calcom.teamId(), DriftCli::decide(scan.items(), selection), o);
    job.setAutoDelete(false);
    if (!context.json)
        QObject::connect(&job, &drift::DriftApplyJob::applied,
            [&context](const drift::DriftOutcome& outcome) { DriftCli::printOutcome(context, outcome); });
    // Stops after the change in hand: a lifecycle job puts its half-done work back.
    QObject::connect(&termination, &TerminationSignals::requested, &job, [&job] { job.cancel(); });
    termination.setGraceful(true);
    job.start();
    job.waitForFinished();
    termination.setGraceful(false);

    int applied = 0;
    QJsonArray outcomes;
    for (const drift::DriftOutcome& outcome : job.outcomes()) {
        applied += outcome.result == drift::DriftOutcome::Result::Applied ? 1 : 0;
        outcomes.append(outcome.toJson());
    }
    const bool clean = job.failures() == 0 && applied == scan.items().size() && !termination.received();
    if (context.json) {
        context.printJson(QJsonObject { { QStringLiteral("ok"), clean },
            { QStringLiteral("runId"), job.runId() }, { QStringLiteral("dryRun"), dryRun },
            { QStringLiteral("drift"), items }, { QStringLiteral("applied"), outcomes },
            { QStringLiteral("busyBookings"), scan.busyBookings() } });
    } else {
        context.out() << (dryRun ? tr("%1 findings, %2 changes planned (dry run, nothing was changed).")
                                       .arg(scan.items().size())
                                       .arg(job.outcomes().size())
                                 : tr("%1 findings, %2 changes applied, %3 failed (run %4).")
                                       .arg(scan.items().size())
                                       .arg(applied)
                                       .arg(job.failures())
                                       .arg(job.runId()))
                      << Qt::endl;
    }
    if (termination.received()) {
        context.err() << tr("%1: stopped by %2 after %3 of the changes.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                             .arg(job.outcomes().size())
                      << Qt::endl;
        return termination.exitCode();
    }
    return clean ? ExitDone : ExitProblems;
}

} // namespace salon::cli
