#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace salon::history
{

// One run as history lists it: its id and kind, who ran it, when it started and ended, and what it did
// (how many entries of each action). Entries without a run id (older than schema 6) form one pseudo-run
// with an empty id.
struct RunSummary {
    Q_DECLARE_TR_FUNCTIONS(salon::history::RunSummary)
public:
    QString runId;
    QString kind; // RunId::kindOf(runId); empty for the entries without a run id
    QStringList actors;
    QDateTime firstAt;
    QDateTime lastAt;
    int entryCount = 0;
    QMap<QString, int> actions;
    QString undoneBy; // the undo run that undid it, if any (from that run's "undoOf")

    // A wizard run: it created or adopted event types, which undo-run can take back.
    bool isUndoable() const;
    // "event-type wizard", "sync", ... in the user's language.
    QString kindLabel() const;
    QJsonObject toJson() const;

    // In the order of each run's first entry.
    static QList<RunSummary> fromEntries(const QList<AuditEntry>& entries);
    static QString kindLabel(const QString& kind);
};

} // namespace salon::history
