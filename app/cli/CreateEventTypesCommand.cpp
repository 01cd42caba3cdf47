#include "CreateEventTypesCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "TerminationSignals.h"
#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/EventTypePlanner.h"
#include "eventtypes/ManagedTypeRetirement.h"
#include "eventtypes/RetirementSearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salon::cli
{

using namespace salon::eventtypes;

namespace
{

QString itemLine(const PlanItem& item)
{
    return QStringLiteral("%1  %2 min  host %3  %4")
        .arg(item.displayName(), QString::number(item.durationMinutes),
            item.calcomUserId ? QString::number(*item.calcomUserId) : QStringLiteral("-"), item.slug);
}

} // namespace

void CreateEventTypesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("service"),
        tr("A service to plan for (repeatable; at least one)."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("staff"),
        tr("Only this staff member (repeatable; default: everyone who performs the service)."),
        QStringLiteral("uuid")));
    parser.addOption(QCommandLineOption(QStringLiteral("title-template"),
        tr("Event type titles; placeholders {service}, {segment}, {segmentName}, {staff}, "
           "{minutes} (default: \"%1\").")
            .arg(EventTypePlanBuilder::defaultTitleTemplate()),
        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), tr("Print the plan; change nothing in Cal.com or the database.")));
    parser.addOption(QCommandLineOption(QStringLiteral("retire-managed"),
        tr("Afterwards delete the replaced MANAGED parents that nothing refers to any more "
           "(with --dry-run: only list them).")));
    parser.addOption(QCommandLineOption(QStringLiteral("concurrency"),
        tr("Items in flight at once (default 4)."), QStringLiteral("n"), QStringLiteral("4")));
}

