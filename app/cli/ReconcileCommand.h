#pragma once

#include "CliCommand.h"
#include "DriftCli.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QJsonArray;

namespace salon::drift
{
class DriftScan;
} // namespace salon::drift

namespace salon::cli
{

class CliCalcom;
class TerminationSignals;

// salon-admin-cli reconcile [--from DATE] [--to DATE] [--apply KINDS|--apply-all] [--dry-run]: compares the
// synced phases of the period with Cal.com's bookings and lists the drift (cancelled, rescheduled, missing,
// moved, another host, booked twice, untracked) with a proposal each. Without --apply it changes nothing
// (exit 0 no drift, 1 drift found); with it the chosen kinds are applied (drift::DriftApplyJob), each
// change printed and audited under one run id (exit 0 everything applied, 1 something left or failed).
class ReconcileCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)
public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString summary() const override
    {
        return tr("Compare synced phases with Cal.com's bookings and report drift.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;

private:
    static int applyDecisions(CliContext& context, const drift::DriftScan& scan,
        const DriftCli::Selection& selection, bool dryRun, TerminationSignals& termination, CliCalcom& calcom,
        const QJsonArray& items);
};

} // namespace salon::cli
