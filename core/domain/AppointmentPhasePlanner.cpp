#include "AppointmentPhasePlanner.h"

#include <algorithm>

namespace salon
{

Expected<QList<PlannedPhase>, QString> AppointmentPhasePlanner::plan(
    QList<SegmentTemplate> segments, const QDateTime& start, const QHash<QString, QString>& staffBySegment)
{
    if (!start.isValid())
        return Unexpected(tr("Choose when the appointment starts."));
    if (segments.isEmpty())
        return Unexpected(tr("The service has no segments; add at least one on the Segments page first."));
    std::stable_sort(segments.begin(), segments.end(),
        [](const SegmentTemplate& a, const SegmentTemplate& b) { return a.position < b.position; });
    QList<PlannedPhase> phases;
    QDateTime at = start.toUTC();
    for (const SegmentTemplate& segment : segments) {
        if (segment.durationMinutes <= 0)
            return Unexpected(tr("Segment \"%1\" has no duration.").arg(segment.key));
        PlannedPhase phase;
        phase.segmentKey = segment.key;
        phase.staffRequired = segment.staffRequired;
        if (segment.staffRequired) {
            phase.staffId = staffBySegment.value(segment.key);
            if (phase.staffId.isEmpty())
                return Unexpected(
                    tr("Choose a staff member for segment \"%1\" (%2).").arg(segment.key, segment.name));
        }
        phase.startsAt = at;
        at = at.addSecs(qint64(segment.durationMinutes) * 60);
        phase.endsAt = at;
        phases.append(phase);
    }
    return phases;
}

} // namespace salon
