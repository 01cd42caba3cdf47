#pragma once

#include <QString>

namespace salon::history
{

// The audit actions undo-run reads and writes, in one place (the wizard's come from
// eventtypes::EventTypeRepository and must stay equal to them).
struct UndoActions {
    static inline const QString kWizardCreate = QStringLiteral("event-type.create");
    static inline const QString kWizardAdopt = QStringLiteral("event-type.adopt");
    static inline const QString kWizardRetire = QStringLiteral("event-type.retire-managed");
    // Written by undo-run: a map row put back, an event type the run had created deleted again.
    static inline const QString kMapRestored = QStringLiteral("event-map.undo");
    static inline const QString kTypeDeleted = QStringLiteral("event-type.undo-delete");
    // after_json key of undo entries naming the run they undid.
    static inline const QString kUndoOfKey = QStringLiteral("undoOf");
};

} // namespace salon::history
