#include "RateBench.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace salon::bench
{

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

Config configFromArguments(const QStringList& args)
{
    Config c;
    c.mode = args.value(1);
    c.count = argValue(args, QStringLiteral("--count"), QString::number(c.count)).toInt();
    c.limit = argValue(args, QStringLiteral("--limit"), QString::number(c.limit)).toInt();
    c.windowMs = argValue(args, QStringLiteral("--window-ms"), QString::number(c.windowMs)).toLongLong();
    c.latencyMs = argValue(args, QStringLiteral("--latency-ms"), QString::number(c.latencyMs)).toInt();
    c.staff = argValue(args, QStringLiteral("--staff"), QString::number(c.staff)).toInt();
    return c;
}

QPair<int, int> bookedOnceAndMore(SandboxThread& sandbox)
{
    int once = 0;
    int more = 0;
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
            (n == 1 ? once : more) += 1;
    });
    return { once, more };
}

} // namespace salon::bench
