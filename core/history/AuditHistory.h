#pragma once

#include "AuditEntry.h"
#include "RunSummary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace salon::history
{

// What History shows: the audit entries of a period (or one run) and the runs they belong to, with
// exports as text (for people), CSV (one row per entry, for spreadsheets) and JSON (`history --json`).
struct AuditHistory {
    Q_DECLARE_TR_FUNCTIONS(salon::history::AuditHistory)
public:
    QList<AuditEntry> entries;
    QList<RunSummary> runs;

    static AuditHistory fromEntries(QList<AuditEntry> entries);

    // Runs newest first, each with its entries; before/after as the fields that changed.
    QString toText() const;
    // Header: at,runId,runKind,actor,action,subject,before,after (stable English tokens).
    QString toCsv() const;
    QJsonObject toJson() const;

    // "eventTypeId: 3982562 → 3990001; childEventTypeId: 3990100 → –" — the fields that differ.
    static QString changeSummary(const AuditEntry& entry);
};

} // namespace salon::history
