// Benchmark: lifecycle batches at Cal.com's rate limit, scaled down (default 120 requests per 6 s window on
// the sandbox and in the client's RateLimiter, 80 ms latency), against the request floor (docs/lifecycle.md).
//
//   bench_lifecycle sick-day [--count 200]   SickDayJob: staff 0's 200 appointments (800 booked steps) of one
//                                            day go to staff 1 - one booking and one cancel per step
//   bench_lifecycle move-day [--count 200]   MoveAppointmentsJob: the same 200 appointments one day later -
//                                            one reschedule per step
//   common: [--limit 120] [--window-ms 6000] [--latency-ms 80]
//           [--concurrency N]  appointments changed at once (LifecycleOptions::concurrency; default: its own)
//
// Steps last one minute and the staff work round the clock, so one day holds 200 appointments of one staff
// member. Prints one JSON line: wall time against requests / limit * window, the 429s, the requests against
// the floor (per-step requests + one slots question per event type and day + the team's event types), and
// whether every step ended with exactly one live booking at its stored time on its staff member's type.
#include "BenchSupport.h"
#include "RateBench.h"
#include "TestDatabase.h"

#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "lifecycle/MoveAppointmentsJob.h"
#include "lifecycle/SickDayJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>

using namespace salon;
using namespace salon::bench;

namespace
{

const QDate kDay(2030, 11, 4);

// Phases whose live bookings are not exactly one, at the stored start, on the stored staff member's type.
int wrongBookings(SandboxThread& sandbox, const QSqlDatabase& db)
{
    struct Phase {
        QDateTime start;
        qint64 eventType = 0;
    };
    QHash<QString, Phase> phases;
    auto q = runSql(db,
        QStringLiteral(
            "SELECT p.id, p.starts_at, m.event_type_id FROM appointment_phases p JOIN appointments a ON "
            "a.id = p.appointment_id JOIN calcom_event_map m ON m.service_id = a.service_id AND "
            "m.segment_key = p.segment_key AND m.staff_id = p.staff_id"));
    while (q && q->next())
        phases.insert(q->value(0).toString(), { fromSqlTime(q->value(1)), q->value(2).toLongLong() });
    QHash<QString, int> live;
    int wrong = 0;
    sandbox.call([&](sandbox::SandboxServer& server) {
        for (const QJsonObject& b : server.state().bookings) {
            if (b.value(QStringLiteral("status")).toString() == QLatin1String("cancelled"))
                continue;
            const QString phase = b.value(QStringLiteral("metadata"))
                                      .toObject()
                                      .value(QStringLiteral("salonPhaseId"))
                                      .toString();
            live[phase] += 1;
            const Phase p = phases.value(phase);
            const QDateTime start
                = QDateTime::fromString(b.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs)
                      .toUTC();
            if (start != p.start || b.value(QStringLiteral("eventTypeId")).toInteger() != p.eventType)
                ++wrong;
        }
    });
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        if (live.value(it.key()) != 1)
            ++wrong;
    return wrong;
}

int run(const Config& c, int concurrency)
{
    const bool sickDay = c.mode == QLatin1String("sick-day");
    QString error;
    auto database = test::TestDatabase::create(QStringLiteral("sqlite"), &error);
    const BookedSalon salon = bookedSalon(c.count, 2, kDay, 1);
    if (!database || !importDataset(database->db(), salon.dataset, &error)) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(error));
        return 2;
    }
    auto sandboxThread = startSandbox(salon.state, c, &error);
    if (!sandboxThread) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SandboxThread& sandbox = *sandboxThread;
    auto client = makeClient(sandbox.baseUrl(), c);
    DatabaseWorker worker(database->url());

    lifecycle::LifecycleOptions options;
    options.actor = QStringLiteral("bench");
    if (concurrency > 0)
        options.concurrency = concurrency;
    lifecycle::LifecycleJob* job = nullptr;
    if (sickDay) {
        job = new lifecycle::SickDayJob(
            &worker, client.get(), kTeamId, staffUuid(0), staffUuid(1), kDay, options);
    } else {
        QList<lifecycle::MoveAppointmentsJob::Target> targets;
        auto q = runSql(database->db(), QStringLiteral("SELECT id, starts_at FROM appointments ORDER BY id"));
        while (q && q->next())
            targets.append({ q->value(0).toLongLong(), fromSqlTime(q->value(1)).addDays(1) });
        job = new lifecycle::MoveAppointmentsJob(&worker, client.get(), kTeamId, targets, options);
    }
    std::unique_ptr<lifecycle::LifecycleJob> owner(job);
    QElapsedTimer wall;
    wall.start();
    if (!job->waitForFinished(3600000) || job->hasError()) {
        std::fprintf(stderr, "job: %s\n", qPrintable(job->errorString()));
        return 2;
    }
    const qint64 wallMs = wall.elapsed();
    const LogFigures log = logFigures(sandbox);
    const int steps = c.count * 4;
    // The floor: the per-step requests, one slots question per (event type, day) - four event types, one
    // day - and the team's event types once.
    const int floor = steps * (sickDay ? 2 : 1) + 4 + 1;
    QJsonObject fields = timing(c, wallMs, log);
    fields.insert(QStringLiteral("appointments"), c.count);
    fields.insert(QStringLiteral("concurrency"), options.concurrency);
    fields.insert(QStringLiteral("steps"), steps);
    fields.insert(QStringLiteral("done"), job->report().count(lifecycle::AppointmentOutcome::Result::Done));
    fields.insert(QStringLiteral("requestFloor"), floor);
    fields.insert(QStringLiteral("requestRatio"), double(log.requests) / floor);
    const int wrong = wrongBookings(sandbox, database->db());
    fields.insert(QStringLiteral("wrongBookings"), wrong);
    printResult(
        sickDay ? QStringLiteral("lifecycle-sick-day") : QStringLiteral("lifecycle-move-day"), fields);
    return job->report().allOk() && wrong == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Config c = configFromArguments(app.arguments());
    if (!app.arguments().contains(QStringLiteral("--count")))
        c.count = 200;
    if (c.mode != QLatin1String("sick-day") && c.mode != QLatin1String("move-day")) {
        std::fprintf(stderr,
            "usage: bench_lifecycle sick-day|move-day [--count N] [--limit N] [--window-ms MS] "
            "[--latency-ms MS] [--concurrency N]\n");
        return 2;
    }
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--concurrency"));
    return run(c, at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 0);
}
