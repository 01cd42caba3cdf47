#include "RunSummary.h"

#include "RunId.h"
#include "UndoActions.h"

#include <QHash>
#include <QJsonArray>

namespace salon::history
{

bool RunSummary::isUndoable() const
{
    return actions.contains(UndoActions::kWizardCreate) || actions.contains(UndoActions::kWizardAdopt);
}

QString RunSummary::kindLabel() const
{
    return kindLabel(kind);
}

QString RunSummary::kindLabel(const QString& kind)
{
    if (kind == RunId::kWizard)
        return tr("event-type wizard");
    if (kind == RunId::kSync)
        return tr("sync");
    if (kind == RunId::kImport)
        return tr("import");
    if (kind == RunId::kRepair)
        return tr("event-map repair");
    if (kind == RunId::kPopulate)
        return tr("event-map populate");
    if (kind == RunId::kRetire)
        return tr("retiring MANAGED event types");
    if (kind == RunId::kPhase)
        return tr("phase change");
    if (kind == RunId::kEdit)
        return tr("edit");
    if (kind == RunId::kUndo)
        return tr("undo");
    if (kind.isEmpty())
        return tr("before run ids");
    return kind;
}

QJsonObject RunSummary::toJson() const
{
    QJsonObject actionCounts;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        actionCounts.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("runId"), runId.isEmpty() ? QJsonValue() : QJsonValue(runId) },
        { QStringLiteral("kind"), kind }, { QStringLiteral("actors"), QJsonArray::fromStringList(actors) },
        { QStringLiteral("firstAt"), firstAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("lastAt"), lastAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("entries"), entryCount }, { QStringLiteral("actions"), actionCounts },
        { QStringLiteral("undoable"), isUndoable() && undoneBy.isEmpty() },
        { QStringLiteral("undoneBy"), undoneBy.isEmpty() ? QJsonValue() : QJsonValue(undoneBy) } };
}

QList<RunSummary> RunSummary::fromEntries(const QList<AuditEntry>& entries)
{
    QList<RunSummary> runs;
    QHash<QString, qsizetype> index;
    QHash<QString, QString> undone; // run id -> the undo run that names it
    for (const AuditEntry& e : entries) {
        if (!index.contains(e.runId)) {
            index.insert(e.runId, runs.size());
            RunSummary s;
            s.runId = e.runId;
            s.kind = RunId::kindOf(e.runId);
            s.firstAt = e.at;
            runs.append(s);
        }
        RunSummary& s = runs[index.value(e.runId)];
        if (!s.actors.contains(e.actor))
            s.actors.append(e.actor);
        s.lastAt = e.at;
        ++s.entryCount;
        ++s.actions[e.action];
        const QString undoOf = e.after.value(UndoActions::kUndoOfKey).toString();
        if (!undoOf.isEmpty())
            undone.insert(undoOf, e.runId);
    }
    for (RunSummary& s : runs)
        s.undoneBy = undone.value(s.runId);
    return runs;
}

} // namespace salon::history
