#include "FaultPlan.h"

namespace salon::sandbox
{

namespace
{

// The order in which one uniform draw is mapped onto the kinds (part of the determinism contract).
constexpr FaultKind kDrawOrder[] = { FaultKind::Reset, FaultKind::Html502, FaultKind::Error500,
    FaultKind::Bare500, FaultKind::Created500, FaultKind::Malformed };

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool parseProbability(const QString& text, double* out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    *out = value;
    return true;
}

} // namespace

std::optional<FaultPlan> FaultPlan::parse(const QString& spec, QString* error)
{
    FaultPlan plan;
    double total = 0;
    for (const QString& rawItem : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            fail(error, QStringLiteral("fault spec: '%1' is not key=value").arg(item));
            return std::nullopt;
        }
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == u"seed") {
            plan.setSeed(value.toULongLong(&ok));
        } else if (key == u"latency") {
            plan.setLatency(value.toInt(&ok));
            ok = ok && plan.m_latencyMs >= 0;
        } else if (key == u"spike") {
            const QStringList parts = value.split(u':');
            double p = 0;
            ok = parts.size() == 2 && parseProbability(parts[0], &p);
            const int ms = ok ? parts[1].toInt(&ok) : 0;
            if (ok)
                plan.setSpike(p, ms);
        } else if (key == u"routes") {
            plan.setRoutes(value.split(u'|', Qt::SkipEmptyParts));
        } else if (key == u"methods") {
            plan.setMethods(value.toUpper().split(u'|', Qt::SkipEmptyParts));
        } else if (const auto kind = kindFromName(key)) {
            double p = 0;
            ok = parseProbability(value, &p);
            if (ok) {
                plan.setProbability(*kind, p);
                total += p;
            }
        } else {
            fail(error, QStringLiteral("fault spec: unknown key '%1'").arg(key));
            return std::nullopt;
        }
        if (!ok) {
            fail(error, QStringLiteral("fault spec: bad value in '%1'").arg(item));
            return std::nullopt;
        }
    }
    if (total > 1.0 + 1e-9) {
        fail(error, QStringLiteral("fault spec: the fault probabilities add up to more than 1"));
        return std::nullopt;
    }
    return plan;
}

void FaultPlan::setSeed(quint64 seed)
{
    m_seed = seed;
    m_random.seed(seed);
}

void FaultPlan::setProbability(FaultKind kind, double probability)
{
    for (auto& entry : m_probabilities)
        if (entry.first == kind) {
            entry.second = probability;
            return;
        }
    m_probabilities.append({ kind, probability });
}

double FaultPlan::probability(FaultKind kind) const
{
    for (const auto& entry : m_probabilities)
        if (entry.first == kind)
            return entry.second;
    return 0;
}

void FaultPlan::setSpike(double probability, int ms)
{
    m_spikeProbability = probability;
    m_spikeMs = ms;
}

void FaultPlan::scriptNext(FaultKind kind, int count, const QString& pathSubstring, const QString& method)
{
    for (int i = 0; i < count; ++i)
        m_scripted.append(Scripted { kind, pathSubstring, method.toUpper() });
}

void FaultPlan::clear()
{
    *this = FaultPlan();
}

bool FaultPlan::affects(const QString& method, const QString& path) const
{
    if (!m_methods.isEmpty() && !m_methods.contains(method))
        return false;
    if (m_routes.isEmpty())
        return true;
    for (const QString& route : m_routes)
        if (path.contains(route))
            return true;
    return false;
}

FaultDecision FaultPlan::decide(const QString& method, const QString& path)
{
    FaultDecision decision;
    decision.extraLatencyMs = m_latencyMs;
    for (qsizetype i = 0; i < m_scripted.size(); ++i) {
        const Scripted& s = m_scripted[i];
        if ((s.method.isEmpty() || s.method == method) && path.contains(s.pathSubstring)) {
            decision.kind = s.kind;
            m_scripted.removeAt(i);
            return decision;
        }
    }
    if (!affects(method, path))
        return decision;
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    if (!m_probabilities.isEmpty()) {
        const double draw = uniform(m_random);
        double cumulative = 0;
        for (const FaultKind kind : kDrawOrder) {
            cumulative += probability(kind);
            if (draw < cumulative) {
                decision.kind = kind;
                break;
            }
        }
    }
    if (m_spikeProbability > 0 && uniform(m_random) < m_spikeProbability)
        decision.extraLatencyMs += m_spikeMs;
    return decision;
}

QString FaultPlan::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return {};
    case FaultKind::Reset:
        return QStringLiteral("reset");
    case FaultKind::Html502:
        return QStringLiteral("html502");
    case FaultKind::Error500:
        return QStringLiteral("500");
    case FaultKind::Bare500:
        return QStringLiteral("bare500");
    case FaultKind::Created500:
        return QStringLiteral("created500");
    case FaultKind::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

std::optional<FaultKind> FaultPlan::kindFromName(const QString& name)
{
    for (const FaultKind kind : kDrawOrder)
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace salon::sandbox
