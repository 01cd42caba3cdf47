// Benchmarks 3 and 4: the sync console (ui::SyncConsole, a real widget on the offscreen platform).
//
//   bench_console scale --backend sqlite|postgresql [--appointments 100000] [--save-db FILE.sqlite]
//       generates N appointments with 5 phases each (A, processing gap, B, C, D; 10 % of the appointments
//       have a failed phase) and times, through the console: opening it filtered to failed phases until
//       the counts and the first rows are there, applying a text filter, scrolling to the end (fetching
//       every chunk). The same queries in plain SQL on the GUI thread are the reference ("limit").
//   bench_console stall [--phases 2000] [--latency-ms 80] [--hold-lock-ms 0] [--hold-after-ms 300]
//       retries N failed phases from the console against the sandbox (no rate limit) and measures the
//       longest event-loop stall: a 10 ms QTimer measuring its own lateness. With --hold-lock-ms, another
//       connection (a thread of its own) holds SQLite's write lock that long, starting --hold-after-ms
//       into the run: the engine's writes wait in the worker, the window must not.
#include "BenchSupport.h"
#include "TestDatabase.h"

#include "core/calcom/CalcomClient.h"
#include "core/db/DatabaseConnection.h"
#include "core/db/DatabaseSession.h"
#include "core/db/DatabaseWorker.h"
#include "core/db/SqlStatement.h"
#include "core/sync/SyncQueueFilter.h"
#include "ui/sync/SyncConsole.h"
#include "ui/sync/SyncQueueModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace salon;
using namespace salon::bench;

