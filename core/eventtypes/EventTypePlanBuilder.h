#pragma once

#include "EventTypePlan.h"

#include "calcom/EventType.h"
#include "domain/EventMapEntry.h"
#include "domain/Service.h"
#include "domain/StaffMember.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace salon::eventtypes
{

// What the database says, as the planner reads it.
struct PlanningData {
    QList<Service> services; // the chosen services, segments ordered by position
    QList<StaffMember> staff; // every staff member (names, Cal.com ids; slugs are disambiguated over all)
    QStringList selectedStaffIds; // empty = every active staff member who performs a chosen service
    QList<EventMapEntry> eventMaps; // the map rows of the chosen services
};

// Builds an EventTypePlan from the database's view and ONE list of the team's event types. Pure: no I/O,
// so the classification rules are tested directly.
//
// Per (service, staff-required segment, staff member who performs the service):
//   Blocked  — the staff member has no Cal.com user id;
//   Conflict — another planned item already has the slug (the title template lacks {staff}?);
//   Keep     — the map row points to a non-managed team event type with exactly this host and this length
//              (and no stored child), whatever its slug: nothing to do;
//   Adopt    — a team event type with the slug exists and matches (round robin, exactly this host, this
//              length): the map is pointed at it, no twin is created;
//   Conflict — the slug exists but does not match: shown, never touched;
//   Replace  — the map row points to a MANAGED parent, a missing or a mismatching type: create, re-point;
//   Create   — no map row and no event type with the slug.
class EventTypePlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(salon::eventtypes::EventTypePlanBuilder)
public:
    // "{service}-Segment {segment}-{staff}" — the incident fix's titles ("Ansatzfärbung-Segment A-Fabian
    // Spitzer").
    static QString defaultTitleTemplate();
    // Placeholders: {service}, {segment} (the key), {segmentName}, {staff}, {minutes}.
    static QString renderTitle(const QString& titleTemplate, const Service& service,
        const ServiceSegment& segment, const StaffMember& staff);
    // Empty when usable; otherwise why not (translated).
    static QString templateProblem(const QString& titleTemplate);

    static EventTypePlan build(const PlanningData& data, const QList<calcom::EventType>& teamEventTypes,
        qint64 teamId, const QString& titleTemplate = defaultTitleTemplate());

    // Whether `eventType` books exactly `calcomUserId` for `minutes` without MANAGED children; empty when it
    // does, otherwise what differs (translated). requireRoundRobin: adopting also insists on round robin.
    static QString mismatch(
        const calcom::EventType& eventType, qint64 calcomUserId, int minutes, bool requireRoundRobin);
};

} // namespace salon::eventtypes
