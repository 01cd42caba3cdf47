#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// Checks calcom_event_map (docs/event-map-integrity.md): locally, and with --remote against Cal.com.
// Exit 0 clean, 1 findings, 2 could not run. --json lists the findings.
class VerifyEventMapsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyEventMapsCommand)
public:
    QString name() const override { return QStringLiteral("verify-event-maps"); }
    QString summary() const override
    {
        return tr("Check the Cal.com event map for rows that would break bookings.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
