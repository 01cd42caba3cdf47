#include "MoveAppointmentCommand.h"

#include "CliContext.h"
#include "LifecycleCli.h"
#include "lifecycle/MoveAppointmentsJob.h"

namespace salon::cli
{

void MoveAppointmentCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Appointment to move."));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
        tr("New start, ISO 8601 with an offset or Z (2030-11-26T10:00:00+01:00)."),
        QStringLiteral("datetime")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
        tr("Show every step at its new time and whether it is free; change nothing.")));
}

int MoveAppointmentCommand::run(CliContext& context, const QCommandLineParser& options)
{
    QString bad;
    const QList<qint64> ids = LifecycleCli::ids(options.positionalArguments(), &bad);
    if (!bad.isEmpty() || ids.size() != 1)
        return context.cannotRun(tr("move-appointment needs exactly one appointment id"));
    const QString text = options.value(QStringLiteral("to")).trimmed();
    if (text.isEmpty())
        return context.cannotRun(tr("move-appointment needs --to DATETIME"));
    QDateTime to = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!to.isValid())
        to = QDateTime::fromString(text, Qt::ISODate);
    // Without an offset the time is ambiguous (whose zone?): refuse rather than guess.
    if (!to.isValid() || to.timeSpec() == Qt::LocalTime)
        return context.cannotRun(tr("--to \"%1\" is not an ISO 8601 date and time with an offset or Z, e.g. "
                                    "2030-11-26T10:00:00+01:00")
                                     .arg(text));
    const lifecycle::MoveAppointmentsJob::Target target { ids.first(), to.toUTC() };
    return LifecycleCli::run(context, options.isSet(QStringLiteral("dry-run")),
        [&](DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
            const lifecycle::LifecycleOptions& o) {
            return new lifecycle::MoveAppointmentsJob(worker, client, teamId, { target }, o);
        });
}

} // namespace salon::cli