namespace
{

// Spins the event loop until `done` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool generate(const QString& backend, QSqlDatabase db, int appointments, QString* error)
{
    if (!importDataset(db, datasetJson(6, 25, false, true), error))
        return false;
    const bool pg = backend == QLatin1String("postgresql");
    // Segments: position, key, staff required, offset and length in minutes.
    const QString segs = QStringLiteral(
        "SELECT 0 AS pos, 'A' AS k, 1 AS req, 0 AS off, 30 AS len UNION ALL SELECT 1, 'P', 0, 30, 30 UNION "
        "ALL "
        "SELECT 2, 'B', 1, 60, 15 UNION ALL SELECT 3, 'C', 1, 75, 30 UNION ALL SELECT 4, 'D', 1, 105, 30");
    const QString status
        = QStringLiteral("CASE WHEN s.req = 0 THEN 'skipped' WHEN a.id % 10 = 0 AND s.k = 'B' THEN 'failed' "
                         "WHEN a.id % 97 = 0 THEN 'pending' ELSE 'synced' END");
    const QString error400 = QStringLiteral(
        "CASE WHEN s.req = 1 AND a.id % 10 = 0 AND s.k = 'B' THEN 'HTTP 400 BadRequestException: User either "
        "already has "
        "booking at this time or is not available (appointment ' || a.id || ')' ELSE NULL END");
    QStringList sql;
    if (!pg) {
        sql << QStringLiteral(
            "WITH RECURSIVE seq(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM seq WHERE x < %1) "
            "INSERT INTO appointments (id, service_id, customer_name, customer_email, starts_at, status, "
            "created_at) "
            "SELECT x, 1000 + x % 25, 'Kundin ' || x, 'kundin' || x || '@bench.example', "
            "strftime('%Y-%m-%dT%H:%M:%S.000Z', '2027-01-04 06:00:00', '+' || (x * 20) || ' minutes'), "
            "'scheduled', "
            "'2026-01-01T00:00:00.000Z' FROM seq")
                   .arg(appointments)
            << QStringLiteral(
                   "INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_id, "
                   "staff_required, starts_at, "
                   "ends_at, sync_status, sync_error, sync_attempts, updated_at) "
                   "SELECT a.id * 5 + s.pos, a.id, s.k, CASE WHEN s.req = 1 THEN '00000000-0000-4000-8000-' "
                   "|| "
                   "printf('%012d', a.id % 6 + 1) END, s.req, "
                   "strftime('%Y-%m-%dT%H:%M:%S.000Z', a.starts_at, '+' || s.off || ' minutes'), "
                   "strftime('%Y-%m-%dT%H:%M:%S.000Z', a.starts_at, '+' || (s.off + s.len) || ' minutes'), ")
                + status + QStringLiteral(", ") + error400
                + QStringLiteral(", CASE WHEN s.req = 1 THEN 1 ELSE 0 END, '2026-01-01T00:00:00.000Z' "
                                 "FROM appointments a CROSS JOIN (")
                + segs + QStringLiteral(") s");
    } else {
        sql << QStringLiteral(
            "INSERT INTO appointments (id, service_id, customer_name, customer_email, starts_at, status, "
            "created_at) "
            "SELECT x, 1000 + x % 25, 'Kundin ' || x, 'kundin' || x || '@bench.example', "
            "TIMESTAMPTZ '2027-01-04 06:00:00+00' + x * INTERVAL '20 minutes', 'scheduled', "
            "TIMESTAMPTZ '2026-01-01 00:00:00+00' FROM generate_series(1, %1) AS x")
                   .arg(appointments)
            << QStringLiteral("INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_id, "
                              "staff_required, starts_at, "
                              "ends_at, sync_status, sync_error, sync_attempts, updated_at) "
                              "SELECT a.id * 5 + s.pos, a.id, s.k, CASE WHEN s.req = 1 THEN "
                              "'00000000-0000-4000-8000-' || "
                              "lpad((a.id % 6 + 1)::text, 12, '0') END, s.req = 1, "
                              "a.starts_at + s.off * INTERVAL '1 minute', a.starts_at + (s.off + s.len) * "
                              "INTERVAL '1 minute', ")
                + status + QStringLiteral(", ") + error400
                + QStringLiteral(
                    ", CASE WHEN s.req = 1 THEN 1 ELSE 0 END, TIMESTAMPTZ '2026-01-01 00:00:00+00' "
                    "FROM appointments a CROSS JOIN (")
                + segs + QStringLiteral(") s")
            << QStringLiteral("ANALYZE");
    }
    for (const QString& statement : std::as_const(sql)) {
        auto q = runSql(db, statement, {});
        if (!q) {
            *error = q.error();
            return false;
        }
    }
    return true;
}

// The console's own queries (counts + chunks of appointments, each after the last) in plain SQL; returns ms.
double plainSql(
    QSqlDatabase db, const sync::SyncQueueFilter& filter, int pages, int chunk, int* rowsOut = nullptr)
{
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    QElapsedTimer t;
    t.start();
    QVariantList values;
    auto counts = runSql(db, filter.countsSql(&values, postgres), values);
    while (counts && counts->next()) { }
    int rows = 0;
    sync::SyncQueueKey after;
    for (int page = 0; page < pages; ++page) {
        QVariantList v;
        auto q = runSql(db, filter.appointmentsSql(&v, chunk + 1, after, postgres), v);
        int n = 0;
        while (q && q->next()) {
            if (++n <= chunk)
                after = { q->value(6), q->value(0).toLongLong() };
        }
        rows += qMin(n, chunk);
        if (n <= chunk)
            break;
    }
    if (rowsOut)
        *rowsOut = rows;
    return double(t.nsecsElapsed()) / 1e6;
}

int scale(const QStringList& args)
{
    const QString backend = argValue(args, QStringLiteral("--backend"), QStringLiteral("sqlite"));
    const int appointments
        = argValue(args, QStringLiteral("--appointments"), QStringLiteral("100000")).toInt();
    QString error;
    auto database = test::TestDatabase::create(backend, &error);
    if (!database) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return 2;
    }
    QElapsedTimer gen;
    gen.start();
    if (!generate(backend, database->db(), appointments, &error)) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(error));
        return 2;
    }
    const qint64 generateMs = gen.elapsed();
    // --save-db FILE (SQLite): keep a copy of the generated database, e.g. for the start-up benchmark.
    const QString saveDb = argValue(args, QStringLiteral("--save-db"));
    if (!saveDb.isEmpty() && backend == QLatin1String("sqlite")) {
        QFile::remove(saveDb);
        auto q = runSql(database->db(), QStringLiteral("VACUUM INTO ?"), { saveDb });
        if (!q) {
            std::fprintf(stderr, "save: %s\n", qPrintable(q.error()));
            return 2;
        }
    }
    const qint64 phases
        = test::scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM appointment_phases"))
              .toLongLong();
    const qint64 failedPhases = test::scalar(database->db(),
        QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'failed'"))
                                    .toLongLong();
    const qint64 rssBefore = peakRssKiB();

    sync::SyncQueueFilter failed;
    failed.status = sync::SyncQueueFilter::Status::Failed;
    sync::SyncQueueFilter text = failed;
    text.text = QStringLiteral("kundin 4240");

    // A 10 ms timer measuring its own lateness: the longest event-loop stall of each step.
    double maxLate = 0;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        maxLate = qMax(maxLate, double(tick.nsecsElapsed()) / 1e6 - 10.0);
        tick.restart();
    });
    auto startProbe = [&] {
        maxLate = 0;
        tick.start();
        probe.start();
    };
    // Waits until no chunk is loading and none has arrived for 300 ms (the view fetches on its own).
    ui::SyncQueueModel* model = nullptr;
    auto settle = [&] {
        int rows = -1;
        while (rows != model->appointmentCount()) {
            rows = model->appointmentCount();
            if (!spinUntil([&] { return !model->isLoading(); }, 600000))
                return false;
            QElapsedTimer quiet;
            quiet.start();
            spinUntil([&] { return model->isLoading() || quiet.elapsed() > 300; }, 1000);
        }
        return true;
    };

    // 1. open, filtered to failed phases: until the counts and the first rows are there and painted
    QElapsedTimer t;
    t.start();
    startProbe();
    DatabaseSession session(database->url());
    auto console = std::make_unique<ui::SyncConsole>(&session);
    console->resize(1280, 800);
    console->show();
    console->setFilter(failed);
    model = console->model();
    if (!spinUntil([&] { return model->hasCounts() && model->appointmentCount() > 0; }, 600000)) {
        std::fprintf(stderr, "open: timed out\n");
        return 2;
    }
    QCoreApplication::processEvents();
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    const int rowsAfterOpen = model->appointmentCount();
    const int countShown = model->counts().failedPhases;
    // ... and until the console stops loading by itself (the tree view asks for chunk after chunk)
    if (!settle()) {
        std::fprintf(stderr, "open: never settled\n");
        return 2;
    }
    const double settledMs = double(t.nsecsElapsed()) / 1e6 - 300.0; // minus the quiet period
    const int rowsSettled = model->appointmentCount();
    const double openStallMs = maxLate;

    // 2. text filter
    t.restart();
    startProbe();
    console->setFilter(text);
    if (!spinUntil([&] { return model->hasCounts() && !model->isLoading(); }, 600000)) {
        std::fprintf(stderr, "filter: timed out\n");
        return 2;
    }
    QCoreApplication::processEvents();
    const double filterMs = double(t.nsecsElapsed()) / 1e6;
    const int rowsAfterFilter = model->appointmentCount();
    const double filterStallMs = maxLate;

    // 3. back to all failed and scroll to the end: from the reload to the last row in view
    auto* view = console->findChild<QTreeView*>(QStringLiteral("queueView"));
    int chunks = 0;
    t.restart();
    startProbe();
    console->setFilter(failed);
    spinUntil([&] { return model->hasCounts() && model->appointmentCount() > 0; }, 600000);
    QObject::connect(model, &ui::SyncQueueModel::loaded, [&] { ++chunks; });
    while (true) {
        // As a person would: End, and again once the next chunk has arrived (the console reads it).
        view->scrollToBottom();
        QCoreApplication::processEvents();
        if (!model->hasMoreRows() && !model->isLoading())
            break;
        console->loadRowsForViewport(); // in case the scroll bar was at its end already
        if (!spinUntil([&] { return !model->isLoading(); }, 600000)) {
            std::fprintf(stderr, "scroll: timed out\n");
            return 2;
        }
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    const double scrollEndMs = double(t.nsecsElapsed()) / 1e6;
    const int rowsAtEnd = model->appointmentCount();
    const double scrollStallMs = maxLate;
    probe.stop();

    // Reference: the same SQL, plain, on a connection of this thread.
    auto own = DatabaseConnection::open(database->url(), QStringLiteral("bench-plain"));
    if (!own) {
        std::fprintf(stderr, "plain connection: %s\n", qPrintable(own.error()));
        return 2;
    }
    const double openSqlMs = plainSql((*own)->db(), failed, 1, 200);
    const double filterSqlMs = plainSql((*own)->db(), text, 1, 200);
    int plainRows = 0;
    const double scrollSqlMs = plainSql((*own)->db(), failed, 1 << 20, 200, &plainRows);

    printResult(QStringLiteral("dbscale"),
        QJsonObject { { QStringLiteral("backend"), backend },
            { QStringLiteral("appointments"), appointments }, { QStringLiteral("phases"), phases },
            { QStringLiteral("failedPhases"), failedPhases }, { QStringLiteral("generateMs"), generateMs },
            { QStringLiteral("openMs"), openMs }, { QStringLiteral("rowsAfterOpen"), rowsAfterOpen },
            { QStringLiteral("settledMs"), settledMs }, { QStringLiteral("rowsSettled"), rowsSettled },
            { QStringLiteral("openStallMs"), openStallMs },
            { QStringLiteral("filterStallMs"), filterStallMs },
            { QStringLiteral("scrollStallMs"), scrollStallMs },
            { QStringLiteral("failedCountShown"), countShown }, { QStringLiteral("filterMs"), filterMs },
            { QStringLiteral("rowsAfterFilter"), rowsAfterFilter },
            { QStringLiteral("scrollEndMs"), scrollEndMs }, { QStringLiteral("scrollChunks"), chunks },
            { QStringLiteral("rowsAtEnd"), rowsAtEnd }, { QStringLiteral("openSqlMs"), openSqlMs },
            { QStringLiteral("filterSqlMs"), filterSqlMs }, { QStringLiteral("scrollSqlMs"), scrollSqlMs },
            { QStringLiteral("plainRows"), plainRows },
            { QStringLiteral("rssBeforeConsoleKiB"), rssBefore } });
    return rowsAtEnd == plainRows ? 0 : 1;
}

