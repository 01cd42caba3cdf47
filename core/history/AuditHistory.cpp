#include "AuditHistory.h"

#include "CsvText.h"
#include "RunId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace salon::history
{

namespace
{
QString compact(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("–");
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString when(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

AuditHistory AuditHistory::fromEntries(QList<AuditEntry> entries)
{
    AuditHistory h;
    h.runs = RunSummary::fromEntries(entries);
    h.entries = std::move(entries);
    return h;
}

QString AuditHistory::changeSummary(const AuditEntry& entry)
{
    QStringList keys = entry.before.keys();
    for (const QString& k : entry.after.keys())
        if (!keys.contains(k))
            keys.append(k);
    QStringList parts;
    for (const QString& k : keys) {
        const QJsonValue b = entry.before.value(k);
        const QJsonValue a = entry.after.value(k);
        if (b == a)
            continue;
        if (entry.before.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(k, compact(a)));
        else
            parts.append(QStringLiteral("%1: %2 → %3").arg(k, compact(b), compact(a)));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditHistory::toText() const
{
    QStringList lines;
    for (qsizetype r = runs.size() - 1; r >= 0; --r) {
        const RunSummary& run = runs.at(r);
        QStringList counts;
        for (auto it = run.actions.cbegin(); it != run.actions.cend(); ++it)
            counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        lines.append(tr("%1 — %2, %3, %4 to %5 UTC, %n entries (%6)", nullptr, run.entryCount)
                         .arg(run.runId.isEmpty() ? tr("(no run id)") : run.runId, run.kindLabel(),
                             run.actors.join(QStringLiteral(", ")), when(run.firstAt), when(run.lastAt),
                             counts.join(QStringLiteral(", "))));
        if (!run.undoneBy.isEmpty())
            lines.append(tr("  undone by %1").arg(run.undoneBy));
        for (const AuditEntry& e : entries) {
            if (e.runId != run.runId)
                continue;
            const QString change = changeSummary(e);
            lines.append(QStringLiteral("  %1  %2  %3%4")
                             .arg(when(e.at), e.action, e.subject,
                                 change.isEmpty() ? QString() : QStringLiteral("  ") + change));
        }
    }
    if (runs.isEmpty())
        lines.append(tr("No audit entries in this period."));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AuditHistory::toCsv() const
{
    QString csv = CsvText::row({ QStringLiteral("at"), QStringLiteral("runId"), QStringLiteral("runKind"),
        QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("subject"),
        QStringLiteral("before"), QStringLiteral("after") });
    for (const AuditEntry& e : entries) {
        csv += CsvText::row({ e.at.toUTC().toString(Qt::ISODateWithMs), e.runId, RunId::kindOf(e.runId),
            e.actor, e.action, e.subject, jsonText(e.before), jsonText(e.after) });
    }
    return csv;
}

QJsonObject AuditHistory::toJson() const
{
    QJsonArray runList;
    for (const RunSummary& r : runs)
        runList.append(r.toJson());
    QJsonArray entryList;
    for (const AuditEntry& e : entries)
        entryList.append(e.toJson());
    return QJsonObject { { QStringLiteral("runs"), runList }, { QStringLiteral("entries"), entryList } };
}

} // namespace salon::history
