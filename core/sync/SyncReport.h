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

    int count(PhaseStage stage) const;
    // Every phase synced, skipped (or, in a dry run, planned).
    bool allOk() const;
    bool anyFailed() const;
    const PhaseResult* find(qint64 phaseId) const;
    // One line: "4 synced, 1 skipped, 0 failed".
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace salon::sync
