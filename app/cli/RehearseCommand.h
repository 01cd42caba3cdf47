#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli rehearse --snapshot FILE.json [--keep DIR] [--csv FILE] [--apply [--yes]]
//     -- COMMAND [ARGS…] [-- COMMAND …]:
// runs commands against a copy of the database and a sandbox playing the snapshot, then prints what would
// change (core/rehearsal/DifferenceReport). The real database is only read (copied: SQLite VACUUM INTO,
// PostgreSQL export/import into a temporary SQLite file); the real Cal.com account is not contacted at all:
// each command runs as `salon-admin-cli --db sqlite:COPY --calcom-url SANDBOX --team-id TEAM COMMAND …`
// with the sandbox's own generated key. With --apply, after the report and a question (or --yes), the same
// commands run against the real database and account, each planned afresh there; only when every rehearsed
// command succeeded. Exit: the worst exit code of the commands (2 also when the rehearsal itself could
// not run; 1 when --apply was declined).
class RehearseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(salon::cli::RehearseCommand)
public:
    QString name() const override { return QStringLiteral("rehearse"); }
    QString summary() const override
    {
        return tr("Run commands on a copy against a sandbox of a snapshot; print what would change.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
