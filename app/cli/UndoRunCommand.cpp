#include "UndoRunCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "db/DatabaseWorker.h"
#include "history/RunId.h"
#include "history/RunUndoJob.h"
#include "history/RunUndoPlanner.h"

#include <memory>

namespace salon::cli
{

using namespace salon::history;

void UndoRunCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("RUN_ID"), tr("The run to undo (see `history`)."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), tr("Show what would be undone; change nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON on stdout.")));
}

int UndoRunCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (options.isSet(QStringLiteral("json")))
        context.json = true;
    if (options.positionalArguments().size() != 1)
        return context.cannotRun(tr("undo-run needs exactly one RUN_ID (see `salon-admin-cli history`)"));
    const QString runId = options.positionalArguments().first().trimmed();
    if (!RunId::isWellFormed(runId))
        return context.cannotRun(
            tr("\"%1\" is not a run id; they look like wizard-20261201T101500-3fa29c").arg(runId));
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));

    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    auto calcom = CliCalcom::connect(context);
    if (!calcom)
        return context.cannotRun(calcom.error());
    DatabaseWorker worker((*db)->url());

    std::unique_ptr<RunUndoPlanner> planner(
        new RunUndoPlanner(&worker, (*calcom)->client(), (*calcom)->teamId(), runId));
    planner->waitForFinished();
    if (planner->hasError())
        return context.cannotRun(planner->errorString());
    RunUndoPlan plan = planner->plan();

    QString undoRunId;
    if (!dryRun && plan.plannedCount() > 0) {
        std::unique_ptr<RunUndoJob> job(new RunUndoJob(&worker, (*calcom)->client(), plan, context.actor()));
        job->waitForFinished();
        plan = job->plan();
        undoRunId = job->undoRunId();
        if (job->hasError())
            context.err() << job->errorString() << Qt::endl;
    }
    const bool incomplete = plan.problemCount() > 0 || (!dryRun && plan.plannedCount() > 0);
    const int exitCode = incomplete ? ExitProblems : ExitDone;
    if (context.json) {
        QJsonObject result = plan.toJson();
        result.insert(QStringLiteral("ok"), true);
        result.insert(QStringLiteral("dryRun"), dryRun);
        result.insert(
            QStringLiteral("undoRunId"), undoRunId.isEmpty() ? QJsonValue() : QJsonValue(undoRunId));
        result.insert(QStringLiteral("exitCode"), exitCode);
        context.printJson(result);
    } else {
        context.out() << plan.toText(dryRun);
        if (!undoRunId.isEmpty())
            context.out() << tr("The undo itself is run %1 in the history.").arg(undoRunId) << Qt::endl;
    }
    return exitCode;
}

} // namespace salon::cli
