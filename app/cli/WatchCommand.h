#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli watch [--interval S] [--once]: looks for changes made in Cal.com since the last look
// (drift::ChangeWatch; the point is stored in the database, so cron and the desktop share it) and reports
// them with their proposals. Changes nothing. Exit 0 nothing needs attention, 1 something does (--once), 2
// could not run, 130/143 stopped by a signal between looks.
class WatchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    static constexpr int kDefaultIntervalSeconds = 300;

    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override
    {
        return tr("Report changes made in Cal.com since the last look, again every few minutes.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
