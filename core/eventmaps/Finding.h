#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace salon::eventmaps
{

// One problem the verifier found in the event map, for a salon admin (docs/event-map-integrity.md).
struct Finding {
    enum class Code {
        // local: the database alone shows it
        ChildEqualsParent, // child_event_type_id = event_type_id: the incident's poison
        MissingMapRow, // a staff-required segment x a staff member of the service has no row
        MapForSegmentWithoutStaff, // a row for a processing gap (staff_required = 0)
        MapForUnknownSegment, // a row for a segment key the service does not have
        StaffWithoutCalcomUser, // staff with map rows or bookable segments but no calcom_user_id
        EventTypeSharedByStaff, // one bookable event type serves two different staff members
        // remote (--remote): Cal.com's state disagrees
        EventTypeMissing, // event_type_id is not an event type of the team
        ManagedParentWithoutChild, // MANAGED parent, no child for the staff user (the incident)
        ChildNotVisible, // the parent lists the user (a child exists) but our key cannot see it
        ChildMismatch, // stored child not owned by the staff user / not a child of that parent
        HostMismatch, // round-robin/collective hosts are not (just) the staff user
        LengthMismatch, // lengthInMinutes differs from the segment's duration
        EventTypeNotHidden, // customers can book a single segment on its own
    };
    enum class Severity { Error, Warning };
    // What the tool itself can do about it.
    enum class Fix {
        Manual, // fixText says what the admin does (in Cal.com or in Salon Admin)
        RepairEventMaps, // `repair-event-maps` clears the bad child and stores the real one if it exists
    };

    Code code = Code::ChildEqualsParent;
    Severity severity = Severity::Error;
    qint64 serviceId = 0; // 0 when the finding is not about one service
    QString segmentKey;
    QString staffId;
    std::optional<qint64> mapId;
    std::optional<qint64> eventTypeId;
    QString message; // translated, for a salon admin
    Fix fix = Fix::Manual;
    QString fixText; // translated

    // Stable kebab-case names, e.g. "child-equals-parent" (JSON, docs, scripts).
    static QString codeName(Code code);
    static std::optional<Code> codeFromName(const QString& name);
    static QString severityName(Severity severity);
    static QString fixName(Fix fix);
    static Severity defaultSeverity(Code code);
    static QList<Code> allCodes();

    QString codeName() const { return codeName(code); }
    // The CLI command that makes or finishes the fix ("repair-event-maps", "populate-event-maps"), empty
    // when there is none. Messages and fixText speak the desktop's words; the CLI names this itself.
    QString cliCommand() const;
    QJsonObject toJson() const;
};

} // namespace salon::eventmaps
