#include "SnapshotGap.h"

#include <QJsonArray>

namespace salon::rehearsal
{

namespace
{
struct KindName {
    SnapshotGap::Kind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {
    { SnapshotGap::Kind::HiddenChild, "hidden-child" },
    { SnapshotGap::Kind::BookingsOutsidePeriod, "bookings-outside-period" },
    { SnapshotGap::Kind::HiddenPersonalEventTypes, "hidden-personal-event-types" },
    { SnapshotGap::Kind::TimeZoneAssumed, "time-zone-assumed" },
    { SnapshotGap::Kind::BookingOnUnknownEventType, "booking-on-unknown-event-type" },
};
} // namespace

QString SnapshotGap::idSourceName(IdSource source)
{
    switch (source) {
    case IdSource::Booking:
        return QStringLiteral("booking");
    case IdSource::Database:
        return QStringLiteral("event-map");
    case IdSource::MadeUp:
        break;
    }
    return QStringLiteral("made-up");
}

QString SnapshotGap::kindName() const
{
    for (const KindName& k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

QString SnapshotGap::describe() const
{
    switch (kind) {
    case Kind::HiddenChild: {
        QString source;
        switch (idSource) {
        case IdSource::Booking:
            source = tr("its id %1 comes from a booking on it").arg(eventTypeId);
            break;
        case IdSource::Database:
            source = tr("its id %1 comes from the event map").arg(eventTypeId);
            break;
        case IdSource::MadeUp:
            source = tr("its id %1 is made up").arg(eventTypeId);
            break;
        }
        return tr("User %1 has a hidden child of MANAGED %2 (\"%3\"), invisible to this key; the snapshot "
                  "holds a hidden stand-in (%4).")
            .arg(userId)
            .arg(parentEventTypeId)
            .arg(detail, source);
    }
    case Kind::BookingsOutsidePeriod:
        return tr("Only bookings inside %1 were read; bookings outside the period are not in the snapshot.")
            .arg(detail);
    case Kind::HiddenPersonalEventTypes:
        return tr("Hidden personal event types of other members cannot be listed through the API; the "
                  "snapshot lacks them.");
    case Kind::TimeZoneAssumed: {
        QStringList ids;
        for (qint64 id : userIds)
            ids.append(QString::number(id));
        return tr("Cal.com lists no time zone for other members (users %1); the snapshot gives them %2.")
            .arg(ids.join(QStringLiteral(", ")), detail);
    }
    case Kind::BookingOnUnknownEventType:
        return tr("Bookings %1 use event type %2, which the snapshot does not contain.")
            .arg(detail)
            .arg(eventTypeId);
    }
    return {};
}

QJsonObject SnapshotGap::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName() }, { QStringLiteral("message"), describe() } };
    if (userId)
        o.insert(QStringLiteral("userId"), double(userId));
    if (!userIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : userIds)
            ids.append(double(id));
        o.insert(QStringLiteral("userIds"), ids);
    }
    if (parentEventTypeId)
        o.insert(QStringLiteral("parentEventTypeId"), double(parentEventTypeId));
    if (eventTypeId)
        o.insert(QStringLiteral("eventTypeId"), double(eventTypeId));
    if (kind == Kind::HiddenChild)
        o.insert(QStringLiteral("idSource"), idSourceName(idSource));
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

SnapshotGap SnapshotGap::fromJson(const QJsonObject& o)
{
    SnapshotGap gap;
    const QString name = o.value(QStringLiteral("kind")).toString();
    for (const KindName& k : kKindNames)
        if (name == QLatin1String(k.name))
            gap.kind = k.kind;
    gap.userId = o.value(QStringLiteral("userId")).toInteger();
    for (const QJsonValue& id : o.value(QStringLiteral("userIds")).toArray())
        gap.userIds.append(id.toInteger());
    gap.parentEventTypeId = o.value(QStringLiteral("parentEventTypeId")).toInteger();
    gap.eventTypeId = o.value(QStringLiteral("eventTypeId")).toInteger();
    const QString source = o.value(QStringLiteral("idSource")).toString();
    for (IdSource candidate : { IdSource::MadeUp, IdSource::Booking, IdSource::Database })
        if (source == idSourceName(candidate))
            gap.idSource = candidate;
    gap.detail = o.value(QStringLiteral("detail")).toString();
    return gap;
}

} // namespace salon::rehearsal
