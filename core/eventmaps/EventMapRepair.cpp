#include "EventMapRepair.h"

#include "EventMapVerifier.h"
#include "EventTypeResolver.h"

#include "common/Clock.h"

#include <QMap>

namespace salon::eventmaps
{

EventMapRepair::EventMapRepair(EventTypeResolver* resolver, QObject* parent)
    : EventMapPlanJob("repair", parent)
    , m_resolver(resolver)
{
}

EventMapRepair::~EventMapRepair() = default;

void EventMapRepair::doStart()
{
    begin(); // held until the rows are planned (planRows) or the offline plan is done

    if (!m_resolver) {
        // Offline: the parent-as-child poison is certain from the database alone; the rest needs Cal.com.
        for (const EventMapEntry& map : m_data.maps) {
            if (!map.childEventTypeId || *map.childEventTypeId != map.eventTypeId)
                continue;
            EventMapChange change { map, map, {} };
            change.after.childEventTypeId.reset();
            change.after.childResolvedAt = QDateTime();
            change.reason = tr("child-equals-parent: cleared (offline, the child was not looked up)");
            m_plan.changes.append(change);
        }
        releaseFromEventLoop();
        return;
    }

    delete m_verifier;
    m_verifier = new EventMapVerifier(this);
    m_verifier->setAutoDelete(false); // planRows reads its findings; deleted with the next plan or this
    connect(m_verifier, &Job::finished, this, [this] {
        if (m_verifier->hasRemoteError()) {
            fail(m_verifier->remoteError().userMessage());
            return;
        }
        QList<qint64> mapIds;
        for (const Finding& f : m_verifier->findings()) {
            if (f.fix == Finding::Fix::RepairEventMaps && f.mapId && !mapIds.contains(*f.mapId))
                mapIds.append(*f.mapId);
        }
        planRows(mapIds);
    });
    // The verifier and the resolver share the resolver's cache: the repair costs no extra requests.
    m_verifier->start(m_data, m_resolver->cache());
}

void EventMapRepair::planRows(const QList<qint64>& mapIds)
{
    QMap<qint64, QStringList> codes;
    for (const Finding& f : m_verifier->findings()) {
        if (f.fix == Finding::Fix::RepairEventMaps && f.mapId)
            codes[*f.mapId].append(f.codeName());
    }
    for (const EventMapEntry& map : m_data.maps) {
        if (!mapIds.contains(map.id))
            continue;
        const StaffMember* staff = m_data.staffMember(map.staffId);
        EventMapEntry cleared = map;
        cleared.childEventTypeId.reset();
        cleared.childResolvedAt = QDateTime();
        const QString why = codes.value(map.id).join(QStringLiteral(", "));
        if (!staff) {
            m_plan.changes.append(EventMapChange { map, cleared, tr("%1: cleared").arg(why) });
            continue;
        }
        rowStarted();
        ResolveJob* job = m_resolver->resolve(cleared, *staff);
        connect(job, &ResolveJob::finished, this, [this, job, map, cleared, why] {
            if (isDone())
                return;
            EventMapEntry after = cleared;
            QString outcome;
            if (job->hasFailure()) {
                const ResolveFailure& failure = job->failure();
                if (failure.kind() == ResolveFailure::Kind::CalcomFailure) {
                    fail(failure.message());
                    return;
                }
                outcome = tr("cleared, no child to store (%1)").arg(failure.kindName());
                m_plan.warnings.append(tr("map %1: child left NULL — %2").arg(map.id).arg(failure.message()));
            } else if (job->resolved().source == ResolvedEventType::Source::ManagedChild) {
                after.childEventTypeId = job->resolved().eventTypeId;
                after.childResolvedAt = Clock::instance().nowUtc();
                outcome = tr("the staff member's child %1 stored").arg(job->resolved().eventTypeId);
            } else {
                outcome = tr("cleared, event type %1 is booked directly").arg(map.eventTypeId);
            }
            // A row whose stored child turns out right (one of several sharing it) stays as it is.
            if (after.childEventTypeId != map.childEventTypeId)
                m_plan.changes.append(EventMapChange { map, after, tr("%1: %2").arg(why, outcome) });
            rowDone();
        });
    }
    releaseFromEventLoop();
}

} // namespace salon::eventmaps
