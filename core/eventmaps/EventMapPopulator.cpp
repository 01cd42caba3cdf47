#include "EventMapPopulator.h"

#include "EventTypeResolver.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace salon::eventmaps {

namespace {
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
    : QObject(parent)
    , m_resolver(resolver)
{
}

EventMapPopulator::~EventMapPopulator() = default;

void EventMapPopulator::plan(const EventMapData& data)
{
    m_plan = {};
    m_error.clear();
    m_finished = false;
    m_pending = 1; // released from the event loop below, so finished() never comes from inside plan()
    if (!m_resolver)
        m_error = tr("populate-event-maps needs a Cal.com connection.");

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
        ++m_pending;
        ResolveJob* job = m_resolver->resolve(map, *staff);
        connect(job, &ResolveJob::finished, this, [this, job, map, staff = *staff] {
            if (m_finished)
                return;
            if (job->hasFailure()) {
                const ResolveFailure& failure = job->failure();
                if (failure.kind() == ResolveFailure::Kind::CalcomFailure) {
                    m_error = failure.message();
                    finish();
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
    QTimer::singleShot(0, this, [this] {
        if (!m_error.isEmpty())
            finish();
        else
            rowDone();
    });
}

void EventMapPopulator::rowDone()
{
    if (--m_pending == 0)
        finish();
}

void EventMapPopulator::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    std::sort(m_plan.changes.begin(), m_plan.changes.end(),
        [](const EventMapChange& a, const EventMapChange& b) { return a.before.id < b.before.id; });
    qCDebug(lcEventMaps) << "populate plan:" << m_plan.changes.size() << "changes," << m_plan.warnings.size()
                         << "warnings" << m_error;
    emit finished();
}

bool EventMapPopulator::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    connect(this, &EventMapPopulator::finished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_finished;
}

} // namespace salon::eventmaps
