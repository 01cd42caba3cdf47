#pragma once

#include "RunUndoPlan.h"
#include "UndoFacts.h"

#include <QCoreApplication>

namespace salon::history
{

// The rules of undo-run, without I/O. For each create/adopt entry of a wizard run: the map row goes back
// to its value before the run (a row the run inserted is removed) and an event type the run created is
// deleted — only when
//  * the row still points at what the run set (else: changed since, refused; already back: nothing to do),
//  * the row's previous event type still exists (a retired MANAGED parent cannot come back, so the row
//    keeps the new type),
//  * no booking that is not cancelled uses the created type, and no other map row points at it.
// A retire entry is never undone (Cal.com cannot restore a deleted event type); other entries are not
// undoable. Every refusal names its reason.
class RunUndoPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(salon::history::RunUndoPlanBuilder)
public:
    static RunUndoPlan build(const QString& runId, qint64 teamId, const UndoFacts& facts);

private:
    static UndoItem revertItem(const AuditEntry& entry, const UndoFacts& facts);
};

} // namespace salon::history
