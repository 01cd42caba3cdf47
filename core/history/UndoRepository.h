#pragma once

#include "UndoFacts.h"
#include "UndoItem.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace salon::history
{

// undo-run's database work (in the thread that owns the connection): what the run did and how the rows
// it touched look now, and the writes of an undo — each map row put back in its own transaction with its
// audit entry, which names the undo's run id and (after_json.undoOf) the run it undid.
class UndoRepository
{
    Q_DECLARE_TR_FUNCTIONS(salon::history::UndoRepository)
public:
    explicit UndoRepository(QSqlDatabase db);

    // The run's entries, every retired event type, and the current state of the map rows the run touched
    // (UndoFacts without the Cal.com part). An unknown run is an error naming it.
    Expected<UndoFacts, QString> loadFacts(const QString& runId) const;

    // Puts the row back (or deletes the row the run inserted) if it still points at item.runEventTypeId;
    // a row changed meanwhile is an error and nothing is written.
    Expected<Done, QString> revertMapRow(
        const UndoItem& item, const QString& actor, const QString& undoRunId, const QString& undoneRunId);
    Expected<Done, QString> auditEventTypeDeleted(const UndoItem& item, qint64 teamId, const QString& actor,
        const QString& undoRunId, const QString& undoneRunId);

private:
    QSqlDatabase m_db;
};

} // namespace salon::history
