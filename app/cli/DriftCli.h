#pragma once

#include "drift/DriftDecision.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace salon::cli
{

class CliContext;

// What reconcile and watch share about changes made in Cal.com: the --apply selection ("cancelled,
// duplicate:cancel-other" or every kind), one printed block per finding with its proposal, and the line per
// applied change.
class DriftCli
{
    Q_DECLARE_TR_FUNCTIONS(salon::cli::DriftCli)
public:
    struct Selection {
        bool all = false;
        // kind name -> the choice asked for (nullopt: the proposal's recommended one)
        QHash<QString, std::optional<drift::DriftChoice>> kinds;
    };

    // Parses --apply's value; the error names the bad part and lists what is known.
    static std::optional<Selection> parseSelection(const QString& text, QString* error);
    // The decisions for the selected items that have a proposal, in the items' order.
    static QList<drift::DriftDecision> decide(
        const QList<drift::DriftItem>& items, const Selection& selection);

    static void printItem(CliContext& context, const drift::DriftItem& item);
    static void printOutcome(CliContext& context, const drift::DriftOutcome& outcome);
    // Every kind name --apply knows, for --help.
    static QString kindNames();
};

} // namespace salon::cli