int stall(const QStringList& args)
{
    const int phases = argValue(args, QStringLiteral("--phases"), QStringLiteral("2000")).toInt();
    const int latencyMs = argValue(args, QStringLiteral("--latency-ms"), QStringLiteral("80")).toInt();
    const int holdLockMs = argValue(args, QStringLiteral("--hold-lock-ms"), QStringLiteral("0")).toInt();
    const int holdAfterMs = argValue(args, QStringLiteral("--hold-after-ms"), QStringLiteral("300")).toInt();
    const int staff = 6;
    const int services = 25;
    QString error;
    auto database = test::TestDatabase::create(QStringLiteral("sqlite"), &error);
    QJsonObject dataset = datasetJson(staff, services, true);
    dataset.insert(
        QStringLiteral("appointments"), failedAppointments(phases / int(segments().size()), staff, services));
    if (!database || !importDataset(database->db(), dataset, &error)) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(error));
        return 2;
    }
    auto state = sandbox::SandboxState::fromJson(sandboxStateJson(staff, services, true), &error);
    sandbox::SandboxOptions options;
    options.rateLimit = 1000000000;
    options.latencyMs = latencyMs;
    SandboxThread sandbox(*state, options);
    if (!state || !sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 2;
    }
    calcom::CalcomSettings settings;
    settings.baseUrl = sandbox.baseUrl();
    settings.teamId = kTeamId;
    settings.requestsPerMinute = 1000000000;
    calcom::CalcomClient client(settings);
    client.setApiKey(kApiKey);

    DatabaseSession session(database->url());
    ui::SyncConsole console(&session);
    console.resize(1280, 800);
    console.show();
    console.setCalcom(&client, kTeamId);
    console.setActor(QStringLiteral("bench"));
    console.setConfirmHandler([](const QString&) { return true; });
    sync::SyncQueueFilter failed;
    failed.status = sync::SyncQueueFilter::Status::Failed;
    console.setFilter(failed);
    ui::SyncQueueModel* model = console.model();
    spinUntil([&] { return model->hasCounts() && !model->isLoading(); }, 120000);

    // The probe: a 10 ms timer; lateness = time since the previous tick minus 10 ms.
    QList<double> lateness;
    QElapsedTimer tick;
    QElapsedTimer wall;
    double longest = 0;
    double maxStallAtMs = 0; // when the longest stall ended, from the start of the retry: where to look
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double since = double(tick.nsecsElapsed()) / 1e6;
        tick.restart();
        const double late = qMax(0.0, since - 10.0);
        if (lateness.isEmpty() || late > longest) {
            longest = late;
            maxStallAtMs = double(wall.nsecsElapsed()) / 1e6;
        }
        lateness.append(late);
    });

    bool finished = false;
    QObject::connect(&console, &ui::SyncConsole::syncFinished, [&] { finished = true; });
    // Another writer: its own thread and connection, holding the write lock (BEGIN IMMEDIATE) for a while.
    DatabaseWorker lockHolder(database->url());
    bool lockHeld = false;
    if (holdLockMs > 0) {
        QTimer::singleShot(holdAfterMs, [&] {
            lockHolder.post<bool>(
                [holdLockMs](QSqlDatabase& db) {
                    if (!runSql(db, QStringLiteral("BEGIN IMMEDIATE")))
                        return false;
                    QThread::msleep(holdLockMs);
                    return runSql(db, QStringLiteral("ROLLBACK")).has_value();
                },
                &console, [&](bool held) { lockHeld = held; });
        });
    }
    wall.start();
    tick.start();
    probe.start();
    console.retryAllFailed();
    if (!spinUntil([&] { return finished; }, 1800000)) {
        std::fprintf(stderr, "retry did not finish\n");
        return 2;
    }
    probe.stop();
    lockHolder.waitForIdle();
    QCoreApplication::processEvents();
    const qint64 wallMs = wall.elapsed();
    const qint64 stillFailed = test::scalar(database->db(),
        QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE sync_status <> 'synced'"))
                                   .toLongLong();
    std::sort(lateness.begin(), lateness.end());
    const double maxStall = lateness.isEmpty() ? 0 : lateness.last();
    const double p99
        = lateness.isEmpty() ? 0 : lateness.at(qMin(lateness.size() - 1, qsizetype(lateness.size() * 0.99)));
    const double median = lateness.isEmpty() ? 0 : lateness.at(lateness.size() / 2);
    int over50 = 0;
    for (double l : std::as_const(lateness))
        if (l > 50)
            ++over50;
    printResult(QStringLiteral("gui-stall"),
        QJsonObject { { QStringLiteral("phases"), phases }, { QStringLiteral("latencyMs"), latencyMs },
            { QStringLiteral("wallMs"), wallMs }, { QStringLiteral("maxStallMs"), maxStall },
            { QStringLiteral("maxStallAtMs"), maxStallAtMs }, { QStringLiteral("p99StallMs"), p99 },
            { QStringLiteral("medianStallMs"), median }, { QStringLiteral("stallsOver50ms"), over50 },
            { QStringLiteral("ticks"), int(lateness.size()) }, { QStringLiteral("holdLockMs"), holdLockMs },
            { QStringLiteral("lockHeld"), lockHeld }, { QStringLiteral("notSynced"), stillFailed } });
    return stillFailed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("scale"))
        return scale(args);
    if (args.value(1) == QLatin1String("stall"))
        return stall(args);
    std::fprintf(stderr,
        "usage: bench_console scale [--backend sqlite|postgresql] [--appointments N] | "
        "stall [--phases N] [--latency-ms MS] [--hold-lock-ms MS] [--hold-after-ms MS]\n");
    return 2;
}
