#include "SnapshotCalcomCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "CliDate.h"
#include "common/Clock.h"
#include "rehearsal/CalcomSnapshotJob.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <unistd.h>

namespace salon::cli
{

using namespace salon::rehearsal;

void SnapshotCalcomCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), tr("Where to write the snapshot."), QStringLiteral("FILE.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
        tr("Bookings starting at or after this (YYYY-MM-DD or ISO time, UTC; default 30 days ago)."),
        QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
        tr("Bookings ending at or before this (default: 365 days after --from)."), QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON on stdout.")));
}

int SnapshotCalcomCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("snapshot-calcom takes no arguments; use --out FILE.json"));
    const QString out = options.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.cannotRun(tr("snapshot-calcom needs --out FILE.json"));
    QDateTime from = Clock::instance().nowUtc().addDays(-30);
    if (options.isSet(QStringLiteral("from"))) {
        const auto parsed = parseCliDate(options.value(QStringLiteral("from")));
        if (!parsed)
            return context.cannotRun(tr("--from needs a date (YYYY-MM-DD) or an ISO time"));
        from = *parsed;
    }
    QDateTime to = from.addDays(365);
    if (options.isSet(QStringLiteral("to"))) {
        const auto parsed = parseCliDate(options.value(QStringLiteral("to")));
        if (!parsed)
            return context.cannotRun(tr("--to needs a date (YYYY-MM-DD) or an ISO time"));
        to = *parsed;
    }
    if (to <= from)
        return context.cannotRun(tr("--to must lie after --from"));

    // No team lookup here: the snapshot reads /v2/teams itself, and every request counts.
    auto calcom = CliCalcom::connect(context, CliCalcom::Options { .needTeam = false });
    if (!calcom)
        return context.cannotRun(calcom.error());
    const auto team = CliCalcom::configuredTeamId(context);

    CalcomSnapshotJob::Options snapshotOptions;
    snapshotOptions.teamId = team ? *team : std::nullopt;
    snapshotOptions.from = from;
    snapshotOptions.to = to;
    std::unique_ptr<CalcomSnapshotJob> job(new CalcomSnapshotJob((*calcom)->client(), snapshotOptions));
    if (!context.json && ::isatty(STDERR_FILENO)) {
        QObject::connect(job.get(), &Job::progress, job.get(), [&context](int done, int total) {
            context.err() << '\r' << tr("Reading Cal.com: %1 of %2 requests").arg(done).arg(total);
            context.err().flush();
        });
    }
    job->waitForFinished();
    if (!context.json && ::isatty(STDERR_FILENO))
        context.err() << Qt::endl;
    if (job->hasError())
        return context.cannotRun(job->errorString());
    const CalcomSnapshot& snapshot = job->snapshot();
    if (auto saved = snapshot.saveFile(out); !saved)
        return context.cannotRun(saved.error());

    if (context.json) {
        QJsonObject result = snapshot.toFileJson().value(QStringLiteral("snapshot")).toObject();
        result.insert(QStringLiteral("ok"), true);
        result.insert(QStringLiteral("file"), out);
        result.insert(QStringLiteral("users"), snapshot.count(QStringLiteral("users")));
        result.insert(QStringLiteral("eventTypes"), snapshot.count(QStringLiteral("eventTypes")));
        result.insert(QStringLiteral("bookings"), snapshot.count(QStringLiteral("bookings")));
        context.printJson(result);
    } else {
        context.out() << snapshot.summary() << Qt::endl;
        context.out() << tr(
            "Written to %1 (no API key in it). Serve it with: salon-admin-cli sandbox --state %1 "
            "--api-key cal_…, or rehearse a command with: salon-admin-cli rehearse --snapshot %1 "
            "-- COMMAND")
                             .arg(out)
                      << Qt::endl;
    }
    return ExitDone;
}

} // namespace salon::cli
