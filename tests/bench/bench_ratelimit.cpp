// Benchmark 1: bulk work at Cal.com's rate limit, scaled down (default 120 requests per 6 s window on the
// sandbox AND in the client's RateLimiter, 80 ms latency).
//
//   bench_ratelimit create-event-types [--count 600]   plan + create one event type per (service, segment,
//   staff) bench_ratelimit sync-retry [--count 600]           SyncBatch retry of failed phases whose last
//   attempt was
//                                                       "unclear" (each reconciles with GET /v2/bookings
//                                                       first)
//   common: [--limit 120] [--window-ms 6000] [--latency-ms 80] [--staff 6]
//
// Prints one JSON line: wall time, every request the sandbox received during the run (from its request log),
// the 429 answers among them, the limit's minimum (requests / limit * window) and the ratio.
#include "BenchSupport.h"
#include "RateBench.h"
#include "TestDatabase.h"

#include "calcom/CalcomClient.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/EventTypePlanner.h"
#include "sync/SyncBatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <cstdio>

using namespace salon;
using namespace salon::bench;

namespace
{

int createEventTypes(const Config& c)
{
    // count = services * 4 segments * staff
    const int services = qMax(1, c.count / (int(segments().size()) * c.staff));
    QString error;
    auto database = test::TestDatabase::create(QStringLiteral("sqlite"), &error);
    if (!database || !importDataset(database->db(), datasetJson(c.staff, services, false), &error)) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(error));
        return 2;
    }
    auto sandboxThread = startSandbox(sandboxStateJson(c.staff, services, false), c, &error);
    if (!sandboxThread) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SandboxThread& sandbox = *sandboxThread;
    auto client = makeClient(sandbox.baseUrl(), c);

    QElapsedTimer wall;
    wall.start();
    DatabaseWorker worker(database->url());
    eventtypes::EventTypePlanner planner(&worker, client.get());
    eventtypes::PlanRequest request;
    for (int s = 0; s < services; ++s)
        request.serviceIds.append(serviceId(s));
    request.teamId = kTeamId;
    planner.start(request);
    if (!planner.waitForFinished(600000) || planner.hasError()) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(planner.errorString()));
        return 2;
    }
    eventtypes::EventTypeCreationRun run(&worker, client.get(), planner.plan(), QStringLiteral("bench"));
    run.start();
    if (!run.waitForFinished(3600000)) {
        std::fprintf(stderr, "run did not finish\n");
        return 2;
    }
    const qint64 wallMs = wall.elapsed();

    const LogFigures log = logFigures(sandbox);
    int created = 0;
    int slugsDuplicated = 0;
    sandbox.call([&](sandbox::SandboxServer& server) {
        QHash<QString, int> slugs;
        for (const QJsonObject& et : server.state().eventTypes)
            slugs[et.value(QStringLiteral("slug")).toString()] += 1;
        created = int(server.state().eventTypes.size());
        for (int n : std::as_const(slugs))
            if (n > 1)
                ++slugsDuplicated;
    });
    const qint64 mapped = test::scalar(
        database->db(), QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id >= 1"))
                              .toLongLong();
    QJsonObject fields = timing(c, wallMs, log);
    fields.insert(QStringLiteral("items"), run.workCount());
    fields.insert(QStringLiteral("done"), run.count(eventtypes::ItemProgress::State::Done));
    fields.insert(QStringLiteral("failed"), run.count(eventtypes::ItemProgress::State::Failed));
    fields.insert(QStringLiteral("eventTypesInSandbox"), created);
    fields.insert(QStringLiteral("duplicateSlugs"), slugsDuplicated);
    fields.insert(QStringLiteral("mapRows"), mapped);
    printResult(QStringLiteral("ratelimit-create-event-types"), fields);
    return run.count(eventtypes::ItemProgress::State::Done) == run.workCount() ? 0 : 1;
}

int syncRetry(const Config& c)
{
    const int perAppointment = int(segments().size());
    const int appointments = qMax(1, c.count / perAppointment);
    const int services = 25;
    QString error;
    auto database = test::TestDatabase::create(QStringLiteral("sqlite"), &error);
    QJsonObject dataset = datasetJson(c.staff, services, true);
    dataset.insert(QStringLiteral("appointments"), failedAppointments(appointments, c.staff, services));
    if (!database || !importDataset(database->db(), dataset, &error)
        || !markAttemptsUnclear(database->db(), &error)) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(error));
        return 2;
    }
    auto sandboxThread = startSandbox(sandboxStateJson(c.staff, services, true), c, &error);
    if (!sandboxThread) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SandboxThread& sandbox = *sandboxThread;
    auto client = makeClient(sandbox.baseUrl(), c);

    sync::SyncOptions syncOptions;
    syncOptions.actor = QStringLiteral("bench");
    DatabaseWorker worker(database->url());
    sync::SyncBatch batch(&worker, client.get(), kTeamId, syncOptions);
    auto queued = batch.addOutstanding(false, true);
    if (!queued) {
        std::fprintf(stderr, "queue: %s\n", qPrintable(queued.error()));
        return 2;
    }
    QElapsedTimer wall;
    wall.start();
    batch.start();
    if (!batch.waitForFinished(3600000)) {
        std::fprintf(stderr, "batch did not finish\n");
        return 2;
    }
    const qint64 wallMs = wall.elapsed();
    const LogFigures log = logFigures(sandbox);

    const auto [phasesBookedOnce, phasesBookedTwice] = bookedOnceAndMore(sandbox);
    QJsonObject fields = timing(c, wallMs, log);
    fields.insert(QStringLiteral("phases"), *queued);
    fields.insert(QStringLiteral("synced"), batch.report().count(sync::PhaseStage::Synced));
    fields.insert(QStringLiteral("failed"), batch.report().count(sync::PhaseStage::Failed));
    fields.insert(QStringLiteral("bookedOnce"), phasesBookedOnce);
    fields.insert(QStringLiteral("bookedMoreThanOnce"), phasesBookedTwice);
    fields.insert(QStringLiteral("concurrency"), syncOptions.concurrency);
    printResult(QStringLiteral("ratelimit-sync-retry"), fields);
    return batch.report().count(sync::PhaseStage::Synced) == *queued ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const Config c = configFromArguments(args);
    if (c.mode == QLatin1String("create-event-types"))
        return createEventTypes(c);
    if (c.mode == QLatin1String("sync-retry"))
        return syncRetry(c);
    std::fprintf(stderr,
        "usage: bench_ratelimit create-event-types|sync-retry [--count N] [--limit N] "
        "[--window-ms MS] [--latency-ms MS] [--staff N]\n");
    return 2;
}
