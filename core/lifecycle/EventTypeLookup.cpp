#include "EventTypeLookup.h"

#include "eventmaps/EventTypeResolver.h"
#include "eventmaps/TeamEventTypeCache.h"

namespace salon::lifecycle
{

namespace
{
StepEventType fromEventType(qint64 id, const std::optional<calcom::EventType>& eventType)
{
    StepEventType result;
    result.id = id;
    if (eventType) {
        result.lengthMinutes = eventType->lengthInMinutes;
        result.lengthOptions = eventType->lengthInMinutesOptions;
    }
    return result;
}
} // namespace

EventTypeLookup::EventTypeLookup(calcom::CalcomClient* client, qint64 teamId, QObject* parent)
    : QObject(parent)
    , m_resolver(new eventmaps::EventTypeResolver(client, teamId, nullptr, this))
{
}

EventTypeLookup::EventTypeLookup(eventmaps::EventTypeResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

EventTypeLookup::~EventTypeLookup() = default;

int EventTypeLookup::requestCount() const
{
    return m_resolver->cache()->requestCount();
}

void EventTypeLookup::lookup(const EventMapEntry& entry, const StaffMember& staff, QObject* context,
    std::function<void(const Result&)> done)
{
    QPointer<QObject> guard(context);
    auto* job = m_resolver->resolve(entry, staff);
    connect(job, &eventmaps::ResolveJob::finished, this, [this, job, guard, done, staff] {
        if (!guard)
            return;
        if (job->hasFailure()) {
            done(Unexpected(job->failure()));
            return;
        }
        const eventmaps::ResolvedEventType resolved = job->resolved();
        if (resolved.eventType || staff.calcomUsername.trimmed().isEmpty()) {
            done(fromEventType(resolved.eventTypeId, resolved.eventType));
            return;
        }
        // A stored child: its details are in its owner's event types (one request per user and run).
        m_resolver->cache()->withUserEventTypes(staff.calcomUsername.trimmed(), this,
            [guard, done, resolved](const eventmaps::TeamEventTypeCache::ListResult& list) {
                if (!guard)
                    return;
                std::optional<calcom::EventType> found;
                if (list)
                    for (const calcom::EventType& e : *list)
                        if (e.id == resolved.eventTypeId)
                            found = e;
                done(fromEventType(resolved.eventTypeId, found));
            });
    });
}

} // namespace salon::lifecycle
