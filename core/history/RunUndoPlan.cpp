#include "RunUndoPlan.h"

#include <QJsonArray>

namespace salon::history
{

int RunUndoPlan::count(UndoItem::State state) const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [state](const UndoItem& i) { return i.state == state; }));
}

int RunUndoPlan::problemCount() const
{
    return count(UndoItem::State::Refused) + count(UndoItem::State::Failed);
}

QString RunUndoPlan::toText(bool dryRun) const
{
    QStringList lines;
    for (const UndoItem& item : items) {
        QString state;
        switch (item.state) {
        case UndoItem::State::Planned:
            state = dryRun ? tr("WOULD UNDO") : tr("PLANNED");
            break;
        case UndoItem::State::NothingToDo:
            state = tr("ALREADY UNDONE");
            break;
        case UndoItem::State::Refused:
            state = item.action == UndoItem::Action::RevertMapRow ? tr("REFUSED") : tr("NOT UNDONE");
            break;
        case UndoItem::State::Done:
            state = tr("UNDONE");
            break;
        case UndoItem::State::Failed:
            state = tr("FAILED");
            break;
        }
        lines.append(QStringLiteral("%1  %2").arg(state, -14).arg(item.describe()));
        if (!item.reason.isEmpty())
            lines.append(QStringLiteral("      ") + item.reason);
    }
    const QString summary = dryRun
        ? tr("Undo of %1 (dry run): %2 to undo, %3 already undone, %4 refused or not undoable. Nothing was "
             "changed.")
              .arg(runId)
              .arg(plannedCount())
              .arg(count(UndoItem::State::NothingToDo))
              .arg(problemCount())
        : tr("Undo of %1: %2 undone, %3 already undone, %4 refused or not undoable, %5 failed.")
              .arg(runId)
              .arg(count(UndoItem::State::Done))
              .arg(count(UndoItem::State::NothingToDo))
              .arg(count(UndoItem::State::Refused))
              .arg(count(UndoItem::State::Failed));
    lines.append(summary);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject RunUndoPlan::toJson() const
{
    QJsonArray list;
    for (const UndoItem& item : items)
        list.append(item.toJson());
    return QJsonObject { { QStringLiteral("runId"), runId }, { QStringLiteral("teamId"), double(teamId) },
        { QStringLiteral("items"), list }, { QStringLiteral("planned"), plannedCount() },
        { QStringLiteral("done"), count(UndoItem::State::Done) },
        { QStringLiteral("nothingToDo"), count(UndoItem::State::NothingToDo) },
        { QStringLiteral("refused"), count(UndoItem::State::Refused) },
        { QStringLiteral("failed"), count(UndoItem::State::Failed) } };
}

} // namespace salon::history
