#include "EventTypePlanBuilder.h"

#include "EventTypeSlug.h"

#include <QHash>
#include <QSet>

namespace salon::eventtypes
{

namespace
{

QString hostList(const calcom::EventType& eventType)
{
    QStringList ids;
    for (const calcom::Host& h : eventType.hosts)
        ids.append(QString::number(h.userId));
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString EventTypePlanBuilder::defaultTitleTemplate()
{
    return QStringLiteral("{service}-Segment {segment}-{staff}");
}

QString EventTypePlanBuilder::renderTitle(const QString& titleTemplate, const Service& service,
    const ServiceSegment& segment, const StaffMember& staff)
{
    QString title = titleTemplate;
    // {segmentName} before {segment}: the shorter placeholder is a prefix of the longer one.
    title.replace(QStringLiteral("{segmentName}"), segment.name);
    title.replace(QStringLiteral("{segment}"), segment.key);
    title.replace(QStringLiteral("{service}"), service.name);
    title.replace(QStringLiteral("{staff}"), staff.name);
    title.replace(QStringLiteral("{minutes}"), QString::number(segment.durationMinutes));
    return title.simplified();
}

QString EventTypePlanBuilder::templateProblem(const QString& titleTemplate)
{
    if (titleTemplate.trimmed().isEmpty())
        return tr("The title template is empty.");
    for (const QString& needed : { QStringLiteral("{service}"), QStringLiteral("{staff}") }) {
        if (!titleTemplate.contains(needed))
            return tr("The title template must contain %1, or the slugs of different items collide.")
                .arg(needed);
    }
    if (!titleTemplate.contains(QStringLiteral("{segment}"))
        && !titleTemplate.contains(QStringLiteral("{segmentName}")))
        return tr("The title template must contain {segment} or {segmentName}, or the slugs of different "
                  "items collide.");
    return {};
}

QString EventTypePlanBuilder::mismatch(
    const calcom::EventType& eventType, qint64 calcomUserId, int minutes, bool requireRoundRobin)
{
    QStringList problems;
    if (eventType.isManagedParent())
        problems.append(tr("it is a MANAGED parent, which cannot be booked"));
    else if (eventType.isManagedChild())
        problems.append(tr("it is a MANAGED child"));
    else if (requireRoundRobin && eventType.schedulingType != calcom::SchedulingType::RoundRobin)
        problems.append(tr("its scheduling type is %1, not round robin")
                            .arg(calcom::schedulingTypeToApiString(eventType.schedulingType)));
    if (!eventType.isManagedParent()
        && !(eventType.hosts.size() == 1 && eventType.hosts.first().userId == calcomUserId))
        problems.append(eventType.hosts.isEmpty()
                ? tr("it has no host")
                : tr("its hosts are %1 instead of only %2").arg(hostList(eventType)).arg(calcomUserId));
    if (eventType.lengthInMinutes != minutes)
        problems.append(tr("it lasts %1 min instead of %2 min").arg(eventType.lengthInMinutes).arg(minutes));
    return problems.join(QStringLiteral("; "));
}

EventTypePlan EventTypePlanBuilder::build(const PlanningData& data,
    const QList<calcom::EventType>& teamEventTypes, qint64 teamId, const QString& titleTemplate)
{
    using C = PlanItem::Classification;
    EventTypePlan plan;
    plan.teamId = teamId;
    plan.titleTemplate = titleTemplate;

    QHash<qint64, const calcom::EventType*> byId;
    QHash<QString, const calcom::EventType*> bySlug;
    for (const calcom::EventType& et : teamEventTypes) {
        byId.insert(et.id, &et);
        bySlug.insert(et.slug, &et);
    }
    QHash<QString, const StaffMember*> staffById;
    // Two staff members with the same name would get the same slug: both get a stable suffix from their id.
    QHash<QString, int> nameSlugCount;
    for (const StaffMember& s : data.staff) {
        staffById.insert(s.id, &s);
        nameSlugCount[EventTypeSlug::slugify(s.name)] += 1;
    }
    auto mapRow = [&](qint64 serviceId, const QString& key, const QString& staffId) -> const EventMapEntry* {
        for (const EventMapEntry& m : data.eventMaps)
            if (m.serviceId == serviceId && m.segmentKey == key && m.staffId == staffId)
                return &m;
        return nullptr;
    };

    const QSet<QString> selected(data.selectedStaffIds.cbegin(), data.selectedStaffIds.cend());
    QSet<QString> selectedUsed;
    QHash<QString, int> plannedSlugs;

    for (const Service& service : data.services) {
        for (const ServiceSegment& segment : service.segments) {
            if (!segment.staffRequired)
                continue;
            for (const QString& staffId : service.staffIds) {
                const StaffMember* staff = staffById.value(staffId);
                if (!staff)
                    continue;
                if (selected.isEmpty() ? !staff->active : !selected.contains(staffId))
                    continue;
                selectedUsed.insert(staffId);

                PlanItem item;
                item.serviceId = service.id;
                item.serviceName = service.name;
                item.segmentKey = segment.key;
                item.segmentName = segment.name;
                item.durationMinutes = segment.durationMinutes;
                item.staffId = staff->id;
                item.staffName = staff->name;
                item.calcomUserId = staff->calcomUserId;
                item.title = renderTitle(titleTemplate, service, segment, *staff);
                item.slug = EventTypeSlug::slugify(item.title);
                if (nameSlugCount.value(EventTypeSlug::slugify(staff->name)) > 1)
                    item.slug += QLatin1Char('-') + EventTypeSlug::slugify(staff->id).left(8);

                const EventMapEntry* row = mapRow(service.id, segment.key, staff->id);
                const calcom::EventType* mapped = nullptr;
                if (row) {
                    item.mapRowId = row->id;
                    item.mapEventTypeId = row->eventTypeId;
                    item.mapChildEventTypeId = row->childEventTypeId;
                    mapped = byId.value(row->eventTypeId);
                    item.mapPointsToManagedParent = mapped && mapped->isManagedParent();
                }

                if (!staff->calcomUserId) {
                    item.classification = C::Blocked;
                    item.reason
                        = tr("%1 has no Cal.com user id; set it in the staff table first.").arg(staff->name);
                } else if (plannedSlugs.contains(item.slug)) {
                    item.classification = C::Conflict;
                    item.reason
                        = tr("Another planned item has the same slug \"%1\"; check the title template.")
                              .arg(item.slug);
                } else {
                    const qint64 userId = *staff->calcomUserId;
                    // Why the map row cannot stay as it is (empty: it can).
                    QString rowProblem;
                    if (row) {
                        if (!mapped)
                            rowProblem = tr(
                                "The mapped event type %1 is not a team event type of team %2 (deleted or "
                                "user-owned).")
                                             .arg(row->eventTypeId)
                                             .arg(teamId);
                        else if (const QString m = mismatch(*mapped, userId, segment.durationMinutes, false);
                                 !m.isEmpty())
                            rowProblem = tr("The mapped event type %1 does not fit: %2.")
                                             .arg(row->eventTypeId)
                                             .arg(m);
                        else if (row->childEventTypeId)
                            rowProblem = tr("The map row still carries the MANAGED child id %1.")
                                             .arg(*row->childEventTypeId);
                    }
                    const calcom::EventType* holder = bySlug.value(item.slug);
                    if (row && rowProblem.isEmpty()) {
                        item.classification = C::Keep;
                        item.existingEventTypeId = mapped->id;
                        item.reason
                            = tr("The map already points to event type %1 with the right host and length.")
                                  .arg(mapped->id);
                    } else if (holder) {
                        const QString m = mismatch(*holder, userId, segment.durationMinutes, true);
                        item.existingEventTypeId = holder->id;
                        if (m.isEmpty()) {
                            item.classification = C::Adopt;
                            item.reason
                                = tr("Event type %1 with this slug already exists and matches; it is reused.")
                                      .arg(holder->id);
                            if (!rowProblem.isEmpty())
                                item.reason += QLatin1Char(' ') + rowProblem;
                        } else {
                            item.classification = C::Conflict;
                            item.reason = tr(
                                "Event type %1 already has the slug \"%2\" but %3. It is left untouched.")
                                              .arg(holder->id)
                                              .arg(item.slug, m);
                        }
                    } else if (row) {
                        item.classification = C::Replace;
                        item.reason = rowProblem;
                    } else {
                        item.classification = C::Create;
                        item.reason = tr("No map row and no event type with this slug yet.");
                    }
                }
                plannedSlugs.insert(item.slug, int(plan.items.size()));
                plan.items.append(item);
            }
        }
    }

    for (const QString& id : data.selectedStaffIds) {
        if (selectedUsed.contains(id))
            continue;
        const StaffMember* staff = staffById.value(id);
        plan.notes.append(staff
                ? tr("%1 performs none of the chosen services; nothing is planned for them.").arg(staff->name)
                : tr("Unknown staff member %1.").arg(id));
    }
    return plan;
}

} // namespace salon::eventtypes
