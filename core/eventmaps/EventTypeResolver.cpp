#include "EventTypeResolver.h"

#include "TeamEventTypeCache.h"

#include "calcom/CalcomClient.h"
#include "common/Logging.h"

namespace salon::eventmaps
{

using calcom::EventType;

EventTypeResolver::EventTypeResolver(
    calcom::CalcomClient* client, qint64 teamId, TeamEventTypeCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_teamId(teamId)
    , m_cache(cache)
{
    if (!m_cache) {
        m_cache = new TeamEventTypeCache(client, teamId, this);
    }
}

EventTypeResolver::~EventTypeResolver() = default;

ResolveJob* EventTypeResolver::resolve(const EventMapEntry& entry, const StaffMember& staff)
{
    auto* job = new ResolveJob(this);
    run(job, entry, staff);
    return job;
}

void EventTypeResolver::run(ResolveJob* job, const EventMapEntry& entry, const StaffMember& staff)
{
    // 1. A stored child wins — unless it is the parent itself (the incident's poison).
    if (entry.childEventTypeId) {
        if (*entry.childEventTypeId != entry.eventTypeId) {
            job->finish(ResolvedEventType { *entry.childEventTypeId, entry.eventTypeId,
                ResolvedEventType::Source::StoredChild, std::nullopt });
            return;
        }
        qCWarning(lcEventMaps) << "map" << entry.id << "stores its parent" << entry.eventTypeId
                               << "as child; ignoring it (run repair-event-maps)";
    }

    // 2. Read the event type from the run's team list.
    m_cache->withTeamEventTypes(job, [this, job, entry, staff](const TeamEventTypeCache::ListResult& list) {
        if (!list) {
            job->finish(Unexpected(ResolveFailure(CalcomFailure { list.error() })));
            return;
        }
        const std::optional<EventType> eventType = m_cache->teamEventType(entry.eventTypeId);
        if (!eventType) {
            job->finish(Unexpected(ResolveFailure(EventTypeMissing { entry.eventTypeId })));
            return;
        }
        if (!eventType->isManagedParent()) {
            job->finish(ResolvedEventType {
                eventType->id, entry.eventTypeId, ResolvedEventType::Source::NotManaged, eventType });
            return;
        }
        // 3. MANAGED: only the staff user's child can be booked.
        resolveManaged(job, *eventType, staff);
    });
}

void EventTypeResolver::resolveManaged(ResolveJob* job, const EventType& parent, const StaffMember& staff)
{
    if (!staff.calcomUserId) {
        job->finish(Unexpected(ResolveFailure(StaffWithoutCalcomUser { staff.id, staff.name })));
        return;
    }
    const qint64 userId = *staff.calcomUserId;
    if (auto saved = m_cache->rememberedChild(parent.id, userId); saved && saved->id != parent.id) {
        job->finish(
            ResolvedEventType { saved->id, parent.id, ResolvedEventType::Source::ManagedChild, saved });
        return;
    }

    // Cal.com builds a MANAGED parent's hosts from its children: a host has a child.
    const calcom::Host* host = nullptr;
    for (const calcom::Host& h : parent.hosts) {
        if (h.userId == userId)
            host = &h;
    }
    const bool isHost = host != nullptr;
    QString username = staff.calcomUsername.trimmed();
    if (username.isEmpty() && host)
        username = host->username.trimmed();
    if (username.isEmpty()) {
        if (!isHost)
            job->finish(Unexpected(ResolveFailure(NoChildForHost { parent.id, userId })));
        else
            job->finish(Unexpected(ResolveFailure(StaffWithoutCalcomUser { staff.id, staff.name })));
        return;
    }

    m_cache->withUserEventTypes(
        username, job, [job, parent, userId, username, isHost](const TeamEventTypeCache::ListResult& list) {
            if (!list) {
                job->finish(Unexpected(ResolveFailure(CalcomFailure { list.error() })));
                return;
            }
            const auto child = TeamEventTypeCache::childIn(*list, parent.id, userId);
            if (child && child->id != parent.id) {
                job->finish(ResolvedEventType {
                    child->id, parent.id, ResolvedEventType::Source::ManagedChild, child });
                return;
            }
            // Never the parent: either the child is hidden from us, or there is none.
            if (isHost)
                job->finish(Unexpected(ResolveFailure(ChildNotVisible { parent.id, userId, username })));
            else
                job->finish(Unexpected(ResolveFailure(NoChildForHost { parent.id, userId })));
        });
}

} // namespace salon::eventmaps
