#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli snapshot-calcom --out FILE.json [--from DATE] [--to DATE]: reads the key's team from
// Cal.com with GET requests only (core/rehearsal/CalcomSnapshotJob) and writes it as a sandbox state file
// that `sandbox --state FILE.json` and `rehearse --snapshot FILE.json` serve; never writes an API key.
// Prints what it could not see. Exit 0 when written, 2 when it could not run.
class SnapshotCalcomCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(salon::cli::SnapshotCalcomCommand)
public:
    QString name() const override { return QStringLiteral("snapshot-calcom"); }
    QString summary() const override
    {
        return tr("Save a read-only copy of the Cal.com team as a sandbox state file.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