int CreateEventTypesCommand::run(CliContext& context, const QCommandLineParser& options)
{
    // Planning only reads: until the run starts, a signal ends the process at once.
    TerminationSignals termination;
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(tr("create-event-types takes no arguments"));
    PlanRequest request;
    for (const QString& text : options.values(QStringLiteral("service"))) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.cannotRun(tr("--service needs a service id, not \"%1\"").arg(text));
        if (!request.serviceIds.contains(id))
            request.serviceIds.append(id);
    }
    if (request.serviceIds.isEmpty())
        return context.cannotRun(tr("create-event-types needs at least one --service ID"));
    request.staffIds = options.values(QStringLiteral("staff"));
    request.titleTemplate = options.value(QStringLiteral("title-template"));
    bool ok = false;
    const int concurrency = options.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || concurrency < 1)
        return context.cannotRun(tr("--concurrency needs a positive number"));
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    const bool retire = options.isSet(QStringLiteral("retire-managed"));

    auto worker = context.worker();
    if (!worker)
        return context.cannotRun(worker.error());
    auto calcom = CliCalcom::connect(context, CliCalcom::Options { .checkTeamAccess = true });
    if (!calcom)
        return context.cannotRun(calcom.error());
    request.teamId = (*calcom)->teamId();
    calcom::CalcomClient* client = (*calcom)->client();
    DatabaseWorker* database = *worker;

    EventTypePlanner planner(database, client);
    planner.start(request);
    planner.waitForFinished();
    if (planner.hasError())
        return context.cannotRun(planner.errorString());
    const EventTypePlan& plan = planner.plan();

    QTextStream& out = context.out();
    using C = PlanItem::Classification;
    if (!context.json) {
        out << tr(
            "Plan for team %1: %2 items — %3 create, %4 replace, %5 adopt, %6 keep, %7 conflict, %8 blocked.")
                   .arg(plan.teamId)
                   .arg(plan.items.size())
                   .arg(plan.count(C::Create))
                   .arg(plan.count(C::Replace))
                   .arg(plan.count(C::Adopt))
                   .arg(plan.count(C::Keep))
                   .arg(plan.count(C::Conflict))
                   .arg(plan.count(C::Blocked))
            << Qt::endl;
        for (const PlanItem& item : plan.items)
            out << QStringLiteral("  %1  %2\n      %3")
                       .arg(PlanItem::classificationName(item.classification).toUpper(), -8)
                       .arg(itemLine(item), item.reason)
                << Qt::endl;
        for (const QString& note : plan.notes)
            out << tr("Note: %1").arg(note) << Qt::endl;
    }

    QJsonObject result { { QStringLiteral("ok"), true }, { QStringLiteral("dryRun"), dryRun },
        { QStringLiteral("plan"), plan.toJson() } };
    int exitCode = plan.problemCount() > 0 ? ExitProblems : ExitDone;
    QString runId; // the wizard run: creation and retirement are one run in the history

    if (!dryRun) {
        EventTypeCreationRun run(database, client, plan, context.actor());
        runId = run.runId();
        result.insert(QStringLiteral("runId"), runId);
        run.setMaxConcurrent(concurrency);
        if (!context.json) {
            QObject::connect(&run, &EventTypeCreationRun::itemChanged, &run, [&run, &plan, &out](int index) {
                const ItemProgress& p = run.item(index);
                if (!p.isFinal() || !plan.items.at(index).changesMap())
                    return;
                out << QStringLiteral("[%1/%2] %3  %4  %5 %6")
                           .arg(run.finishedWorkCount())
                           .arg(run.workCount())
                           .arg(ItemProgress::stateName(p.state).toUpper(),
                               plan.items.at(index).displayName(),
                               p.eventTypeId ? QString::number(*p.eventTypeId) : QString(), p.message)
                    << Qt::endl;
            });
        }
        // A signal stops the run: no new items; POSTs already sent are answered and their maps stored.
        QObject::connect(&termination, &TerminationSignals::requested, &run, [&](int signalNumber) {
            context.err() << tr("%1: stopping (%2): no new event types; waiting for requests already sent. "
                                "A second %2 stops at once.")
                                 .arg(QCoreApplication::applicationName(),
                                     TerminationSignals::signalName(signalNumber))
                          << Qt::endl;
            run.cancel();
        });
        termination.setGraceful(true);
        run.start();
        run.waitForFinished();
        QJsonArray items;
        for (int i = 0; i < plan.items.size(); ++i) {
            const ItemProgress& p = run.item(i);
            items.append(QJsonObject { { QStringLiteral("slug"), plan.items.at(i).slug },
                { QStringLiteral("state"), ItemProgress::stateName(p.state) },
                { QStringLiteral("eventTypeId"),
                    p.eventTypeId ? QJsonValue(double(*p.eventTypeId)) : QJsonValue() },
                { QStringLiteral("adoptedAfterError"), p.adoptedAfterError },
                { QStringLiteral("message"), p.message } });
        }
        using S = ItemProgress::State;
        result.insert(QStringLiteral("items"), items);
        result.insert(QStringLiteral("done"), run.count(S::Done));
        result.insert(QStringLiteral("failed"), run.count(S::Failed));
        if (run.count(S::Failed) > 0 || run.count(S::Cancelled) > 0)
            exitCode = ExitProblems;
        if (!context.json)
            out << tr("Result: %1 done, %2 unchanged, %3 failed, %4 not touched.")
                       .arg(run.count(S::Done))
                       .arg(run.count(S::Unchanged))
                       .arg(run.count(S::Failed))
                       .arg(run.count(S::Skipped))
                << Qt::endl
                << tr("Run %1 (salon-admin-cli undo-run %1 takes it back).").arg(runId) << Qt::endl;
    }

    // Stopped during the run: nothing more is deleted or created.
    if (retire && !termination.received()) {
        RetirementSearch search(database, client, plan.teamId);
        search.start();
        search.waitForFinished();
        if (search.hasError())
            return context.cannotRun(search.errorString());
        QList<RetirementCandidate> candidates = search.candidates();
        if (!dryRun && !termination.received()) {
            ManagedTypeRetirement retirement(
                database, client, plan.teamId, context.actor(), candidates, search.safeCandidateIds());
            retirement.setRunId(runId);
            QObject::connect(&termination, &TerminationSignals::requested, &retirement,
                [&retirement] { retirement.cancel(); });
            termination.setGraceful(true);
            retirement.start();
            retirement.waitForFinished();
            candidates = retirement.candidates();
        }
        QJsonArray list;
        for (const RetirementCandidate& c : std::as_const(candidates)) {
            list.append(c.toJson());
            if (c.state == RetirementCandidate::State::Failed)
                exitCode = ExitProblems;
            if (context.json)
                continue;
            const QString what = dryRun ? (c.isSafe() ? tr("would be deleted") : tr("stays"))
                                        : RetirementCandidate::stateLabel(c.state);
            out << tr("MANAGED %1 \"%2\": %3").arg(c.eventTypeId).arg(c.title, what) << Qt::endl;
            for (const QString& blocker : c.blockers)
                out << QStringLiteral("      ") << blocker << Qt::endl;
            if (!c.message.isEmpty())
                out << QStringLiteral("      ") << c.message << Qt::endl;
        }
        if (!context.json && candidates.isEmpty())
            out << tr("No replaced MANAGED event types are left to retire.") << Qt::endl;
        if (dryRun) {
            // Not replaced yet, so not candidates yet: say which parents this plan would free.
            QList<qint64> freed;
            for (const PlanItem& item : plan.items)
                if (item.mapPointsToManagedParent && item.changesMap()
                    && !freed.contains(*item.mapEventTypeId))
                    freed.append(*item.mapEventTypeId);
            QJsonArray freedJson;
            for (qint64 id : freed) {
                freedJson.append(double(id));
                if (!context.json)
                    out << tr("MANAGED %1: replaced by this plan; retirable after the run if nothing else "
                              "refers to it.")
                               .arg(id)
                        << Qt::endl;
            }
            result.insert(QStringLiteral("replacedByPlan"), freedJson);
        }
        result.insert(QStringLiteral("retirement"), list);
    }

    termination.setGraceful(false);
    if (termination.received()) {
        exitCode = termination.exitCode();
        result.insert(QStringLiteral("stoppedBy"), TerminationSignals::signalName(termination.received()));
        context.err() << tr("%1: stopped by %2. What was created is mapped; run the command again to go on "
                            "(it finds what exists by its slug and creates nothing twice).")
                             .arg(QCoreApplication::applicationName(),
                                 TerminationSignals::signalName(termination.received()))
                      << Qt::endl;
    }
    if (context.json) {
        result.insert(QStringLiteral("exitCode"), exitCode);
        context.printJson(result);
    }
    return exitCode;
}

} // namespace salon::cli
