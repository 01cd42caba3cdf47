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

struct Config {
    QString mode;
    int count = 600;
    int limit = 120;
    qint64 windowMs = 6000;
    int latencyMs = 80;
    int staff = 6;
};

struct LogFigures {
    int requests = 0;
    int status429 = 0;
    int resets = 0;
    QJsonObject byRoute;
    // Idle gaps > 500 ms between consecutive requests (where the client waited for the window), as
    // [ms since the first request, gap ms].
    QJsonArray gaps;
};

LogFigures logFigures(SandboxThread& sandbox)
{
    LogFigures f;
    QHash<QString, int> routes;
    sandbox.call([&](sandbox::SandboxServer& server) {
        const auto& entries = server.log().entries();
        for (qsizetype i = 1; i < entries.size(); ++i) {
            const qint64 gap = entries[i - 1].receivedAt.msecsTo(entries[i].receivedAt);
            if (gap > 500)
                f.gaps.append(
                    QJsonArray { entries.first().receivedAt.msecsTo(entries[i - 1].receivedAt), gap });
        }
        for (const auto& e : entries) {
            ++f.requests;
            if (e.status == 429)
                ++f.status429;
            if (e.status == 0)
                ++f.resets;
            QString path = e.path;
            path.replace(QRegularExpression(QStringLiteral("/\\d+")), QStringLiteral("/{id}"));
            routes[e.method + QLatin1Char(' ') + path] += 1;
        }
    });
    for (auto it = routes.cbegin(); it != routes.cend(); ++it)
        f.byRoute.insert(it.key(), it.value());
    return f;
}

std::unique_ptr<calcom::CalcomClient> makeClient(const QUrl& base, const Config& c)
{
    calcom::CalcomSettings settings;
    settings.baseUrl = base;
    settings.teamId = kTeamId;
    settings.requestsPerMinute = c.limit; // "per window": the window is scaled below
    settings.timeoutMs = 30000;
    auto client = std::make_unique<calcom::CalcomClient>(settings);
    client->setApiKey(kApiKey);
    client->rateLimiter()->setWindowMs(c.windowMs);
    return client;
}

QJsonObject timing(const Config& c, qint64 wallMs, const LogFigures& log)
{
    const double idealMs = double(log.requests) / c.limit * double(c.windowMs);
    // The least a client can need without a 429: every full budget but the last waits one window.
    const double floorMs = std::ceil(double(log.requests) / c.limit - 1.0) * double(c.windowMs) + c.latencyMs;
    return QJsonObject { { QStringLiteral("wallMs"), wallMs }, { QStringLiteral("requests"), log.requests },
        { QStringLiteral("status429"), log.status429 }, { QStringLiteral("resets"), log.resets },
        { QStringLiteral("limit"), c.limit }, { QStringLiteral("windowMs"), c.windowMs },
        { QStringLiteral("latencyMs"), c.latencyMs }, { QStringLiteral("idealMs"), idealMs },
        { QStringLiteral("ratio"), double(wallMs) / idealMs },
        { QStringLiteral("fixedWindowFloorMs"), floorMs }, { QStringLiteral("routes"), log.byRoute },
        { QStringLiteral("gaps"), log.gaps } };
}

// The sandbox on its own thread with the benchmark's rate limit (block = one window) and latency.
std::unique_ptr<SandboxThread> startSandbox(const QJsonObject& stateJson, const Config& c, QString* error)
{
    auto state = sandbox::SandboxState::fromJson(stateJson, error);
    if (!state)
        return nullptr;
    sandbox::SandboxOptions options;
    options.rateLimit = c.limit;
    options.rateWindowMs = c.windowMs;
    options.rateBlockMs = c.windowMs;
    options.latencyMs = c.latencyMs;
    auto thread = std::make_unique<SandboxThread>(*state, options);
    if (!thread->start(error))
        return nullptr;
    return thread;
}

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
    sync::SyncBatch batch(database->db(), client.get(), kTeamId, syncOptions);
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

    int phasesBookedOnce = 0;
    int phasesBookedTwice = 0;
    sandbox.call([&](sandbox::SandboxServer& server) {
        QHash<QString, int> perPhase;
        for (const QJsonObject& b : server.state().bookings)
            if (b.value(QStringLiteral("status")).toString() != QLatin1String("cancelled"))
                perPhase[b.value(QStringLiteral("metadata"))
                             .toObject()
                             .value(QStringLiteral("salonPhaseId"))
                             .toString()]
                    += 1;
        for (int n : std::as_const(perPhase))
            (n == 1 ? phasesBookedOnce : phasesBookedTwice) += 1;
    });
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
    Config c;
    c.mode = args.value(1);
    c.count = argValue(args, QStringLiteral("--count"), QStringLiteral("600")).toInt();
    c.limit = argValue(args, QStringLiteral("--limit"), QStringLiteral("120")).toInt();
    c.windowMs = argValue(args, QStringLiteral("--window-ms"), QStringLiteral("6000")).toLongLong();
    c.latencyMs = argValue(args, QStringLiteral("--latency-ms"), QStringLiteral("80")).toInt();
    c.staff = argValue(args, QStringLiteral("--staff"), QStringLiteral("6")).toInt();
    if (c.mode == QLatin1String("create-event-types"))
        return createEventTypes(c);
    if (c.mode == QLatin1String("sync-retry"))
        return syncRetry(c);
    std::fprintf(stderr,
        "usage: bench_ratelimit create-event-types|sync-retry [--count N] [--limit N] "
        "[--window-ms MS] [--latency-ms MS] [--staff N]\n");
    return 2;
}
