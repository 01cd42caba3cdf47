#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli reassign --phase ID... --staff UUID | --appointment ID --staff UUID
//                          | --from-staff UUID --to-staff UUID --on DATE [--dry-run]
// Hands steps to another staff member (core/lifecycle/RestaffJob, SickDayJob): the new staff member's event
// type from the event map (none -> refused, the event type wizard makes it), the new booking first, then the
// old one cancelled; each appointment all or nothing. Exit 0 done, 1 something refused or put back, 2 could
// not run.
class ReassignCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReassignCommand)
public:
    QString name() const override { return QStringLiteral("reassign"); }
    QString summary() const override
    {
        return tr("Hand steps, an appointment or a staff member's day to another staff member.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
