#include "CancelAppointmentCommand.h"

#include "CliContext.h"
#include "LifecycleCli.h"
#include "lifecycle/CancelAppointmentsJob.h"

namespace salon::cli
{

void CancelAppointmentCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ID"), tr("Appointment to cancel (one or more)."), QStringLiteral("ID..."));
    parser.addOption(QCommandLineOption(QStringLiteral("reason"),
        tr("Why, as Cal.com tells the customer (default: \"%1\").")
            .arg(lifecycle::CancelAppointmentsJob::defaultReason()),
        QStringLiteral("text")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), tr("Show what would be cancelled; change nothing.")));
}

int CancelAppointmentCommand::run(CliContext& context, const QCommandLineParser& options)
{
    QString bad;
    const QList<qint64> ids = LifecycleCli::ids(options.positionalArguments(), &bad);
    if (!bad.isEmpty())
        return context.cannotRun(tr("cancel-appointment needs appointment ids, not \"%1\"").arg(bad));
    if (ids.isEmpty())
        return context.cannotRun(tr("cancel-appointment needs at least one appointment id"));
    const QString reason = options.value(QStringLiteral("reason"));
    return LifecycleCli::run(context, options.isSet(QStringLiteral("dry-run")),
        [&](DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
            const lifecycle::LifecycleOptions& o) {
            return new lifecycle::CancelAppointmentsJob(worker, client, teamId, ids, reason, o);
        });
}

} // namespace salon::cli
