#pragma once

#include <QString>

namespace salon::history
{

// The id of one run — a wizard run, a sync batch, an import, one edit in a table — that every audit
// entry it writes carries (audit_log.run_id), so history shows a run as one thing and undo-run can find
// what it did. Text form "<kind>-<yyyyMMddTHHmmss>-<6 hex>" in UTC, e.g. "wizard-20261201T101500-3fa29c":
// short enough to type, and the kind and time readable without a lookup.
struct RunId {
    static inline const QString kWizard = QStringLiteral("wizard");
    static inline const QString kSync = QStringLiteral("sync");
    static inline const QString kImport = QStringLiteral("import");
    static inline const QString kRepair = QStringLiteral("repair");
    static inline const QString kPopulate = QStringLiteral("populate");
    static inline const QString kRetire = QStringLiteral("retire");
    static inline const QString kPhase = QStringLiteral("phase"); // one archive/resync from the console
    static inline const QString kEdit = QStringLiteral("edit"); // one edit in a table or the planner
    static inline const QString kUndo = QStringLiteral("undo");

    // A fresh id of this kind (lower-case letters; anything else is dropped), at the Clock's time.
    static QString create(const QString& kind);
    // The kind part of an id ("wizard"), empty when the text is not in the form above.
    static QString kindOf(const QString& runId);
    // Whether the text looks like an id this program made (for messages on a mistyped id).
    static bool isWellFormed(const QString& runId);
};

} // namespace salon::history
