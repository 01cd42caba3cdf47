#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli reconcile [--from DATE] [--to DATE]: compares the synced phases of the period with
// Cal.com's bookings and lists the drift (cancelled, rescheduled, missing, moved, another host, booked
// twice). Changes nothing. Exit 0 no drift, 1 drift found, 2 could not run.
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
};

} // namespace salon::cli
