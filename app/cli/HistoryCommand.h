#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli history [--since DATE] [--run RUN_ID] [--csv] [--json]: the audit log grouped by run
// (core/history): when, who, what, and before/after as the fields that changed; --json has every entry in
// full, --csv one row per entry. Exit 0, or 2 when it could not run.
class HistoryCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(salon::cli::HistoryCommand)
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override { return tr("Show the audit log by run (what changed, when, who)."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
