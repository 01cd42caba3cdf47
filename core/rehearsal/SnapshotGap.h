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
    qint64 parentEventTypeId = 0;
    qint64 eventTypeId = 0; // HiddenChild: the placeholder's id; BookingOnUnknownEventType: the id named
    bool idFromBooking = false; // HiddenChild: the id came from a booking on the child (else made up)
    QString detail; // a slug, a time zone, a period, booking uids

    QString kindName() const; // "hidden-child", ...
    // One sentence for people.
    QString describe() const;
    QJsonObject toJson() const;
    static SnapshotGap fromJson(const QJsonObject& o);
};

} // namespace salon::rehearsal
