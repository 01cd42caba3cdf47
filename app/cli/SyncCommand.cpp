#include "SyncCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "TerminationSignals.h"
#include "sync/SyncBatch.h"

#include <QJsonObject>

namespace salon::cli
{

using namespace salon::sync;

namespace
{

QString phaseLine(const PhaseResult& r)
{
    QString line
        = SyncCommand::tr("phase %1 (appointment %2, %3, %4): %5")
              .arg(r.phaseId)
              .arg(r.appointmentId)
              .arg(r.segmentKey.isEmpty() ? QStringLiteral("-") : r.segmentKey,
                  r.startsAt.isValid() ? r.startsAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                       : QStringLiteral("-"),
                  stageName(r.stage));
    if (r.bookingId > 0)
        line += SyncCommand::tr(" booking %1 (%2)").arg(r.bookingId).arg(r.bookingUid);
    // A failure's next step goes on its own line.
    const QString message = r.advice ? r.advice->message : r.message;
    if (!message.isEmpty())
        line += QStringLiteral(" - ") + message;
    return line;
}

// Which phases other runs hold and since when, and what takes them over.
QString heldLine(const SyncReport& report, int staleSeconds)
{
    QStringList ids;
    for (const PhaseResult& r : report.phases) {
        if (r.stage == PhaseStage::Busy)
            ids.append(QString::number(r.phaseId));
    }
    const QDateTime oldest = report.oldestHeldSince();
    const QString since = oldest.isValid()
        ? SyncCommand::tr(" (claimed since %1)")
              .arg(oldest.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
        : QString();
    return SyncCommand::tr(
        "%n phase(s) held by another sync%1: %2. If no other sync is running (it was killed "
        "or crashed), run sync --take-over-after 0 to take them over now (Cal.com is asked "
        "first, nothing is booked twice); otherwise they are taken over after %3 s "
        "without progress.",
        nullptr, int(ids.size()))
        .arg(since, ids.join(QStringLiteral(", ")))
        .arg(staleSeconds);
}

} // namespace

void SyncCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("appointment"),
        tr("Sync the phases of this appointment (repeatable)."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("failed"), tr("Only phases whose last sync failed (default: failed and pending).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), tr("Resolve and show what would be booked; change nothing.")));
    // Also accepted after the command name, where people type it.
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the report as JSON on stdout.")));
    parser.addOption(QCommandLineOption(QStringLiteral("include-archived"),
        tr("With --appointment: also retry failures that were archived.")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep-partial"),
        tr("When a step of an appointment's first booking fails, keep the steps already booked (default: "
           "cancel them again, so an appointment is booked completely or not at all).")));
    parser.addOption(QCommandLineOption(QStringLiteral("skip-slot-check"),
        tr("Do not check all staff steps of an appointment in Cal.com before its first booking.")));
    parser.addOption(QCommandLineOption(QStringLiteral("take-over-after"),
        tr("Take over phases another run claimed (\"syncing\") and left for this many "
           "seconds (default 900). Use 0 after a crashed run, when no other sync "
           "is running; Cal.com is checked first, so nothing is booked twice."),
        QStringLiteral("seconds")));
}

int SyncCommand::run(CliContext& context, const QCommandLineParser& options)
{
    // Until the batch runs, a signal ends the process at once: nothing is claimed yet.
    TerminationSignals termination;
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("sync takes no arguments; use --appointment ID"));
    QList<qint64> appointments;
    for (const QString& text : options.values(QStringLiteral("appointment"))) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.cannotRun(tr("--appointment needs an appointment id, not \"%1\"").arg(text));
        appointments.append(id);
    }
    const bool onlyFailed = options.isSet(QStringLiteral("failed"));
    if (onlyFailed && !appointments.isEmpty())
        return context.cannotRun(tr("--failed and --appointment exclude each other"));

    SyncOptions syncOptions;
    if (options.isSet(QStringLiteral("take-over-after"))) {
        bool ok = false;
        const QString text = options.value(QStringLiteral("take-over-after"));
        const int seconds = text.toInt(&ok);
        if (!ok || seconds < 0)
            return context.cannotRun(
                tr("--take-over-after needs a number of seconds (0 or more), not \"%1\"").arg(text));
        syncOptions.staleClaimAfterSeconds = seconds;
    }

