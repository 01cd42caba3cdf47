#include "SnapshotStateBuilder.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace salon::rehearsal
{

namespace
{

using calcom::EventType;
using calcom::SchedulingType;

QJsonValue idOrNull(const std::optional<qint64>& id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue();
}

// The fields every event type keeps in the state file.
QJsonObject commonFields(const EventType& et)
{
    QJsonObject o { { QStringLiteral("id"), double(et.id) }, { QStringLiteral("title"), et.title },
        { QStringLiteral("slug"), et.slug }, { QStringLiteral("lengthInMinutes"), et.lengthInMinutes },
        { QStringLiteral("hidden"), et.hidden }, { QStringLiteral("description"), et.description } };
    if (et.hasMultipleDurations()) {
        QJsonArray options;
        for (int m : et.lengthInMinutesOptions)
            options.append(m);
        o.insert(QStringLiteral("lengthInMinutesOptions"), options);
    }
    const QJsonValue notice = et.raw.value(QStringLiteral("minimumBookingNotice"));
    if (notice.isDouble() && notice.toInt() > 0)
        o.insert(QStringLiteral("minimumBookingNotice"), notice.toInt());
    return o;
}

QJsonObject teamEventType(const EventType& et, qint64 teamId)
{
    QJsonObject o = commonFields(et);
    o.insert(QStringLiteral("teamId"), double(et.teamId.value_or(teamId)));
    o.insert(QStringLiteral("ownerId"), QJsonValue());
    o.insert(QStringLiteral("parentEventTypeId"), QJsonValue());
    const QString type = calcom::schedulingTypeToApiString(et.schedulingType);
    o.insert(QStringLiteral("schedulingType"), type.isEmpty() ? QJsonValue() : QJsonValue(type));
    o.insert(QStringLiteral("assignAllTeamMembers"), et.assignAllTeamMembers);
    QJsonArray hosts;
    if (et.schedulingType != SchedulingType::Managed) {
        const bool collective = et.schedulingType == SchedulingType::Collective;
        for (const calcom::Host& h : et.hosts) {
            // Collective hosts are all fixed, with medium priority; the output omits both.
            QString priority = h.priority.isEmpty() || collective ? QStringLiteral("medium") : h.priority;
            hosts.append(QJsonObject { { QStringLiteral("userId"), double(h.userId) },
                { QStringLiteral("mandatory"), collective || h.mandatory.value_or(false) },
                { QStringLiteral("priority"), priority } });
        }
    }
    o.insert(QStringLiteral("hosts"), hosts);
    return o;
}

QJsonObject userEventType(const EventType& et, qint64 ownerId)
{
    QJsonObject o = commonFields(et);
    o.insert(QStringLiteral("teamId"), QJsonValue());
    o.insert(QStringLiteral("ownerId"), double(et.ownerId.value_or(ownerId)));
    o.insert(QStringLiteral("parentEventTypeId"), idOrNull(et.parentEventTypeId));
    o.insert(QStringLiteral("schedulingType"),
        et.parentEventTypeId ? QJsonValue(QStringLiteral("managed")) : QJsonValue());
    o.insert(QStringLiteral("hosts"), QJsonArray());
    return o;
}

} // namespace

CalcomSnapshot SnapshotStateBuilder::build(
    const SnapshotAnswers& a, const QDateTime& from, const QDateTime& to)
{
    CalcomSnapshot snapshot;
    snapshot.teamId = a.team.id;
    snapshot.keyUserId = a.me.id;
    snapshot.from = from;
    snapshot.to = to;

    const QString teamZone = a.team.timeZone.isEmpty() ? a.me.timeZone : a.team.timeZone;
    QJsonArray users;
    QJsonArray members;
    SnapshotGap assumedZone;
    assumedZone.kind = SnapshotGap::Kind::TimeZoneAssumed;
    for (const calcom::Membership& m : a.members) {
        const QString username = m.username.isEmpty() ? QStringLiteral("user-%1").arg(m.userId) : m.username;
        const bool isMe = m.userId == a.me.id;
        const QString zone = isMe && !a.me.timeZone.isEmpty() ? a.me.timeZone : teamZone;
        QJsonObject user { { QStringLiteral("id"), double(m.userId) },
            { QStringLiteral("username"), username }, { QStringLiteral("name"), m.name },
            { QStringLiteral("timeZone"), zone } };
        if (!m.email.isEmpty())
            user.insert(QStringLiteral("email"), m.email);
        users.append(user);
        members.append(QJsonObject { { QStringLiteral("id"), double(m.id) },
            { QStringLiteral("userId"), double(m.userId) },
            { QStringLiteral("role"), m.role.isEmpty() ? QStringLiteral("MEMBER") : m.role } });
        if (!isMe)
            assumedZone.userIds.append(m.userId);
    }
    if (!assumedZone.userIds.isEmpty()) {
        assumedZone.detail = teamZone;
        snapshot.gaps.append(assumedZone);
    }

    QJsonArray eventTypes;
    QSet<qint64> known;
    qint64 highestId = 0;
    for (const EventType& et : a.teamEventTypes) {
        if (known.contains(et.id))
            continue;
        known.insert(et.id);
        highestId = std::max(highestId, et.id);
        eventTypes.append(teamEventType(et, a.team.id));
    }
    QSet<QPair<qint64, qint64>> children; // (parent, owner) pairs seen
    for (const EventType& et : a.userEventTypes) {
        if (known.contains(et.id))
            continue;
        known.insert(et.id);
        highestId = std::max(highestId, et.id);
        const qint64 owner = et.ownerId.value_or(0);
        if (et.parentEventTypeId)
            children.insert({ *et.parentEventTypeId, owner });
        eventTypes.append(userEventType(et, owner));
    }
    for (const calcom::Booking& b : a.bookings)
        highestId = std::max(highestId, b.eventTypeId);

    // Stand-ins for the children a MANAGED parent's hosts prove but the key cannot see.
    for (const EventType& parent : a.teamEventTypes) {
        if (!parent.isManagedParent())
            continue;
        for (const calcom::Host& host : parent.hosts) {
            if (children.contains({ parent.id, host.userId }))
                continue;
            SnapshotGap gap;
            gap.kind = SnapshotGap::Kind::HiddenChild;
            gap.userId = host.userId;
            gap.parentEventTypeId = parent.id;
            gap.detail = parent.slug;
            for (const calcom::Booking& b : a.bookings) {
                const bool hostedByUser = std::any_of(b.hosts.cbegin(), b.hosts.cend(),
                    [&](const calcom::Booking::Host& h) { return h.id == host.userId; });
                if (!known.contains(b.eventTypeId) && b.eventTypeSlug == parent.slug && hostedByUser) {
                    gap.eventTypeId = b.eventTypeId;
                    gap.idSource = SnapshotGap::IdSource::Booking;
                    break;
                }
            }
            if (gap.idSource != SnapshotGap::IdSource::Booking)
                gap.eventTypeId = ++highestId;
            known.insert(gap.eventTypeId);
            children.insert({ parent.id, host.userId });
            EventType child = parent;
            child.id = gap.eventTypeId;
            child.hidden = true;
            child.ownerId = host.userId;
            child.parentEventTypeId = parent.id;
            child.teamId.reset();
            eventTypes.append(userEventType(child, host.userId));
            snapshot.gaps.append(gap);
        }
    }

    // By id, as Cal.com lists them: the sandbox derives a parent's hosts in this order.
    QList<QJsonObject> sorted;
    for (const QJsonValue& e : std::as_const(eventTypes))
        sorted.append(e.toObject());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("id")).toInteger() < b.value(QStringLiteral("id")).toInteger();
    });
    eventTypes = QJsonArray();
    for (const QJsonObject& e : std::as_const(sorted))
        eventTypes.append(e);

    QJsonArray bookings;
    QHash<qint64, QStringList> unknownTypes;
    for (const calcom::Booking& b : a.bookings) {
        bookings.append(b.raw);
        if (b.eventTypeId > 0 && !known.contains(b.eventTypeId))
            unknownTypes[b.eventTypeId].append(b.uid);
    }
    QList<qint64> unknownIds = unknownTypes.keys();
    std::sort(unknownIds.begin(), unknownIds.end());
    for (qint64 id : unknownIds) {
        SnapshotGap gap;
        gap.kind = SnapshotGap::Kind::BookingOnUnknownEventType;
        gap.eventTypeId = id;
        gap.detail = unknownTypes.value(id).join(QStringLiteral(", "));
        snapshot.gaps.append(gap);
    }
    SnapshotGap period;
    period.kind = SnapshotGap::Kind::BookingsOutsidePeriod;
    period.detail
        = QStringLiteral("%1 – %2").arg(from.toUTC().toString(Qt::ISODate), to.toUTC().toString(Qt::ISODate));
    snapshot.gaps.append(period);
    SnapshotGap personal;
    personal.kind = SnapshotGap::Kind::HiddenPersonalEventTypes;
    snapshot.gaps.append(personal);

    snapshot.state = QJsonObject { { QStringLiteral("users"), users },
        { QStringLiteral("teams"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), double(a.team.id) },
                { QStringLiteral("slug"), a.team.slug }, { QStringLiteral("name"), a.team.name },
                { QStringLiteral("members"), members } } } },
        { QStringLiteral("eventTypes"), eventTypes }, { QStringLiteral("bookings"), bookings } };
    return snapshot;
}

} // namespace salon::rehearsal
