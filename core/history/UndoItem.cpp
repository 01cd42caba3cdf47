#include "UndoItem.h"

namespace salon::history
{

QString UndoItem::stateName() const
{
    switch (state) {
    case State::Planned:
        return QStringLiteral("planned");
    case State::NothingToDo:
        return QStringLiteral("nothing-to-do");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString UndoItem::actionName() const
{
    switch (action) {
    case Action::RevertMapRow:
        return QStringLiteral("revert-map-row");
    case Action::NotRestorable:
        return QStringLiteral("not-restorable");
    case Action::NotUndoable:
        return QStringLiteral("not-undoable");
    }
    return {};
}

QString UndoItem::describe() const
{
    if (action != Action::RevertMapRow)
        return QStringLiteral("%1 %2").arg(entryAction, subject);
    QStringList parts;
    if (previousEventTypeId)
        parts.append(tr("back to event type %1").arg(*previousEventTypeId));
    else
        parts.append(tr("remove the row (the run added it)"));
    if (deleteEventType)
        parts.append(tr("delete event type %1").arg(runEventTypeId));
    else
        parts.append(tr("keep event type %1 (it existed before the run)").arg(runEventTypeId));
    return tr("map row %1 (%2): %3").arg(mapRowId).arg(title, parts.join(QStringLiteral("; ")));
}

QJsonObject UndoItem::toJson() const
{
    auto optional = [](const std::optional<qint64>& v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
    QJsonObject o { { QStringLiteral("entryId"), double(entryId) },
        { QStringLiteral("entryAction"), entryAction }, { QStringLiteral("subject"), subject },
        { QStringLiteral("action"), actionName() }, { QStringLiteral("state"), stateName() },
        { QStringLiteral("reason"), reason } };
    if (action == Action::RevertMapRow) {
        o.insert(QStringLiteral("mapRowId"), double(mapRowId));
        o.insert(QStringLiteral("title"), title);
        o.insert(QStringLiteral("runEventTypeId"), double(runEventTypeId));
        o.insert(QStringLiteral("previousEventTypeId"), optional(previousEventTypeId));
        o.insert(QStringLiteral("previousChildEventTypeId"), optional(previousChildId));
        o.insert(QStringLiteral("deleteEventType"), deleteEventType);
        o.insert(QStringLiteral("mapReverted"), mapReverted);
        o.insert(QStringLiteral("eventTypeDeleted"), eventTypeDeleted);
    }
    return o;
}

} // namespace salon::history
