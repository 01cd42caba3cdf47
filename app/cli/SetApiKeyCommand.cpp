#include "SetApiKeyCommand.h"

#include "CliCalcom.h"
#include "CliContext.h"
#include "secrets/ApiKeyFormat.h"
#include "secrets/ApiKeyJob.h"
#include "secrets/ApiKeyStore.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace salon::cli
{

void SetApiKeyCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("remove"), tr("Remove the stored key instead.")));
}

int SetApiKeyCommand::run(CliContext& context, const QCommandLineParser& options)
{
    // Never echo what was given: it may be the key.
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(
            tr("set-api-key never takes the key from the command line, where the process list and the "
               "shell history would show it; pipe it in on standard input, e.g. from a password manager."));
    const auto baseUrl = CliCalcom::baseUrl(context);
    if (!baseUrl)
        return context.cannotRun(baseUrl.error());
    ApiKeyStore store;
    std::unique_ptr<ApiKeyJob> job;
    if (options.isSet(QStringLiteral("remove"))) {
        job.reset(store.removeKey(*baseUrl));
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.cannotRun(tr("Cannot read the API key from standard input."));
        const QString key = QString::fromUtf8(input.readLine(4096)).trimmed();
        if (key.isEmpty())
            return context.cannotRun(
                tr("No API key on standard input; pipe it in, e.g. from a password manager."));
        if (const QString problem = ApiKeyFormat::problem(key, tr("on standard input")); !problem.isEmpty())
            return context.cannotRun(problem);
        job.reset(store.writeKey(*baseUrl, key));
    }
    if (!job->waitForFinished(30000))
        return context.cannotRun(tr("The keychain did not answer in time."));
    if (!job->errorString().isEmpty())
        return context.cannotRun(job->errorString());
    if (context.json)
        context.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("baseUrl"), baseUrl->toString() } });
    else
        context.out() << (options.isSet(QStringLiteral("remove"))
                ? tr("Removed the API key for %1 from the keychain.")
                : tr("Stored the API key for %1 in the keychain."))
                             .arg(baseUrl->toString())
                      << Qt::endl;
    return ExitDone;
}

} // namespace salon::cli
