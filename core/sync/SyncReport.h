#pragma once

#include "PhaseResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace salon::sync
{

// The outcome of a sync run, phase by phase, in the order the phases finished.
struct SyncReport {
    Q_DECLARE_TR_FUNCTIONS(SyncReport)
public:
    QList<PhaseResult> phases;
    bool cancelled = false;
    bool dryRun = false;
    // Set when the run stopped on a cause of its own (SyncErrorAdvice::stopsRun): the key was refused, the
    // database could not be used. The phases not reached keep their status.
    QString runError;

    int count(PhaseStage stage) const;
    // Every phase synced, skipped (or, in a dry run, planned), and the run was not stopped.
    bool allOk() const;
    // The earliest heldSince of the phases another run holds (invalid when none is known).
    QDateTime oldestHeldSince() const;
    bool anyFailed() const;
    const PhaseResult* find(qint64 phaseId) const;
    // One line: "4 synced, 1 skipped, 0 failed".
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace salon::sync
