#include "EventMapVerifier.h"

#include "EventMapRepository.h"
#include "TeamEventTypeCache.h"

#include "common/Logging.h"
#include "db/DatabaseWorker.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QTimer>

namespace salon::eventmaps
{

using calcom::EventType;
using Code = Finding::Code;

namespace
{

QString staffName(const EventMapData& data, const QString& staffId)
{
    const StaffMember* s = data.staffMember(staffId);
    return s ? s->name : staffId;
}

QString serviceName(const EventMapData& data, qint64 serviceId)
{
    const Service* s = data.service(serviceId);
    return s ? QStringLiteral("%1 (%2)").arg(s->name).arg(serviceId) : QString::number(serviceId);
}

QString repairText()
{
    // Free function: name the context explicitly so lupdate finds the text.
    return QCoreApplication::translate("salon::eventmaps::EventMapVerifier",
        "Clear the wrong entry: the event type wizard gives the staff member a bookable event type of "
        "their own and points the row at it.");
}

Finding forMap(Code code, const EventMapEntry& map, QString message, QString fixText,
    Finding::Fix fix = Finding::Fix::Manual)
{
    Finding f;
    f.code = code;
    f.severity = Finding::defaultSeverity(code);
    f.serviceId = map.serviceId;
    f.segmentKey = map.segmentKey;
    f.staffId = map.staffId;
    f.mapId = map.id;
    f.eventTypeId = map.eventTypeId;
    f.message = std::move(message);
    f.fix = fix;
    f.fixText = std::move(fixText);
    return f;
}

// Where a row points to something that should not be booked at all, the remote checks would only add noise.
bool rowIsBookable(const EventMapData& data, const EventMapEntry& map)
{
    const Service* service = data.service(map.serviceId);
    const ServiceSegment* segment = service ? service->segment(map.segmentKey) : nullptr;
    return segment && segment->staffRequired;
}

} // namespace

EventMapVerifier::EventMapVerifier(QObject* parent)
    : Job(parent)
{
}

EventMapVerifier::~EventMapVerifier() = default;

QList<Finding> EventMapVerifier::checkLocal(const EventMapData& data)
{
    QList<Finding> findings;
    QSet<QString> staffInUse;

    for (const EventMapEntry& map : data.maps) {
        const QString who = staffName(data, map.staffId);
        staffInUse.insert(map.staffId);
        if (map.childEventTypeId && *map.childEventTypeId == map.eventTypeId) {
            findings.append(forMap(Code::ChildEqualsParent, map,
                tr("Map %1 (%2, segment %3, %4) stores the shared template %5 as the staff member's own "
                   "event type. Cal.com refuses to book a template: every booking of this step fails.")
                    .arg(map.id)
                    .arg(serviceName(data, map.serviceId), map.segmentKey, who)
                    .arg(map.eventTypeId),
                repairText(), Finding::Fix::RepairEventMaps));
        }
        const Service* service = data.service(map.serviceId);
        const ServiceSegment* segment = service ? service->segment(map.segmentKey) : nullptr;
        if (!segment) {
            findings.append(forMap(Code::MapForUnknownSegment, map,
                tr("Map %1 is for segment %2 of %3, but that service has no such segment.")
                    .arg(map.id)
                    .arg(map.segmentKey, serviceName(data, map.serviceId)),
                tr("Delete the map row, or correct its segment key.")));
        } else if (!segment->staffRequired) {
            findings.append(forMap(Code::MapForSegmentWithoutStaff, map,
                tr("Map %1 books segment %2 \"%3\" of %4 for %5, but this segment needs no staff "
                   "(a processing gap) and is never booked in Cal.com.")
                    .arg(map.id)
                    .arg(map.segmentKey, segment->name, serviceName(data, map.serviceId), who),
                tr("Delete the map row; it is not used.")));
        }
    }

    // Every staff-required segment x every staff member who performs the service needs a row.
    QSet<QString> mapped;
    for (const EventMapEntry& map : data.maps)
        mapped.insert(QStringLiteral("%1|%2|%3").arg(map.serviceId).arg(map.segmentKey, map.staffId));
    for (const Service& service : data.services) {
        if (!service.active)
            continue;
        for (const QString& staffId : service.staffIds) {
            const StaffMember* staff = data.staffMember(staffId);
            if (staff && !staff->active)
                continue;
            for (const ServiceSegment& segment : service.segments) {
                if (!segment.staffRequired)
                    continue;
                staffInUse.insert(staffId);
                if (mapped.contains(QStringLiteral("%1|%2|%3").arg(service.id).arg(segment.key, staffId)))
                    continue;
                Finding f;
                f.code = Code::MissingMapRow;
                f.severity = Finding::defaultSeverity(f.code);
                f.serviceId = service.id;
                f.segmentKey = segment.key;
                f.staffId = staffId;
                f.message = tr("%1 performs %2, but segment %3 \"%4\" has no Cal.com event type for them: "
                               "appointments with this step cannot be synced.")
                                .arg(staffName(data, staffId), serviceName(data, service.id), segment.key,
                                    segment.name);
                f.fixText = tr("Create the event type for this segment and staff member (event type wizard), "
                               "or remove the staff member from the service.");
                findings.append(f);
            }
        }
    }

    for (const StaffMember& staff : data.staff) {
        if (!staffInUse.contains(staff.id) || staff.calcomUserId)
            continue;
        Finding f;
        f.code = Code::StaffWithoutCalcomUser;
        f.severity = Finding::defaultSeverity(f.code);
        f.staffId = staff.id;
        f.message = tr("%1 is not linked to a Cal.com user, so no Cal.com event type can be booked for them.")
                        .arg(staff.name);
        f.fixText = tr("Enter the staff member's Cal.com user id and username in the staff settings.");
        findings.append(f);
    }

    // A stored child is what gets booked: one child for two people books the wrong calendar.
    QMap<qint64, QList<const EventMapEntry*>> byChild;
    for (const EventMapEntry& map : data.maps) {
        if (map.childEventTypeId && *map.childEventTypeId != map.eventTypeId)
            byChild[*map.childEventTypeId].append(&map);
    }
    for (auto it = byChild.cbegin(); it != byChild.cend(); ++it) {
        QSet<QString> staffIds;
        QStringList names;
        for (const EventMapEntry* map : it.value()) {
            if (!staffIds.contains(map->staffId))
                names.append(staffName(data, map->staffId));
            staffIds.insert(map->staffId);
        }
        if (staffIds.size() < 2)
            continue;
        for (const EventMapEntry* map : it.value()) {
            Finding f = forMap(Code::EventTypeSharedByStaff, *map,
                tr("Event type %1 is stored as the own event type of several staff members (%2); "
                   "bookings for all of them would land in one calendar.")
                    .arg(it.key())
                    .arg(names.join(QStringLiteral(", "))),
                repairText(), Finding::Fix::RepairEventMaps);
            f.eventTypeId = it.key();
            findings.append(f);
        }
    }
    return findings;
}

void EventMapVerifier::start(const EventMapData& data, TeamEventTypeCache* cache)
{
    m_data = data;
    m_hasData = true;
    m_cache = cache;
    Job::start();
}

void EventMapVerifier::setDatabase(DatabaseWorker* worker, std::optional<qint64> serviceId)
{
    m_worker = worker;
    m_serviceId = serviceId;
}

void EventMapVerifier::setCache(TeamEventTypeCache* cache)
{
    m_cache = cache;
}

bool EventMapVerifier::checksRemote() const
{
    return m_cache != nullptr;
}

void EventMapVerifier::doStart()
{
    if (m_hasData || !m_worker)
        return verify();
    const auto serviceId = m_serviceId;
    m_worker->post<Expected<EventMapData, QString>>(
        [serviceId](QSqlDatabase& db) { return EventMapRepository(db).load(serviceId); }, this,
        [this](Expected<EventMapData, QString> data) {
            if (!data)
                return finishWithError(data.error());
            m_data = std::move(data).value();
            m_hasData = true;
            verify();
        });
}

void EventMapVerifier::verify()
{
    m_findings = checkLocal(m_data);
    if (!m_cache)
        return finish();
    m_cache->withTeamEventTypes(this, [this](const TeamEventTypeCache::ListResult& list) {
        if (!list) {
            m_remoteError = list.error();
            finish();
            return;
        }
        fetchUserLists();
    });
}

void EventMapVerifier::fetchUserLists()
{
    // The children of MANAGED parents show up in their owners' event-type lists: one list per user.
    QSet<QString> usernames;
    for (const EventMapEntry& map : m_data.maps) {
        const StaffMember* staff = m_data.staffMember(map.staffId);
        const auto et = m_cache->teamEventType(map.eventTypeId);
        if (!staff || !staff->calcomUserId || !et || !et->isManagedParent() || !rowIsBookable(m_data, map))
            continue;
        QString username = staff->calcomUsername.trimmed();
        for (const calcom::Host& h : et->hosts) {
            if (username.isEmpty() && h.userId == *staff->calcomUserId)
                username = h.username.trimmed();
        }
        if (!username.isEmpty())
            usernames.insert(username.toLower());
    }
    if (usernames.isEmpty()) {
        checkRemote();
        return;
    }
    m_pendingLists = int(usernames.size());
    for (const QString& username : usernames) {
        m_cache->withUserEventTypes(
            username, this, [this, username](const TeamEventTypeCache::ListResult& list) {
                if (m_checked)
                    return;
                if (!list) {
                    m_remoteError = list.error();
                    finish();
                    return;
                }
                m_userLists.insert(username, *list);
                if (--m_pendingLists == 0)
                    checkRemote();
            });
    }
}

void EventMapVerifier::checkRemote()
{
    QSet<qint64> reportedNotHidden;
    // Which steps each event type serves: only a one-step event type must stay off the booking page.
    QHash<qint64, QSet<QString>> segmentsOf;
    for (const EventMapEntry& map : m_data.maps)
        segmentsOf[map.eventTypeId].insert(QStringLiteral("%1|%2").arg(map.serviceId).arg(map.segmentKey));
    QMap<qint64, QList<const EventMapEntry*>> nonManagedUse;

    for (const EventMapEntry& map : m_data.maps) {
        if (!rowIsBookable(m_data, map))
            continue;
        const StaffMember* staff = m_data.staffMember(map.staffId);
        const QString who = staffName(m_data, map.staffId);
        const Service* service = m_data.service(map.serviceId);
        const ServiceSegment* segment = service->segment(map.segmentKey);
        const QString where
            = tr("%1, segment %2 \"%3\", %4")
                  .arg(serviceName(m_data, map.serviceId), map.segmentKey, segment->name, who);

        const auto et = m_cache->teamEventType(map.eventTypeId);
        if (!et) {
            m_findings.append(forMap(Code::EventTypeMissing, map,
                tr("Event type %1 (%2) does not exist in the Cal.com team: bookings of this "
                   "step fail.")
                    .arg(map.eventTypeId)
                    .arg(where),
                tr("Create the event type again (event type wizard) and update the map.")));
            continue;
        }
        // 0: no child stored (event type ids are positive). A plain value, not an optional: GCC 12 -O3
        // reports a false "maybe-uninitialized" for the optional.
        const qint64 storedChild
            = map.childEventTypeId && *map.childEventTypeId != map.eventTypeId ? *map.childEventTypeId : 0;

        // The event type customers' bookings land on; checked for length and visibility below.
        std::optional<EventType> bookable;
        if (et->isManagedParent()) {
            if (!staff || !staff->calcomUserId)
                continue; // reported locally (staff-without-calcom-user)
            const qint64 userId = *staff->calcomUserId;
            const bool isHost = et->hasHost(userId);
            QString username = staff->calcomUsername.trimmed();
            for (const calcom::Host& h : et->hosts) {
                if (username.isEmpty() && h.userId == userId)
                    username = h.username.trimmed();
            }
            const QList<EventType> userList = m_userLists.value(username.toLower());
            const auto child = TeamEventTypeCache::childIn(userList, et->id, userId);
            if (child) {
                bookable = child;
            } else if (isHost && storedChild != 0) {
                // A child exists (the parent lists the user) and one is stored; hidden children cannot be
                // compared, so the stored id is trusted.
            } else if (isHost) {
                m_findings.append(forMap(Code::ChildNotVisible, map,
                    tr("Cal.com lists %1 as host of the shared template \"%2\" (%3), so %1 has an own "
                       "copy of it, but this API key cannot see it (hidden event types are shown only "
                       "to their owner). Its id cannot be checked.")
                        .arg(who, et->title)
                        .arg(et->id),
                    tr("Make %1's copy visible in Cal.com, or use an API key of %1; then verify "
                       "again.")
                        .arg(who)));
            } else {
                // Name the cause when we can see it: Cal.com silently skips the child of a user who already
                // owns an event type with the parent's slug (what happened in the incident).
                const EventType* collision = nullptr;
                for (const EventType& e : userList) {
                    if (e.slug == et->slug && !e.parentEventTypeId)
                        collision = &e;
                }
                const QString cause = collision
                    ? tr("%1 already owns an event type \"%2\" (id %3) with the template's web address, "
                         "so Cal.com did not create %1's copy.")
                          .arg(who, collision->title)
                          .arg(collision->id)
                    : tr("Cal.com never created it, or it was deleted.");
                m_findings.append(forMap(Code::ManagedParentWithoutChild, map,
                    tr("The shared template \"%1\" (%2) has no copy for %3 (Cal.com user %4). Only a "
                       "staff member's own copy can be booked, so every booking of %5 fails. %6")
                        .arg(et->title)
                        .arg(et->id)
                        .arg(who)
                        .arg(userId)
                        .arg(where, cause),
                    collision ? tr("Rename or delete %1's own event type \"%2\" (id %3) in "
                                   "Cal.com and save the template's hosts again, or let the event "
                                   "type wizard give %1 a bookable event type of their own; then "
                                   "verify again.")
                                    .arg(who, collision->title)
                                    .arg(collision->id)
                              : tr("Save the template's hosts again in Cal.com with %1 among them, "
                                   "or let the event type wizard give %1 a bookable event type of "
                                   "their own; then verify again.")
                                    .arg(who)));
            }
            if (storedChild != 0) {
                // The stored id must be this user's child of this parent.
                const qint64 storedId = storedChild;
                QString problem;
                const EventType* storedSeen = nullptr;
                for (const EventType& e : userList) {
                    if (e.id == storedId)
                        storedSeen = &e;
                }
                if (child && child->id != storedId) {
                    problem = tr("but %1's own copy of this template is %2").arg(who).arg(child->id);
                } else if (!child && !isHost) {
                    problem = tr("but %1 has no copy of this template at all").arg(who);
                } else if (!child && storedSeen) {
                    problem = tr("but that event type is no copy of template %1").arg(et->id);
                }
                if (!problem.isEmpty()) {
                    Finding f = forMap(Code::ChildMismatch, map,
                        tr("Map %1 stores event type %2 as the own copy for %3, %4: bookings would go "
                           "to the wrong event type.")
                            .arg(map.id)
                            .arg(storedId)
                            .arg(where, problem),
                        repairText(), Finding::Fix::RepairEventMaps);
                    f.eventTypeId = storedId;
                    m_findings.append(f);
                }
            }
            if (!bookable)
                bookable = et; // children copy length and visibility from the parent
        } else {
            bookable = et;
            if (storedChild != 0) {
                Finding f = forMap(Code::ChildMismatch, map,
                    tr("Map %1 stores event type %2 as the own copy for %3, but event type %4 is no "
                       "shared template and has no copies: bookings would go to event type %2 instead "
                       "of %4.")
                        .arg(map.id)
                        .arg(storedChild)
                        .arg(where)
                        .arg(et->id),
                    repairText(), Finding::Fix::RepairEventMaps);
                f.eventTypeId = storedChild;
                m_findings.append(f);
            }
            if (staff && staff->calcomUserId) {
                const qint64 userId = *staff->calcomUserId;
                QStringList others;
                for (const calcom::Host& h : et->hosts) {
                    if (h.userId != userId)
                        others.append(h.name.isEmpty() ? QString::number(h.userId) : h.name);
                }
                if (!et->hasHost(userId)) {
                    m_findings.append(forMap(Code::HostMismatch, map,
                        tr("Event type \"%1\" (%2) books %3, but %4 (Cal.com user %5) is not "
                           "its host%6: Cal.com would book someone else's calendar.")
                            .arg(et->title)
                            .arg(et->id)
                            .arg(where, who)
                            .arg(userId)
                            .arg(others.isEmpty()
                                    ? QString()
                                    : tr(" (hosts: %1)").arg(others.join(QStringLiteral(", ")))),
                        tr("Make %1 the only host of the event type in Cal.com.").arg(who)));
                } else if (!others.isEmpty()) {
                    Finding f = forMap(Code::HostMismatch, map,
                        tr("Event type \"%1\" (%2) books %3, but besides %4 it also has the hosts %5: "
                           "Cal.com may assign the booking to one of them.")
                            .arg(et->title)
                            .arg(et->id)
                            .arg(where, who, others.join(QStringLiteral(", "))),
                        tr("Make %1 the only host of the event type in Cal.com.").arg(who));
                    f.severity = Finding::Severity::Warning;
                    m_findings.append(f);
                }
            }
            nonManagedUse[et->id].append(&map);
        }

        if (bookable->lengthInMinutes != segment->durationMinutes) {
            Finding f = forMap(Code::LengthMismatch, map,
                tr("Event type \"%1\" (%2) lasts %3 minutes, but segment %4 \"%5\" of %6 takes %7 "
                   "minutes: the Cal.com booking would block the wrong time.")
                    .arg(bookable->title)
                    .arg(bookable->id)
                    .arg(bookable->lengthInMinutes)
                    .arg(map.segmentKey, segment->name, serviceName(m_data, map.serviceId))
                    .arg(segment->durationMinutes),
                tr("Set the event type's length to %1 minutes in Cal.com.").arg(segment->durationMinutes));
            f.eventTypeId = bookable->id;
            m_findings.append(f);
        }
        if (!bookable->hidden && segmentsOf.value(map.eventTypeId).size() == 1
            && !reportedNotHidden.contains(bookable->id)) {
            reportedNotHidden.insert(bookable->id);
            Finding f = forMap(Code::EventTypeNotHidden, map,
                tr("Event type \"%1\" (%2) serves only segment %3 of %4 but is not hidden: customers "
                   "can book this single step on its own on the Cal.com booking page.")
                    .arg(bookable->title)
                    .arg(bookable->id)
                    .arg(map.segmentKey, serviceName(m_data, map.serviceId)),
                tr("Hide the event type in Cal.com (\"Hidden\" switch)."));
            f.eventTypeId = bookable->id;
            m_findings.append(f);
        }
    }

    // A round-robin/collective event type is one calendar: two staff members on it book each other.
    for (auto it = nonManagedUse.cbegin(); it != nonManagedUse.cend(); ++it) {
        QSet<QString> staffIds;
        QStringList names;
        for (const EventMapEntry* map : it.value()) {
            if (!staffIds.contains(map->staffId))
                names.append(staffName(m_data, map->staffId));
            staffIds.insert(map->staffId);
        }
        if (staffIds.size() < 2)
            continue;
        for (const EventMapEntry* map : it.value()) {
            m_findings.append(forMap(Code::EventTypeSharedByStaff, *map,
                tr("Event type %1 is no shared template but serves several staff members (%2): "
                   "Cal.com cannot know whose calendar to book.")
                    .arg(it.key())
                    .arg(names.join(QStringLiteral(", "))),
                tr("Give each staff member an own event type (one host each) and update the "
                   "map.")));
        }
    }
    finish();
}

void EventMapVerifier::finish()
{
    if (m_checked)
        return;
    m_checked = true;
    qCDebug(lcEventMaps) << "verify finished:" << m_findings.size() << "findings"
                         << (m_remoteError ? m_remoteError->details() : QString());
    finishOk();
}

} // namespace salon::eventmaps
