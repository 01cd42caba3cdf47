#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace salon::history
{

// One audit entry of a run and what undoing it does (RunUndoPlan). A wizard create/adopt entry becomes
// RevertMapRow: put the map row back to its value before the run (or delete the row the run inserted)
// and, for a create, delete the event type the run created. A retire entry is NotRestorable (Cal.com
// cannot bring back a deleted event type); anything else is NotUndoable.
struct UndoItem {
    Q_DECLARE_TR_FUNCTIONS(salon::history::UndoItem)
public:
    enum class Action { RevertMapRow, NotRestorable, NotUndoable };
    enum class State {
        Planned, // will be done
        NothingToDo, // already undone (an earlier undo-run, or by hand)
        Refused, // not done, `reason` says why
        Done,
        Failed, // tried; `reason` says what went wrong (partly done: see mapReverted)
    };

    qint64 entryId = 0;
    QString entryAction;
    QString subject;
    Action action = Action::NotUndoable;
    State state = State::Refused;
    QString reason; // for people: why refused, what was done, or a note

    // RevertMapRow
    qint64 mapRowId = 0;
    QString title; // the event type's title as the run created it
    qint64 runEventTypeId = 0; // what the run pointed the row at
    std::optional<qint64> previousEventTypeId; // nullopt: the run inserted the row, undo deletes it
    std::optional<qint64> previousChildId;
    bool previousWasManagedParent = false;
    bool deleteEventType = false; // the run created runEventTypeId (not adopted)
    bool revertMap = false; // the row still needs reverting (false when it is back already)
    bool mapReverted = false; // progress while running
    bool eventTypeDeleted = false;

    bool isFinal() const { return state != State::Planned; }
    QString stateName() const; // "planned", "nothing-to-do", "refused", "done", "failed"
    QString actionName() const; // "revert-map-row", "not-restorable", "not-undoable"
    // One line for people, e.g. "map row 7 (Ansatzfärbung-Segment A-Fabian Spitzer): back to event type
    // 3982562; delete event type 3990001".
    QString describe() const;
    QJsonObject toJson() const;
};

} // namespace salon::history
