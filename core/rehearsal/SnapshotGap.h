#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace salon::rehearsal
{

// Something a snapshot could not see through the API key, so the sandbox playing it may differ there.
struct SnapshotGap {
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::SnapshotGap)
public:
    enum class Kind {
        // A MANAGED parent lists the user as host but the user's event types do not show the child (hidden
        // children are visible to their owner only). The snapshot has a hidden placeholder child.
        HiddenChild,
        // Only bookings inside the period were read.
        BookingsOutsidePeriod,
        // Hidden personal event types of other members cannot be listed at all.
        HiddenPersonalEventTypes,
        // Cal.com lists no time zone for other members; they got the team's.
        TimeZoneAssumed,
        // A booking names an event type the snapshot does not contain.
        BookingOnUnknownEventType,
    };

    Kind kind = Kind::HiddenChild;
    qint64 userId = 0;
    QList<qint64> userIds; // TimeZoneAssumed: every member who got the team's zone
    qint64 parentEventTypeId = 0;
    // Where a HiddenChild stand-in's id comes from: a booking on the child, the salon's event map (a
    // rehearsal fills it in from the database copy), or made up above every id seen.
    enum class IdSource { MadeUp, Booking, Database };

    qint64 eventTypeId = 0; // HiddenChild: the stand-in's id; BookingOnUnknownEventType: the id named
    IdSource idSource = IdSource::MadeUp;
    QString detail; // a slug, a time zone, a period, booking uids

    QString kindName() const; // "hidden-child", ...
    static QString idSourceName(IdSource source); // "made-up", "booking", "event-map"
    // One sentence for people.
    QString describe() const;
    QJsonObject toJson() const;
    static SnapshotGap fromJson(const QJsonObject& o);
};

} // namespace salon::rehearsal
