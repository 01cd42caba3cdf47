#include "LifecycleReport.h"

#include <QJsonArray>

namespace salon::lifecycle
{

QString AppointmentOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Done:
        return QStringLiteral("done");
    case Result::NothingToDo:
        return QStringLiteral("nothingToDo");
    case Result::Planned:
        return QStringLiteral("planned");
    case Result::Refused:
        return QStringLiteral("refused");
    case Result::RolledBack:
        return QStringLiteral("rolledBack");
    case Result::Owed:
        return QStringLiteral("owed");
    case Result::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject AppointmentOutcome::toJson() const
{
    QJsonArray stepArray;
    for (const StepProgress& s : steps)
        stepArray.append(s.toJson());
    QJsonObject o { { QStringLiteral("appointmentId"), appointmentId },
        { QStringLiteral("result"), resultName(result) }, { QStringLiteral("message"), message },
        { QStringLiteral("plan"), plan.toJson() }, { QStringLiteral("steps"), stepArray } };
    if (operationId > 0)
        o.insert(QStringLiteral("operationId"), operationId);
    if (!nextStep.isEmpty())
        o.insert(QStringLiteral("nextStep"), nextStep);
    return o;
}

int LifecycleReport::count(AppointmentOutcome::Result result) const
{
    return int(std::count_if(appointments.cbegin(), appointments.cend(),
        [result](const AppointmentOutcome& a) { return a.result == result; }));
}

bool LifecycleReport::allOk() const
{
    const auto ok = [](const AppointmentOutcome& a) {
        return a.isOk() || a.result == AppointmentOutcome::Result::RolledBack;
    };
    return !cancelled
        && std::all_of(
            appointments.cbegin(), appointments.cend(), [](const AppointmentOutcome& a) { return a.isOk(); })
        && std::all_of(resumed.cbegin(), resumed.cend(), ok);
}

QString LifecycleReport::summary() const
{
    using R = AppointmentOutcome::Result;
    if (dryRun)
        return tr("%n appointment(s) planned, nothing changed; %1 refused.", nullptr, count(R::Planned))
            .arg(count(R::Refused));
    QString text = tr("%n appointment(s) done", nullptr, count(R::Done) + count(R::NothingToDo));
    QStringList rest;
    if (const int n = count(R::Refused))
        rest << tr("%n refused (nothing changed)", nullptr, n);
    if (const int n = count(R::RolledBack))
        rest << tr("%n put back", nullptr, n);
    if (const int n = count(R::Owed))
        rest << tr("%n with work owed (the next run finishes it)", nullptr, n);
    if (const int n = count(R::Failed))
        rest << tr("%n failed", nullptr, n);
    if (cancelled)
        rest << tr("cancelled");
    return rest.isEmpty() ? text + QLatin1Char('.')
                          : text + QStringLiteral(", ") + rest.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QJsonObject LifecycleReport::toJson() const
{
    QJsonArray list;
    for (const AppointmentOutcome& a : appointments)
        list.append(a.toJson());
    QJsonArray earlier;
    for (const AppointmentOutcome& a : resumed)
        earlier.append(a.toJson());
    return QJsonObject { { QStringLiteral("ok"), allOk() }, { QStringLiteral("dryRun"), dryRun },
        { QStringLiteral("cancelled"), cancelled }, { QStringLiteral("finishedEarlierChanges"), earlier },
        { QStringLiteral("summary"), summary() }, { QStringLiteral("appointments"), list } };
}

} // namespace salon::lifecycle
