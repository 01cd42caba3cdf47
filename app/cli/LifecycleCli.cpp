#include "LifecycleCli.h"

#include "CliCalcom.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "db/DatabaseWorker.h"

#include <QJsonObject>
#include <QTimeZone>

namespace salon::cli
{

using namespace salon::lifecycle;

namespace
{
QString shown(const QDateTime& t, const QString& zone)
{
    const QTimeZone z(zone.toUtf8());
    return t.isValid()
        ? t.toTimeZone(z.isValid() ? z : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QStringLiteral("-");
}

QString availabilityText(Availability a)
{
    switch (a) {
    case Availability::NotNeeded:
        return LifecycleCli::tr("nothing to check");
    case Availability::Free:
        return LifecycleCli::tr("free");
    case Availability::Unverified:
        return LifecycleCli::tr("not checked (Cal.com's answer decides)");
    case Availability::Busy:
        return LifecycleCli::tr("BUSY");
    case Availability::NoEventType:
        return LifecycleCli::tr("NO EVENT TYPE");
    case Availability::CheckFailed:
        return LifecycleCli::tr("could not be checked");
    }
    return {};
}

QString outcomeText(AppointmentOutcome::Result r)
{
    using R = AppointmentOutcome::Result;
    switch (r) {
    case R::Done:
        return LifecycleCli::tr("done");
    case R::NothingToDo:
        return LifecycleCli::tr("nothing to do");
    case R::Planned:
        return LifecycleCli::tr("planned");
    case R::Refused:
        return LifecycleCli::tr("nothing changed");
    case R::RolledBack:
        return LifecycleCli::tr("put back");
    case R::Owed:
        return LifecycleCli::tr("owed");
    case R::Failed:
        return LifecycleCli::tr("failed");
    }
    return {};
}
} // namespace

QList<qint64> LifecycleCli::ids(const QStringList& texts, QString* bad)
{
    QList<qint64> result;
    for (const QString& text : texts) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            *bad = text;
            return {};
        }
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

int LifecycleCli::run(CliContext& context, bool dryRun, const MakeJob& make)
{
    auto db = context.database();
    if (!db)
        return context.cannotRun(db.error());
    auto calcom = CliCalcom::connect(context);
    if (!calcom)
        return context.cannotRun(calcom.error());
    // The lifecycle jobs do their database work on a worker thread, as in the GUI.
    DatabaseWorker worker((*db)->url());

    LifecycleOptions options;
    options.timeZone = (*calcom)->client()->settings().timeZone;
    options.actor = context.actor();
    options.dryRun = dryRun;
    const QString zone = options.timeZone;
    LifecycleJob* job = make(&worker, (*calcom)->client(), (*calcom)->teamId(), options);
    std::unique_ptr<LifecycleJob> owner(job);
    job->setAutoDelete(false);

    if (!context.json) {
        QObject::connect(job, &LifecycleJob::stepProgress, [&context](const StepProgress& p) {
            if (!p.final)
                return;
            context.out() << tr("appointment %1 step %2 (phase %3) %4%5: %6 - %7")
                                 .arg(p.appointmentId)
                                 .arg(p.segmentKey)
                                 .arg(p.phaseId)
                                 .arg(toString(p.action), p.undo ? tr(" (putting back)") : QString(), p.phase,
                                     p.message)
                          << Qt::endl;
            if (!p.nextStep.isEmpty())
                context.out() << QStringLiteral("    ") << tr("next step: ") << p.nextStep << Qt::endl;
        });
        QObject::connect(job, &LifecycleJob::planned, [&context, zone, dryRun](const ChangePlan& plan) {
            if (!dryRun && plan.canRun())
                return;
            for (const PlannedStep& s : plan.steps)
                context.out() << tr("appointment %1 step %2 (phase %3): %4 %5 -> %6 %7: %8%9")
                                     .arg(plan.appointmentId)
                                     .arg(s.segmentKey)
                                     .arg(s.phaseId)
                                     .arg(s.oldStaffName.isEmpty() ? tr("no staff") : s.oldStaffName,
                                         shown(s.oldStart, zone),
                                         s.newStaffName.isEmpty() ? tr("no staff") : s.newStaffName,
                                         shown(s.newStart, zone), availabilityText(s.availability),
                                         s.note.isEmpty() ? QString()
                                                          : QStringLiteral(" (") + s.note + QLatin1Char(')'))
                              << Qt::endl;
        });
        QObject::connect(job, &LifecycleJob::appointmentFinished, [&context](const AppointmentOutcome& o) {
            context.out()
                << tr("appointment %1: %2 - %3").arg(o.appointmentId).arg(outcomeText(o.result), o.message)
                << Qt::endl;
            if (!o.nextStep.isEmpty())
                context.out() << QStringLiteral("    ") << tr("next step: ") << o.nextStep << Qt::endl;
        });
    }
    job->start();
    job->waitForFinished();
    if (job->hasError())
        return context.cannotRun(job->errorString());
    const LifecycleReport& report = job->report();
    if (context.json)
        context.printJson(report.toJson());
    else
        context.out() << report.summary() << Qt::endl;
    return report.allOk() ? ExitDone : ExitProblems;
}

} // namespace salon::cli
