#include "UndoFacts.h"

#include "UndoActions.h"

namespace salon::history
{

QList<qint64> UndoFacts::createdEventTypeIds() const
{
    QList<qint64> ids;
    for (const AuditEntry& e : entries) {
        if (e.action != UndoActions::kWizardCreate)
            continue;
        const qint64 id = e.after.value(QStringLiteral("eventTypeId")).toInteger();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace salon::history
