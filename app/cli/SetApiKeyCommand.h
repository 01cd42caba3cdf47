#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// Stores the Cal.com API key for the base URL in the keychain. The key is read from standard input,
// never from the command line, where other users could see it in the process list.
class SetApiKeyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetApiKeyCommand)
public:
    QString name() const override { return QStringLiteral("set-api-key"); }
    QString summary() const override
    {
        return tr("Store the Cal.com API key (read from standard input) in the keychain.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
