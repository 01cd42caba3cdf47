// Benchmark: one request budget for every process on a key (issue 19). Three processes — think of the
// desktop and two cron syncs — each retry a third of the failed appointments at once, on one key, against
// one sandbox at 120 requests per 6 s (80 ms latency), sharing one SQLite file.
//
//   bench_shared_budget run [--count 1200] [--alone]   the parent: data, sandbox, three workers, figures
//   bench_shared_budget worker --url URL --db PATH --first N --last N [--alone]
//
// With the shared budget (DatabaseRateBudget) the three draw from one send log: no 429, and their combined
// wall time stays near requests / budget. --alone paces each process on its own (the state before): three
// times the budget is sent, Cal.com answers 429 and blocks the key.
#include "RateBench.h"
#include "TestDatabase.h"

#include "calcom/DatabaseRateBudget.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "sync/SyncBatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace salon;
using namespace salon::bench;

namespace
{

constexpr int kProcesses = 3;

int worker(const Config& c, const QStringList& args)
{
    const QUrl url(argValue(args, QStringLiteral("--url")));
    const DatabaseUrl dbUrl = DatabaseUrl::sqliteFile(argValue(args, QStringLiteral("--db")));
    const qint64 first = argValue(args, QStringLiteral("--first")).toLongLong();
    const qint64 last = argValue(args, QStringLiteral("--last")).toLongLong();
    auto connection = DatabaseConnection::open(dbUrl, QStringLiteral("bench"));
    if (!connection) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(connection.error()));
        return 2;
    }
    auto client = makeClient(url, c);
    DatabaseWorker budgetWorker(dbUrl);
    calcom::DatabaseRateBudget budget(&budgetWorker, calcom::DatabaseRateBudget::keyHash(url, kApiKey));
    if (!args.contains(QStringLiteral("--alone")))
        client->rateLimiter()->setSharedBudget(&budget);

    sync::SyncOptions options;
    options.actor = QStringLiteral("bench-worker");
    DatabaseWorker engineWorker(dbUrl);
    sync::SyncBatch batch(&engineWorker, client.get(), kTeamId, options);
    QList<qint64> appointments;
    for (qint64 id = first; id <= last; ++id)
        appointments.append(id);
    if (auto added = batch.addAppointments(appointments); !added) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(added.error()));
        return 2;
    }
    batch.start();
    if (!batch.waitForFinished(3600000))
        return 2;
    std::printf("%d %d\n", batch.report().count(sync::PhaseStage::Synced),
        batch.report().count(sync::PhaseStage::Failed));
    return 0;
}

int run(const Config& c, bool alone)
{
    const int perAppointment = int(segments().size());
    const int appointments = qMax(kProcesses, c.count / perAppointment);
    const int services = 25;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QString error;
    {
        auto connection = DatabaseConnection::open(DatabaseUrl::sqliteFile(path), QStringLiteral("setup"));
        if (!connection) {
            std::fprintf(stderr, "setup: %s\n", qPrintable(connection.error()));
            return 2;
        }
        Migrator migrator((*connection)->db());
        QJsonObject dataset = datasetJson(c.staff, services, true);
        dataset.insert(QStringLiteral("appointments"), failedAppointments(appointments, c.staff, services));
        if (auto migrated = migrator.migrate();
            !migrated || !importDataset((*connection)->db(), dataset, &error)) {
            std::fprintf(stderr, "setup: %s\n", qPrintable(migrated ? error : migrated.error()));
            return 2;
        }
    }
    auto sandbox = startSandbox(sandboxStateJson(c.staff, services, true), c, &error);
    if (!sandbox) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 2;
    }

    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> workers;
    const int share = appointments / kProcesses;
    for (int p = 0; p < kProcesses; ++p) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments { QStringLiteral("worker"), QStringLiteral("--url"),
            sandbox->baseUrl().toString(), QStringLiteral("--db"), path, QStringLiteral("--first"),
            QString::number(1 + p * share), QStringLiteral("--last"),
            QString::number(p == kProcesses - 1 ? appointments : (p + 1) * share), QStringLiteral("--limit"),
            QString::number(c.limit), QStringLiteral("--window-ms"), QString::number(c.windowMs) };
        if (alone)
            arguments << QStringLiteral("--alone");
        process->start(QCoreApplication::applicationFilePath(), arguments);
        workers.push_back(std::move(process));
    }
    int synced = 0;
    int failed = 0;
    for (auto& process : workers) {
        if (!process->waitForFinished(3600000) || process->exitCode() != 0) {
            std::fprintf(stderr, "a worker failed\n");
            return 2;
        }
        const QList<QByteArray> counts = process->readAllStandardOutput().trimmed().split(' ');
        synced += counts.value(0).toInt();
        failed += counts.value(1).toInt();
    }
    const qint64 wallMs = wall.elapsed();
    const LogFigures log = logFigures(*sandbox);
    const auto [bookedOnce, bookedMore] = bookedOnceAndMore(*sandbox);
    QJsonObject fields = timing(c, wallMs, log);
    fields.insert(QStringLiteral("processes"), kProcesses);
    fields.insert(QStringLiteral("sharedBudget"), !alone);
    fields.insert(QStringLiteral("phases"), appointments * perAppointment);
    fields.insert(QStringLiteral("synced"), synced);
    fields.insert(QStringLiteral("failed"), failed);
    fields.insert(QStringLiteral("bookedOnce"), bookedOnce);
    fields.insert(QStringLiteral("bookedMoreThanOnce"), bookedMore);
    printResult(alone ? QStringLiteral("shared-budget-alone") : QStringLiteral("shared-budget"), fields);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Config c = configFromArguments(args);
    if (c.mode == QLatin1String("worker"))
        return worker(c, args);
    if (c.mode == QLatin1String("run")) {
        if (!args.contains(QStringLiteral("--count")))
            c.count = 1200;
        return run(c, args.contains(QStringLiteral("--alone")));
    }
    std::fprintf(
        stderr, "usage: bench_shared_budget run [--count N] [--alone] [--limit N] [--window-ms MS]\n");
    return 2;
}
