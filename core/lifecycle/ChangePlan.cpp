#include "ChangePlan.h"

#include <QJsonArray>
#include <QTimeZone>

namespace salon::lifecycle
{

namespace
{
QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QString toString(Availability availability)
{
    switch (availability) {
    case Availability::NotNeeded:
        return QStringLiteral("notNeeded");
    case Availability::Free:
        return QStringLiteral("free");
    case Availability::Unverified:
        return QStringLiteral("unverified");
    case Availability::Busy:
        return QStringLiteral("busy");
    case Availability::NoEventType:
        return QStringLiteral("noEventType");
    case Availability::CheckFailed:
        return QStringLiteral("checkFailed");
    }
    return {};
}

QJsonObject PlannedStep::toJson() const
{
    QJsonObject o { { QStringLiteral("phaseId"), phaseId }, { QStringLiteral("segment"), segmentKey },
        { QStringLiteral("action"), toString(action) }, { QStringLiteral("oldStart"), time(oldStart) },
        { QStringLiteral("oldEnd"), time(oldEnd) }, { QStringLiteral("newStart"), time(newStart) },
        { QStringLiteral("newEnd"), time(newEnd) }, { QStringLiteral("oldStaffId"), oldStaffId },
        { QStringLiteral("newStaffId"), newStaffId }, { QStringLiteral("oldStaff"), oldStaffName },
        { QStringLiteral("newStaff"), newStaffName },
        { QStringLiteral("availability"), toString(availability) } };
    if (eventTypeId > 0)
        o.insert(QStringLiteral("eventTypeId"), eventTypeId);
    if (!oldBookingUid.isEmpty())
        o.insert(QStringLiteral("bookingUid"), oldBookingUid);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

bool ChangePlan::canRun() const
{
    return refusal.isEmpty() && !nothingToDo && blockers().isEmpty();
}

QList<PlannedStep> ChangePlan::blockers() const
{
    QList<PlannedStep> result;
    for (const PlannedStep& s : steps)
        if (s.blocks())
            result.append(s);
    return result;
}

int ChangePlan::calcomChanges() const
{
    return int(
        std::count_if(steps.cbegin(), steps.cend(), [](const PlannedStep& s) { return s.touchesCalcom(); }));
}

QStringList ChangePlan::blockerLines(const QString& timeZone) const
{
    const QTimeZone zone(timeZone.toUtf8());
    QStringList lines;
    for (const PlannedStep& s : blockers()) {
        const QString when = s.newStart.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString who = s.newStaffName.isEmpty() ? s.newStaffId : s.newStaffName;
        lines.append(
            tr("step %1 (phase %2, %3, %4): %5").arg(s.segmentKey).arg(s.phaseId).arg(who, when, s.note));
    }
    return lines;
}

QJsonObject ChangePlan::toJson() const
{
    QJsonArray stepArray;
    for (const PlannedStep& s : steps)
        stepArray.append(s.toJson());
    QJsonObject o { { QStringLiteral("appointmentId"), appointmentId },
        { QStringLiteral("kind"), toString(kind) }, { QStringLiteral("customer"), customerName },
        { QStringLiteral("service"), serviceName }, { QStringLiteral("oldStart"), time(oldStart) },
        { QStringLiteral("newStart"), time(newStart) }, { QStringLiteral("canRun"), canRun() },
        { QStringLiteral("nothingToDo"), nothingToDo }, { QStringLiteral("steps"), stepArray } };
    if (!refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), refusal);
    if (!nextStep.isEmpty())
        o.insert(QStringLiteral("nextStep"), nextStep);
    return o;
}

} // namespace salon::lifecycle
