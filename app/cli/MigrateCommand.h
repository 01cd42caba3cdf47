#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// Creates or updates the database schema; running it again changes nothing.
class MigrateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override { return tr("Create or update the database schema (idempotent)."); }
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
