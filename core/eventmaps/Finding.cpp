#include "Finding.h"

#include <QJsonValue>

namespace salon::eventmaps
{

QString Finding::codeName(Code code)
{
    switch (code) {
    case Code::ChildEqualsParent:
        return QStringLiteral("child-equals-parent");
    case Code::MissingMapRow:
        return QStringLiteral("missing-map-row");
    case Code::MapForSegmentWithoutStaff:
        return QStringLiteral("map-for-segment-without-staff");
    case Code::MapForUnknownSegment:
        return QStringLiteral("map-for-unknown-segment");
    case Code::StaffWithoutCalcomUser:
        return QStringLiteral("staff-without-calcom-user");
    case Code::EventTypeSharedByStaff:
        return QStringLiteral("event-type-shared-by-staff");
    case Code::EventTypeMissing:
        return QStringLiteral("event-type-missing");
    case Code::ManagedParentWithoutChild:
        return QStringLiteral("managed-parent-without-child");
    case Code::ChildNotVisible:
        return QStringLiteral("child-not-visible");
    case Code::ChildMismatch:
        return QStringLiteral("child-mismatch");
    case Code::HostMismatch:
        return QStringLiteral("host-mismatch");
    case Code::LengthMismatch:
        return QStringLiteral("length-mismatch");
    case Code::EventTypeNotHidden:
        return QStringLiteral("event-type-not-hidden");
    }
    return {};
}

QList<Finding::Code> Finding::allCodes()
{
    return { Code::ChildEqualsParent, Code::MissingMapRow, Code::MapForSegmentWithoutStaff,
        Code::MapForUnknownSegment, Code::StaffWithoutCalcomUser, Code::EventTypeSharedByStaff,
        Code::EventTypeMissing, Code::ManagedParentWithoutChild, Code::ChildNotVisible, Code::ChildMismatch,
        Code::HostMismatch, Code::LengthMismatch, Code::EventTypeNotHidden };
}

std::optional<Finding::Code> Finding::codeFromName(const QString& name)
{
    for (Code code : allCodes()) {
        if (codeName(code) == name)
            return code;
    }
    return std::nullopt;
}

QString Finding::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Finding::fixName(Fix fix)
{
    return fix == Fix::RepairEventMaps ? QStringLiteral("repair-event-maps") : QStringLiteral("manual");
}

QString Finding::cliCommand() const
{
    if (fix == Fix::RepairEventMaps)
        return QStringLiteral("repair-event-maps");
    // Once Cal.com has the staff member's copy, populate stores it.
    if (code == Code::ManagedParentWithoutChild || code == Code::ChildNotVisible)
        return QStringLiteral("populate-event-maps");
    return {};
}

Finding::Severity Finding::defaultSeverity(Code code)
{
    switch (code) {
    case Code::MapForSegmentWithoutStaff:
    case Code::EventTypeNotHidden:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

QJsonObject Finding::toJson() const
{
    QJsonObject o { { QStringLiteral("code"), codeName() },
        { QStringLiteral("severity"), severityName(severity) },
        { QStringLiteral("serviceId"), serviceId ? QJsonValue(serviceId) : QJsonValue() },
        { QStringLiteral("segmentKey"), segmentKey.isEmpty() ? QJsonValue() : QJsonValue(segmentKey) },
        { QStringLiteral("staffId"), staffId.isEmpty() ? QJsonValue() : QJsonValue(staffId) },
        { QStringLiteral("mapId"), mapId ? QJsonValue(*mapId) : QJsonValue() },
        { QStringLiteral("eventTypeId"), eventTypeId ? QJsonValue(*eventTypeId) : QJsonValue() },
        { QStringLiteral("message"), message },
        { QStringLiteral("fix"),
            QJsonObject {
                { QStringLiteral("kind"), fixName(fix) }, { QStringLiteral("description"), fixText } } } };
    if (const QString command = cliCommand(); !command.isEmpty()) {
        QJsonObject fixObject = o.value(QStringLiteral("fix")).toObject();
        fixObject.insert(QStringLiteral("command"), command);
        o.insert(QStringLiteral("fix"), fixObject);
    }
    return o;
}

} // namespace salon::eventmaps