    // The engine runs its statements on a worker thread, as in the GUI (opens and migrates first).
    auto worker = context.worker();
    if (!worker)
        return context.cannotRun(worker.error());
    // The key and the team are checked before any phase is touched: a refused key or a team the key's user
    // is not in would otherwise mark every phase failed.
    auto calcom = CliCalcom::connect(context, CliCalcom::Options { .checkTeamAccess = true });
    if (!calcom)
        return context.cannotRun(calcom.error());

    syncOptions.dryRun = options.isSet(QStringLiteral("dry-run"));
    syncOptions.keepPartialBookings = options.isSet(QStringLiteral("keep-partial"));
    syncOptions.checkAppointmentFirst = !options.isSet(QStringLiteral("skip-slot-check"));
    syncOptions.includeArchived
        = options.isSet(QStringLiteral("include-archived")) && !appointments.isEmpty();
    syncOptions.actor = context.actor();
    syncOptions.attendeeTimeZone = (*calcom)->client()->settings().timeZone;
    SyncBatch batch(*worker, (*calcom)->client(), (*calcom)->teamId(), syncOptions);
    if (appointments.isEmpty()) {
        if (auto added = batch.addOutstanding(!onlyFailed, true); !added)
            return context.cannotRun(added.error());
    } else {
        auto added = batch.addAppointments(appointments);
        if (!added)
            return context.cannotRun(added.error());
        if (*added == 0)
            return context.cannotRun(tr("No phases found for the given appointment(s)."));
    }
    if (!context.json) {
        QObject::connect(&batch, &SyncBatch::phaseFinished, [&context](const PhaseResult& r) {
            context.out() << phaseLine(r) << Qt::endl;
            if (r.advice && !r.advice->nextStep.isEmpty())
                context.out() << QStringLiteral("    ") << tr("next step: ") << r.advice->nextStep
                              << Qt::endl;
        });
        if (batch.total() == 0)
            context.out() << tr("Nothing to sync.") << Qt::endl;
    }
    // From here a signal stops the batch: nothing new starts, POSTs already sent are answered and stored,
    // claims go back. A second signal ends the process at once.
    QObject::connect(&termination, &TerminationSignals::requested, &batch, [&](int signalNumber) {
        context.err() << tr("%1: stopping the sync (%2): no new phases; waiting for requests already sent "
                            "to Cal.com. A second %2 stops at once.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(signalNumber))
                      << Qt::endl;
        batch.cancel();
    });
    termination.setGraceful(true);
    batch.start();
    batch.waitForFinished();
    termination.setGraceful(false);

    const SyncReport& report = batch.report();
    const int busy = report.count(PhaseStage::Busy);
    int exitCode = report.allOk() ? ExitDone : ExitProblems;
    if (!report.runError.isEmpty())
        exitCode = ExitCannotRun;
    if (termination.received())
        exitCode = termination.exitCode();
    if (context.json) {
        QJsonObject result = report.toJson();
        result.insert(QStringLiteral("exitCode"), exitCode);
        if (termination.received())
            result.insert(
                QStringLiteral("stoppedBy"), TerminationSignals::signalName(termination.received()));
        context.printJson(result);
    } else {
        context.out() << report.summary() << Qt::endl;
        if (busy > 0)
            context.out() << heldLine(report, syncOptions.staleClaimAfterSeconds) << Qt::endl;
    }
    if (termination.received()) {
        context.err() << tr("%1: stopped by %2. Phases not yet booked keep their status; run sync again "
                            "to go on.")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                      << Qt::endl;
    } else if (!report.runError.isEmpty()) {
        context.err() << QCoreApplication::applicationName() << ": "
                      << tr("the sync stopped: %1 Phases not reached keep their status.").arg(report.runError)
                      << Qt::endl;
    } else if (report.anyFailed() && !context.json) {
        context.err() << tr("Some phases were not synced; see above.") << Qt::endl;
    }
    return exitCode;
}

} // namespace salon::cli
