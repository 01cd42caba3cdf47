#include "EventMapRepair.h"

#include "EventMapVerifier.h"
#include "EventTypeResolver.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <QEventLoop>
#include <QMap>
#include <QTimer>

#include <algorithm>

namespace salon::eventmaps {

EventMapRepair::EventMapRepair(EventTypeResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

EventMapRepair::~EventMapRepair() = default;

void EventMapRepair::plan(const EventMapData& data)
{
    m_data = data;
    m_plan = {};
    m_error.clear();
    m_finished = false;
    m_pending = 0;

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
        QTimer::singleShot(0, this, &EventMapRepair::finish);
        return;
    }

    delete m_verifier;
    m_verifier = new EventMapVerifier(this);
    connect(m_verifier, &EventMapVerifier::finished, this, [this] {
        if (m_verifier->hasError()) {
            m_error = m_verifier->error().userMessage();
            finish();
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
    m_pending = 1;
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
        ++m_pending;
        ResolveJob* job = m_resolver->resolve(cleared, *staff);
        connect(job, &ResolveJob::finished, this, [this, job, map, cleared, why] {
            if (m_finished)
                return;
            EventMapEntry after = cleared;
            QString outcome;
            if (job->hasFailure()) {
                const ResolveFailure& failure = job->failure();
                if (failure.kind() == ResolveFailure::Kind::CalcomFailure) {
                    m_error = failure.message();
                    finish();
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
    QTimer::singleShot(0, this, &EventMapRepair::rowDone);
}

void EventMapRepair::rowDone()
{
    if (--m_pending == 0)
        finish();
}

void EventMapRepair::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    std::sort(m_plan.changes.begin(), m_plan.changes.end(),
        [](const EventMapChange& a, const EventMapChange& b) { return a.before.id < b.before.id; });
    qCDebug(lcEventMaps) << "repair plan:" << m_plan.changes.size() << "changes" << m_error;
    emit finished();
}

bool EventMapRepair::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    connect(this, &EventMapRepair::finished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_finished;
}

} // namespace salon::eventmaps
