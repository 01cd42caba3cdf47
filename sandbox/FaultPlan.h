#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace salon::sandbox
{

enum class FaultKind {
    None,
    Reset, // connection reset, no answer at all
    Html502, // a proxy's HTML "502 Bad Gateway" page; nothing was processed
    Error500, // 500 in Cal.com's envelope; nothing was processed
    Bare500, // NestJS's bare {"statusCode":500,"message":"Internal server error"}; nothing processed
    Created500, // processed and persisted, but answered 500 (Cal.com issue #19796)
    Malformed, // processed, but the JSON body is cut off
};

struct FaultDecision {
    FaultKind kind = FaultKind::None;
    int extraLatencyMs = 0;
};

// Which requests go wrong and how. Deterministic: the same seed and the same sequence of matching requests
// give the same faults. SPEC (docs/sandbox.md), comma-separated key=value:
//   seed=N  500=P  bare500=P  html502=P  malformed=P  reset=P  created500=P  (P = probability 0..1, sum <= 1)
//   latency=MS  spike=P:MS  routes=a|b (path substrings)  methods=POST|PATCH
// At most one of the kinds hits a request (one draw); latency and spikes add to any answer.
class FaultPlan
{
public:
    static std::optional<FaultPlan> parse(const QString& spec, QString* error = nullptr);

    void setSeed(quint64 seed);
    void setProbability(FaultKind kind, double probability);
    double probability(FaultKind kind) const;
    void setLatency(int ms) { m_latencyMs = ms; }
    void setSpike(double probability, int ms);
    // Only requests whose path contains one of these substrings are affected (empty = all).
    void setRoutes(const QStringList& routes) { m_routes = routes; }
    // Only these methods are affected (empty = all).
    void setMethods(const QStringList& methods) { m_methods = methods; }
    // Forces `kind` on the next `count` requests whose path contains `pathSubstring` (empty = any) and whose
    // method is `method` (empty = any), ahead of the probabilities. For tests.
    void scriptNext(
        FaultKind kind, int count = 1, const QString& pathSubstring = {}, const QString& method = {});
    void clear();

    FaultDecision decide(const QString& method, const QString& path);

    static QString kindName(FaultKind kind);
    static std::optional<FaultKind> kindFromName(const QString& name);

private:
    struct Scripted {
        FaultKind kind;
        QString pathSubstring;
        QString method;
    };
    bool affects(const QString& method, const QString& path) const;

    QList<QPair<FaultKind, double>> m_probabilities;
    double m_spikeProbability = 0;
    int m_spikeMs = 0;
    int m_latencyMs = 0;
    QStringList m_routes;
    QStringList m_methods;
    QList<Scripted> m_scripted;
    quint64 m_seed = 0;
    std::mt19937_64 m_random { 0 };
};

} // namespace salon::sandbox
