#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// `sandbox`: serves a local simulated Cal.com (salon_sandbox) until SIGINT/SIGTERM; prints its base URL as
// the first line of stdout. See docs/sandbox.md.
class SandboxCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override { return tr("Serve a local Cal.com simulator for tests and demos."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
