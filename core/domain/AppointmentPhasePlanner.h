#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace salon
{

// One segment of a service, as the planner needs it.
struct SegmentTemplate {
    QString key;
    QString name;
    int position = 0;
    int durationMinutes = 0;
    bool staffRequired = true;
};

// One phase of a new appointment.
struct PlannedPhase {
    QString segmentKey;
    QString staffId; // empty for a gap phase (processing time)
    bool staffRequired = true;
    QDateTime startsAt; // UTC
    QDateTime endsAt;
};

// The phases of a new appointment follow from its service's segments: in position order, each starting
// where the previous one ends; staff on the staff-required phases, none on gap phases. Every phase starts
// 'pending' (the sync marks gap phases 'skipped'). Pure domain logic.
class AppointmentPhasePlanner
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentPhasePlanner)
public:
    // staffBySegment: segment key → staff id, needed for every staff-required segment.
    static Expected<QList<PlannedPhase>, QString> plan(QList<SegmentTemplate> segments,
        const QDateTime& start, const QHash<QString, QString>& staffBySegment);
};

} // namespace salon
