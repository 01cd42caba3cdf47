#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// Imports a salon dataset (docs/import-format.md) in one transaction; --dry-run only validates.
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import staff, services, event maps and appointments from FILE.json.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

// Writes the whole salon dataset to FILE.json (or - for stdout).
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Export the whole salon dataset to FILE.json."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
