#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli sync [--appointment ID]... [--failed] [--dry-run]: books the phases of the given
// appointments, or every failed/pending phase, in Cal.com (core/sync). Prints one line per phase as it
// finishes (--json: the whole report at the end). Exit 0 when every phase is synced or skipped, 1 when
// some failed or are held by another sync (named, with the time of the claim), 2 when it could not run
// or stopped on a run-level error (key, team, database), 130/143 when stopped by SIGINT/SIGTERM.
class SyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return tr("Book appointment phases in Cal.com (all failed/pending ones by default).");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
