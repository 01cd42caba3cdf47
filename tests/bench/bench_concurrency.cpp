// Benchmark 2: concurrency without a rate limit. N bookings (POST /v2/bookings) against the sandbox with a
// fixed latency, through one CalcomClient:
//
//   bench_concurrency parallel   [--count 2000] [--latency-ms 80]   every request started at once; Qt's
//                                QNetworkAccessManager spreads them over its 6 connections per host
//   bench_concurrency sequential [--count 2000] [--latency-ms 80]   one request at a time (a simple script)
//
// The ideal for `parallel` is ceil(N / 6) * latency, for `sequential` N * latency.
#include "BenchSupport.h"

#include "calcom/CalcomClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace salon;
using namespace salon::bench;

namespace
{

constexpr int kStaff = 20;
constexpr int kConnectionsPerHost = 6; // QNetworkAccessManager, HTTP/1.1

calcom::BookingInput bookingFor(int k)
{
    const QDateTime first(QDate(2030, 11, 4), QTime(6, 0), Qt::UTC);
    calcom::BookingInput input;
    input.eventTypeId = eventTypeIdFor(0, 0, k % kStaff); // segment A: 30 min, host staff k % kStaff
    input.start = first.addSecs(qint64(k / kStaff) * 30 * 60);
    input.attendeeName = QStringLiteral("Kundin %1").arg(k);
    input.attendeeEmail = QStringLiteral("kundin-%1@bench.example").arg(k);
    input.attendeeLanguage = QStringLiteral("de");
    input.metadata = QJsonObject { { QStringLiteral("salonPhaseId"), QString::number(k + 1) } };
    return input;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const int count = argValue(args, QStringLiteral("--count"), QStringLiteral("2000")).toInt();
    const int latencyMs = argValue(args, QStringLiteral("--latency-ms"), QStringLiteral("80")).toInt();
    if (mode != QLatin1String("parallel") && mode != QLatin1String("sequential")) {
        std::fprintf(stderr, "usage: bench_concurrency parallel|sequential [--count N] [--latency-ms MS]\n");
        return 2;
    }

    QString error;
    auto state = sandbox::SandboxState::fromJson(sandboxStateJson(kStaff, 1, true), &error);
    if (!state) {
        std::fprintf(stderr, "sandbox state: %s\n", qPrintable(error));
        return 2;
    }
    sandbox::SandboxOptions options;
    options.rateLimit = 1000000000; // no limit
    options.latencyMs = latencyMs;
    SandboxThread sandbox(*state, options);
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    calcom::CalcomSettings settings;
    settings.baseUrl = sandbox.baseUrl();
    settings.teamId = kTeamId;
    settings.requestsPerMinute = 1000000000;
    settings.timeoutMs = 120000;
    calcom::CalcomClient client(settings);
    client.setApiKey(kApiKey);

    int done = 0;
    int failed = 0;
    QString firstError;
    QEventLoop loop;
    std::function<void(int)> send;
    send = [&](int k) {
        auto* job = client.createBooking(bookingFor(k));
        QObject::connect(job, &calcom::CalcomJob::finished, &loop, [&, job, k] {
            if (job->hasError()) {
                ++failed;
                if (firstError.isEmpty())
                    firstError = job->error().details();
            }
            if (++done == count)
                loop.quit();
            else if (mode == QLatin1String("sequential"))
                send(k + 1);
        });
    };
    QElapsedTimer wall;
    wall.start();
    if (mode == QLatin1String("parallel")) {
        for (int k = 0; k < count; ++k)
            send(k);
    } else {
        send(0);
    }
    loop.exec();
    const qint64 wallMs = wall.elapsed();

    int requests = 0;
    int booked = 0;
    sandbox.call([&](sandbox::SandboxServer& server) {
        requests = server.log().size();
        booked = int(server.state().bookings.size());
    });
    const double idealMs = mode == QLatin1String("parallel")
        ? std::ceil(double(count) / kConnectionsPerHost) * latencyMs
        : double(count) * latencyMs;
    QJsonObject fields { { QStringLiteral("mode"), mode }, { QStringLiteral("count"), count },
        { QStringLiteral("latencyMs"), latencyMs }, { QStringLiteral("wallMs"), wallMs },
        { QStringLiteral("idealMs"), idealMs }, { QStringLiteral("ratio"), double(wallMs) / idealMs },
        { QStringLiteral("requests"), requests }, { QStringLiteral("booked"), booked },
        { QStringLiteral("failed"), failed } };
    if (!firstError.isEmpty())
        fields.insert(QStringLiteral("firstError"), firstError);
    printResult(QStringLiteral("concurrency-") + mode, fields);
    return failed == 0 ? 0 : 1;
}
