#pragma once

#include "UndoItem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace salon::history
{

// What undo-run would do (or did) for one run, item by item (UndoItem).
struct RunUndoPlan {
    Q_DECLARE_TR_FUNCTIONS(salon::history::RunUndoPlan)
public:
    QString runId;
    qint64 teamId = 0;
    QList<UndoItem> items;

    int count(UndoItem::State state) const;
    // Items that still have something to do.
    int plannedCount() const { return count(UndoItem::State::Planned); }
    // Refused, failed, not-restorable or not-undoable items: what undo did not (or cannot) take back.
    int problemCount() const;

    // One line per item and a summary; `dryRun` words it as "would".
    QString toText(bool dryRun) const;
    QJsonObject toJson() const;
};

} // namespace salon::history
