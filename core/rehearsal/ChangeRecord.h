#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace salon::rehearsal
{

// One difference in a "what would change" report: in Cal.com (event types, bookings) or in the database
// (appointments, phases, event map, staff, services), tied to the staff member it concerns when there is
// one.
struct ChangeRecord {
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::ChangeRecord)
public:
    enum class Area { Calcom, Database };
    enum class Kind { EventType, Booking, Appointment, Phase, EventMap, Staff, Service };
    enum class Change { Created, Changed, Deleted, Cancelled, Moved };

    Area area = Area::Calcom;
    Kind kind = Kind::EventType;
    Change change = Change::Changed;
    QString id; // the thing's id: event type id, booking uid, map row's service/segment/staff, ...
    QString subject; // a title for people
    QString staff; // the staff member's name; empty when it concerns no single one
    QStringList details; // "lengthInMinutes: 30 → 45"

    // Stable English tokens for CSV and JSON: "calcom", "event-type", "created", ...
    static QString areaToken(Area area);
    static QString kindToken(Kind kind);
    static QString changeToken(Change change);
    // In the user's language, for the text report.
    static QString kindLabel(Kind kind);
    static QString changeLabel(Change change);

    QJsonObject toJson() const;
};

} // namespace salon::rehearsal
