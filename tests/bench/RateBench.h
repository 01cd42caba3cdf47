#pragma once
// What the rate-limit benchmarks share: their configuration, the sandbox's request log read into figures,
// a client paced like the sandbox, and the timing fields of the result line.

#include "BenchSupport.h"

#include "calcom/CalcomClient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace salon::bench
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

LogFigures logFigures(SandboxThread& sandbox);
// A client with the benchmark's budget (limit per window of c.windowMs) and the bench key.
std::unique_ptr<calcom::CalcomClient> makeClient(const QUrl& base, const Config& c);
// wallMs against requests / limit * window (the ideal) and the fixed-window floor.
QJsonObject timing(const Config& c, qint64 wallMs, const LogFigures& log);
// The sandbox on its own thread with the benchmark's rate limit (block = one window) and latency.
std::unique_ptr<SandboxThread> startSandbox(const QJsonObject& stateJson, const Config& c, QString* error);
// Parses --count, --limit, --window-ms, --latency-ms, --staff (mode = the first argument).
Config configFromArguments(const QStringList& args);
// Active bookings per metadata.salonPhaseId in the sandbox: how many phases have one, how many more.
QPair<int, int> bookedOnceAndMore(SandboxThread& sandbox);

} // namespace salon::bench
