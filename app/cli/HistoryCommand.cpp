#include "HistoryCommand.h"

#include "CliContext.h"
#include "CliDate.h"
#include "db/DatabaseWorker.h"
#include "history/HistoryLoadJob.h"

#include <memory>

namespace salon::cli
{

using namespace salon::history;

void HistoryCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("since"),
        tr("Only entries at or after this (YYYY-MM-DD or ISO time, UTC)."), QStringLiteral("date")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("run"), tr("Only the entries of this run."), QStringLiteral("RUN_ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("csv"), tr("Print one CSV row per entry.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print runs and entries as JSON on stdout.")));
}

int HistoryCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("history takes no arguments"));
    AuditQuery query;
    if (options.isSet(QStringLiteral("since"))) {
        const auto since = parseCliDate(options.value(QStringLiteral("since")));
        if (!since)
            return context.cannotRun(tr("--since needs a date (YYYY-MM-DD) or an ISO time"));
        query.since = *since;
    }
    query.runId = options.value(QStringLiteral("run"));

    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    DatabaseWorker worker((*db)->url());
    std::unique_ptr<HistoryLoadJob> job(new HistoryLoadJob(&worker, query));
    job->waitForFinished();
    if (job->hasError())
        return context.cannotRun(job->errorString());
    const AuditHistory& history = job->history();
    if (context.json)
        context.printJson(history.toJson());
    else if (options.isSet(QStringLiteral("csv")))
        context.out() << history.toCsv();
    else
        context.out() << history.toText();
    context.out().flush();
    return ExitDone;
}

} // namespace salon::cli
