#include "ReconcileCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "TerminationSignals.h"
#include "common/Clock.h"
#include "sync/BookingReconciler.h"

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

    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    auto calcom = CliCalcom::connect(context, CliCalcom::Options { .needTeam = false });
    if (!calcom)
        return context.cannotRun(calcom.error());

    BookingReconciler reconciler((*db)->db(), (*calcom)->client());
    // Reconcile only reads: a signal stops the lookups and the findings so far are printed.
    QObject::connect(
        &termination, &TerminationSignals::requested, &reconciler, [&reconciler] { reconciler.cancel(); });
    termination.setGraceful(true);
    reconciler.start(from, to);
    reconciler.waitForFinished();
    termination.setGraceful(false);
    if (termination.received()) {
        for (const BookingDrift& d : reconciler.drift())
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
                             .arg(reconciler.drift().size())
                      << Qt::endl;
        return termination.exitCode();
    }
    if (!reconciler.error().isEmpty())
        return context.cannotRun(reconciler.error());

    if (context.json) {
        context.printJson(reconciler.toJson());
    } else {
        for (const BookingDrift& d : reconciler.drift())
            context.out() << tr("%1 phase %2 (appointment %3): %4")
                                 .arg(BookingDrift::kindName(d.kind))
                                 .arg(d.phaseId)
                                 .arg(d.appointmentId)
                                 .arg(d.message)
                          << Qt::endl;
        context.out() << tr("Checked %1 synced phases from %2 to %3: %4 findings. Nothing was changed.")
                             .arg(reconciler.checkedPhases())
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                             .arg(reconciler.drift().size())
                      << Qt::endl;
    }
    return reconciler.drift().isEmpty() ? ExitDone : ExitProblems;
}

} // namespace salon::cli
