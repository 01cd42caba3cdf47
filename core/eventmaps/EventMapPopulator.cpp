#include "EventMapPopulator.h"

#include "EventTypeResolver.h"

#include "common/Clock.h"

#include <QCoreApplication>

namespace salon::eventmaps
{

namespace
{
QString rowLabel(const EventMapEntry& map, const StaffMember& staff)
{
    return QCoreApplication::translate(
        "salon::eventmaps::EventMapPopulator", "map %1 (service %2, segment %3, %4)")
        .arg(map.id)
        .arg(map.serviceId)
        .arg(map.segmentKey, staff.name);
}
} // namespace

EventMapPopulator::EventMapPopulator(EventTypeResolver* resolver, QObject* parent)
    : EventMapPlanJob("populate", parent)
    , m_resolver(resolver)
{
}

EventMapPopulator::~EventMapPopulator() = default;

void EventMapPopulator::doStart()
{
    begin();
    if (!m_resolver)
        m_error = tr("populate-event-maps needs a Cal.com connection.");

    const EventMapData& data = m_data;
    for (const EventMapEntry& map : data.maps) {
        if (!m_error.isEmpty())
            break;
        const Service* service = data.service(map.serviceId);
        const ServiceSegment* segment = service ? service->segment(map.segmentKey) : nullptr;
        const StaffMember* staff = data.staffMember(map.staffId);
        if (!segment || !segment->staffRequired || !staff)
            continue; // nothing is booked for such rows (verify-event-maps reports them)
        if (map.childEventTypeId && *map.childEventTypeId == map.eventTypeId) {
            m_plan.warnings.append(
                tr("%1: the stored child is the parent %2 itself; run repair-event-maps first.")
                    .arg(rowLabel(map, *staff))
                    .arg(map.eventTypeId));
            continue;
        }
        if (map.childEventTypeId)
            continue; // already populated
        rowStarted();
        ResolveJob* job = m_resolver->resolve(map, *staff);
        connect(job, &ResolveJob::finished, this, [this, job, map, staff = *staff] {
            if (isDone())
                return;
            if (job->hasFailure()) {
                const ResolveFailure& failure = job->failure();
                if (failure.kind() == ResolveFailure::Kind::CalcomFailure) {
                    fail(failure.message());
                    return;
                }
                // No child: the row stays NULL. Never the parent.
                m_plan.warnings.append(tr("%1: left NULL — %2").arg(rowLabel(map, staff), failure.message()));
            } else if (job->resolved().source == ResolvedEventType::Source::ManagedChild) {
                EventMapChange change { map, map, {} };
                change.after.childEventTypeId = job->resolved().eventTypeId;
                change.after.childResolvedAt = Clock::instance().nowUtc();
                change.reason = tr("child of the managed event type %1 owned by %2")
                                    .arg(map.eventTypeId)
                                    .arg(staff.name);
                m_plan.changes.append(change);
            }
            rowDone();
        });
    }
    releaseFromEventLoop();
}

} // namespace salon::eventmaps
