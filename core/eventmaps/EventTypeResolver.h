#pragma once

#include "ResolveJob.h"
#include "ResolvedEventType.h"

#include "domain/EventMapEntry.h"
#include "domain/StaffMember.h"

#include <QObject>
#include <QPointer>

namespace salon::calcom
{
class CalcomClient;
}

namespace salon::eventmaps
{

class TeamEventTypeCache;

// Answers "which Cal.com event type do I book for this map row and this staff member?" — or says exactly
// why there is none. It never guesses: a MANAGED parent id is never returned (Cal.com refuses to book it,
// which was the incident), and a missing child is a failure, not a fallback to the parent.
//
// Priorities, per (map row, staff member):
//   1. a stored child_event_type_id that differs from event_type_id is used as is (no request);
//      a stored child equal to the parent is poison: it is ignored (and logged) and resolution goes on;
//   2. the event type is read (from the per-run team list); if it is not MANAGED, event_type_id is used;
//   3. if it is MANAGED, the child owned by the staff member's Cal.com user is found: from a create/PATCH
//      answer remembered in the cache, or from the user's event types (GET /v2/event-types?username=).
//      The parent's hosts are the users that HAVE a child (Cal.com builds them from the children):
//        - user not among the hosts            -> NoChildForHost {parentId, calcomUserId}
//        - host, but the lookup shows no child -> ChildNotVisible (hidden from our key), not "no child"
//
// Requests: the team's event types are fetched once per cache (not paginated), each staff user's event
// types at most once per cache; concurrent resolves share the same requests. Use one cache per run (a
// verify, a sync pass); create a new one to see fresh Cal.com state.
//
//   auto* job = resolver->resolve(entry, staff);
//   connect(job, &ResolveJob::finished, this, [job] {
//       if (job->hasFailure()) { report(job->failure().message()); return; }
//       book(job->resolved().eventTypeId);
//   });
class EventTypeResolver : public QObject
{
    Q_OBJECT
public:
    // cache: shared per run; when null the resolver makes its own (owned, one run = the resolver's life).
    EventTypeResolver(calcom::CalcomClient* client, qint64 teamId, TeamEventTypeCache* cache = nullptr,
        QObject* parent = nullptr);
    ~EventTypeResolver() override;

    qint64 teamId() const { return m_teamId; }
    TeamEventTypeCache* cache() const { return m_cache; }

    // Starts at once and returns a job (parented to the resolver, auto-deleting after finished()).
    // finished() is always emitted from the event loop, never inside this call.
    ResolveJob* resolve(const EventMapEntry& entry, const StaffMember& staff);

private:
    void run(ResolveJob* job, const EventMapEntry& entry, const StaffMember& staff);
    void resolveManaged(ResolveJob* job, const calcom::EventType& parent, const StaffMember& staff);

    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    TeamEventTypeCache* m_cache = nullptr;
};

} // namespace salon::eventmaps
