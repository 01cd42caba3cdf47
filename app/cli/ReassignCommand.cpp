#include "ReassignCommand.h"

#include "CliContext.h"
#include "LifecycleCli.h"
#include "lifecycle/RestaffJob.h"
#include "lifecycle/SickDayJob.h"

#include <QUuid>

namespace salon::cli
{

namespace
{
bool isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}
} // namespace

void ReassignCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("phase"), tr("A step to hand over (repeatable)."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("appointment"),
        tr("Hand every staff step of this appointment over."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("staff"),
        tr("The staff member who takes the steps (with --phase or --appointment)."), QStringLiteral("uuid")));
    parser.addOption(QCommandLineOption(QStringLiteral("from-staff"),
        tr("The staff member who is off (with --to-staff and --on)."), QStringLiteral("uuid")));
    parser.addOption(QCommandLineOption(QStringLiteral("to-staff"),
        tr("The staff member who takes that day's steps."), QStringLiteral("uuid")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("on"), tr("The day, YYYY-MM-DD in the salon's time zone."), QStringLiteral("date")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), tr("Show the plan and each step's availability; change nothing.")));
}

int ReassignCommand::run(CliContext& context, const QCommandLineParser& options)
{
    if (!options.positionalArguments().isEmpty())
        return context.cannotRun(
            tr("reassign takes no arguments; use --phase, --appointment or --from-staff"));
    const bool byPhase = options.isSet(QStringLiteral("phase"));
    const bool byAppointment = options.isSet(QStringLiteral("appointment"));
    const bool byDay = options.isSet(QStringLiteral("from-staff"))
        || options.isSet(QStringLiteral("to-staff")) || options.isSet(QStringLiteral("on"));
    if (int(byPhase) + int(byAppointment) + int(byDay) != 1)
        return context.cannotRun(
            tr("reassign needs exactly one of: --phase ID... --staff UUID, --appointment ID "
               "--staff UUID, or --from-staff UUID --to-staff UUID --on DATE"));
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    if (byDay) {
        const QString from = options.value(QStringLiteral("from-staff")).trimmed();
        const QString to = options.value(QStringLiteral("to-staff")).trimmed();
        const QString dayText = options.value(QStringLiteral("on")).trimmed();
        if (!isUuid(from) || !isUuid(to))
            return context.cannotRun(tr("--from-staff and --to-staff need staff ids (UUIDs)"));
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        if (!day.isValid() || dayText.size() != 10)
            return context.cannotRun(tr("--on needs a date YYYY-MM-DD, not \"%1\"").arg(dayText));
        return LifecycleCli::run(context, dryRun,
            [&](DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
                const lifecycle::LifecycleOptions& o) {
                return new lifecycle::SickDayJob(worker, client, teamId, from, to, day, o);
            });
    }
    const QString staff = options.value(QStringLiteral("staff")).trimmed();
    if (!isUuid(staff))
        return context.cannotRun(tr("--staff needs the id (UUID) of the staff member who takes the steps"));
    QString bad;
    const QList<qint64> ids = LifecycleCli::ids(
        options.values(byPhase ? QStringLiteral("phase") : QStringLiteral("appointment")), &bad);
    if (!bad.isEmpty())
        return context.cannotRun(tr("\"%1\" is not an id").arg(bad));
    if (byAppointment && ids.size() != 1)
        return context.cannotRun(tr("--appointment takes one appointment id"));
    return LifecycleCli::run(context, dryRun,
        [&](DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
            const lifecycle::LifecycleOptions& o) {
            return new lifecycle::RestaffJob(worker, client, teamId, byPhase ? ids : QList<qint64> {},
                byPhase ? QList<qint64> {} : ids, staff, o);
        });
}

} // namespace salon::cli
