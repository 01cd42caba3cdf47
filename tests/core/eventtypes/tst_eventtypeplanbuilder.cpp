// The classification rules of the event-type plan, without database or network: create, adopt, keep,
// replace, conflict, blocked; slugs, titles and staff selection.
#include "eventtypes/EventTypePlanBuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace salon;
using namespace salon::eventtypes;
using C = PlanItem::Classification;

namespace
{

const QString kFabian = QStringLiteral("3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01");
const QString kFabian2 = QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c");
const QString kLena = QStringLiteral("b7d2c4e6-1f3a-4c5b-9d8e-2a4b6c8d0e13");
constexpr qint64 kTeam = 12345;

StaffMember staff(const QString& id, const QString& name, std::optional<qint64> userId)
{
    StaffMember s;
    s.id = id;
    s.name = name;
    s.calcomUserId = userId;
    return s;
}

Service ansatz()
{
    Service s;
    s.id = 440;
    s.name = QStringLiteral("Ansatzfärbung");
    int position = 0;
    for (const auto& [key, minutes, required] : { std::tuple { "A", 30, true }, std::tuple { "P", 30, false },
             std::tuple { "B", 15, true }, std::tuple { "C", 30, true }, std::tuple { "D", 30, true } }) {
        ServiceSegment seg;
        seg.key = QString::fromLatin1(key);
        seg.name = QStringLiteral("Segment ") + seg.key;
        seg.position = ++position;
        seg.durationMinutes = minutes;
        seg.staffRequired = required;
        s.segments.append(seg);
    }
    s.staffIds = { kFabian, kFabian2 };
    return s;
}

PlanningData incidentData()
{
    PlanningData d;
    d.services = { ansatz() };
    d.staff = { staff(kFabian, QStringLiteral("Fabian Spitzer"), 1346406),
        staff(kFabian2, QStringLiteral("Fabian Spitzer #2"), 1346408),
        staff(kLena, QStringLiteral("Lena Hoffmann"), 1346410) };
    return d;
}

calcom::EventType roundRobin(qint64 id, const QString& slug, qint64 userId, int minutes)
{
    calcom::EventType et;
    et.id = id;
    et.slug = slug;
    et.title = slug;
    et.teamId = kTeam;
    et.lengthInMinutes = minutes;
    et.schedulingType = calcom::SchedulingType::RoundRobin;
    calcom::Host h;
    h.userId = userId;
    h.mandatory = true;
    h.priority = QStringLiteral("high");
    et.hosts = { h };
    return et;
}

calcom::EventType managedParent(qint64 id, const QString& slug, int minutes)
{
    calcom::EventType et;
    et.id = id;
    et.slug = slug;
    et.teamId = kTeam;
    et.lengthInMinutes = minutes;
    et.schedulingType = calcom::SchedulingType::Managed;
    return et;
}

EventMapEntry mapRow(qint64 id, const QString& key, const QString& staffId, qint64 eventTypeId)
{
    EventMapEntry e;
    e.id = id;
    e.serviceId = 440;
    e.segmentKey = key;
    e.staffId = staffId;
    e.eventTypeId = eventTypeId;
    return e;
}

const PlanItem* find(const EventTypePlan& plan, const QString& key, const QString& staffId)
{
    for (const PlanItem& i : plan.items)
        if (i.segmentKey == key && i.staffId == staffId)
            return &i;
    return nullptr;
}

} // namespace

class TestEventTypePlanBuilder : public QObject
{
    Q_OBJECT
private slots:
    void incidentMapIsReplacedItemByItem()
    {
        PlanningData d = incidentData();
        QList<calcom::EventType> team;
        const QList<std::pair<QString, qint64>> parents { { QStringLiteral("A"), 3982562 },
            { QStringLiteral("B"), 3982564 }, { QStringLiteral("C"), 3982566 },
            { QStringLiteral("D"), 3982568 } };
        qint64 rowId = 1;
        for (const auto& [key, parentId] : parents) {
            team.append(
                managedParent(parentId, QStringLiteral("ansatzfarbung-segment-") + key.toLower(), 30));
            d.eventMaps.append(mapRow(rowId++, key, kFabian, parentId));
            d.eventMaps.append(mapRow(rowId++, key, kFabian2, parentId));
        }
        const EventTypePlan plan = EventTypePlanBuilder::build(d, team, kTeam);
        QCOMPARE(
            plan.items.size(), 8); // 4 staff-required segments x 2 performers; P and Lena are not planned
        QCOMPARE(plan.count(C::Replace), 8);
        QCOMPARE(plan.createCount(), 8);
        QCOMPARE(plan.problemCount(), 0);
        for (const PlanItem& i : plan.items) {
            QVERIFY(i.mapPointsToManagedParent);
            QVERIFY2(i.reason.contains(QStringLiteral("MANAGED")), qPrintable(i.reason));
            QVERIFY(i.segmentKey != QStringLiteral("P"));
        }
        const PlanItem* a2 = find(plan, QStringLiteral("A"), kFabian2);
        QVERIFY(a2);
        QCOMPARE(a2->title, QStringLiteral("Ansatzfärbung-Segment A-Fabian Spitzer #2"));
        QCOMPARE(a2->slug, QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer-2"));
        QCOMPARE(a2->mapEventTypeId, std::optional<qint64>(3982562));

        // What is sent: hidden ROUND_ROBIN with one mandatory high-priority host and the segment's length.
        const QJsonObject body = a2->input().toJson();
        QCOMPARE(body.value(QStringLiteral("schedulingType")).toString(), QStringLiteral("roundRobin"));
        QCOMPARE(body.value(QStringLiteral("hidden")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("lengthInMinutes")).toInt(), 30);
        const QJsonArray hosts = body.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts.first().toObject().value(QStringLiteral("userId")).toInteger(), 1346408);
        QCOMPARE(hosts.first().toObject().value(QStringLiteral("mandatory")).toBool(), true);
        QCOMPARE(
            hosts.first().toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(find(plan, QStringLiteral("B"), kFabian)->input().lengthInMinutes, 15);
    }

    void createKeepAdoptConflict()
    {
        PlanningData d = incidentData();
        // A: no row, nothing in Cal.com -> create.
        // B: row points to a valid RR type with another slug -> keep.
        // C: no row, a matching type holds the slug -> adopt.
        // D: no row, the slug is held by a type with another host -> conflict.
        d.eventMaps = { mapRow(1, QStringLiteral("B"), kFabian, 500) };
        const QList<calcom::EventType> team { roundRobin(500, QStringLiteral("legacy-b"), 1346406, 15),
            roundRobin(501, QStringLiteral("ansatzfarbung-segment-c-fabian-spitzer"), 1346406, 30),
            roundRobin(502, QStringLiteral("ansatzfarbung-segment-d-fabian-spitzer"), 1346410, 30) };
        d.selectedStaffIds = { kFabian };
        const EventTypePlan plan = EventTypePlanBuilder::build(d, team, kTeam);
        QCOMPARE(plan.items.size(), 4);
        QCOMPARE(find(plan, QStringLiteral("A"), kFabian)->classification, C::Create);
        const PlanItem* b = find(plan, QStringLiteral("B"), kFabian);
        QCOMPARE(b->classification, C::Keep);
        QCOMPARE(b->existingEventTypeId, std::optional<qint64>(500));
        const PlanItem* c = find(plan, QStringLiteral("C"), kFabian);
        QCOMPARE(c->classification, C::Adopt);
        QCOMPARE(c->existingEventTypeId, std::optional<qint64>(501));
        QVERIFY(c->changesMap());
        QVERIFY(!c->needsCreate());
        const PlanItem* dd = find(plan, QStringLiteral("D"), kFabian);
        QCOMPARE(dd->classification, C::Conflict);
        QCOMPARE(dd->existingEventTypeId, std::optional<qint64>(502));
        QVERIFY2(dd->reason.contains(QStringLiteral("1346410")), qPrintable(dd->reason));
        QCOMPARE(plan.createCount(), 1);
        QCOMPARE(plan.changeCount(), 2);
        QCOMPARE(plan.problemCount(), 1);
    }

    void brokenRowsAreReplaced()
    {
        PlanningData d = incidentData();
        d.selectedStaffIds = { kFabian };
        // A: wrong length; B: two hosts; C: not in the team (deleted); D: valid, but a stale child id is
        // stored.
        d.eventMaps = { mapRow(1, QStringLiteral("A"), kFabian, 600),
            mapRow(2, QStringLiteral("B"), kFabian, 601), mapRow(3, QStringLiteral("C"), kFabian, 999),
            mapRow(4, QStringLiteral("D"), kFabian, 603) };
        d.eventMaps[3].childEventTypeId = 777;
        calcom::EventType twoHosts = roundRobin(601, QStringLiteral("b"), 1346406, 15);
        twoHosts.hosts.append(roundRobin(0, {}, 1346408, 15).hosts.first());
        const QList<calcom::EventType> team { roundRobin(600, QStringLiteral("a"), 1346406, 45), twoHosts,
            roundRobin(603, QStringLiteral("d"), 1346406, 30) };
        const EventTypePlan plan = EventTypePlanBuilder::build(d, team, kTeam);
        QCOMPARE(plan.count(C::Replace), 4);
        QVERIFY(find(plan, QStringLiteral("A"), kFabian)->reason.contains(QStringLiteral("45")));
        QVERIFY(find(plan, QStringLiteral("B"), kFabian)->reason.contains(QStringLiteral("1346408")));
        QVERIFY(find(plan, QStringLiteral("C"), kFabian)->reason.contains(QStringLiteral("999")));
        QVERIFY(find(plan, QStringLiteral("D"), kFabian)->reason.contains(QStringLiteral("777")));
        for (const PlanItem& i : plan.items)
            QVERIFY(!i.mapPointsToManagedParent);
    }

    void adoptingReplacesAManagedRow()
    {
        // A re-run after a crash: the new type exists, the row still points to the MANAGED parent.
        PlanningData d = incidentData();
        d.selectedStaffIds = { kFabian };
        d.eventMaps = { mapRow(1, QStringLiteral("A"), kFabian, 3982562) };
        const QList<calcom::EventType> team { managedParent(
                                                  3982562, QStringLiteral("ansatzfarbung-segment-a"), 30),
            roundRobin(700, QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer"), 1346406, 30) };
        const EventTypePlan plan = EventTypePlanBuilder::build(d, team, kTeam);
        const PlanItem* a = find(plan, QStringLiteral("A"), kFabian);
        QCOMPARE(a->classification, C::Adopt);
        QCOMPARE(a->existingEventTypeId, std::optional<qint64>(700));
        QVERIFY(a->mapPointsToManagedParent);
    }

    void adoptNeedsRoundRobin()
    {
        PlanningData d = incidentData();
        d.selectedStaffIds = { kFabian };
        calcom::EventType collective
            = roundRobin(800, QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer"), 1346406, 30);
        collective.schedulingType = calcom::SchedulingType::Collective;
        const EventTypePlan plan = EventTypePlanBuilder::build(d, { collective }, kTeam);
        QCOMPARE(find(plan, QStringLiteral("A"), kFabian)->classification, C::Conflict);
    }

    void staffWithoutCalcomUserIsBlocked()
    {
        PlanningData d = incidentData();
        d.staff[1].calcomUserId.reset();
        const EventTypePlan plan = EventTypePlanBuilder::build(d, {}, kTeam);
        QCOMPARE(plan.count(C::Blocked), 4);
        QCOMPARE(plan.count(C::Create), 4);
        QCOMPARE(plan.problemCount(), 4);
        QVERIFY(!find(plan, QStringLiteral("A"), kFabian2)->changesMap());
    }

    void selectionAndNotes()
    {
        PlanningData d = incidentData();
        d.selectedStaffIds = { kFabian2, kLena };
        const EventTypePlan plan = EventTypePlanBuilder::build(d, {}, kTeam);
        QCOMPARE(plan.items.size(), 4);
        for (const PlanItem& i : plan.items)
            QCOMPARE(i.staffId, kFabian2);
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY(plan.notes.first().contains(QStringLiteral("Lena Hoffmann")));

        // Without a selection inactive staff are left out.
        PlanningData all = incidentData();
        all.staff[0].active = false;
        QCOMPARE(EventTypePlanBuilder::build(all, {}, kTeam).items.size(), 4);
    }

    void sameNamesGetStableDistinctSlugs()
    {
        PlanningData d = incidentData();
        d.staff[1].name = QStringLiteral("Fabian Spitzer");
        const EventTypePlan plan = EventTypePlanBuilder::build(d, {}, kTeam);
        QCOMPARE(plan.problemCount(), 0);
        const PlanItem* a1 = find(plan, QStringLiteral("A"), kFabian);
        const PlanItem* a2 = find(plan, QStringLiteral("A"), kFabian2);
        QCOMPARE(a1->slug, QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer-3c1e9b52"));
        QCOMPARE(a2->slug, QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer-9f47fda1"));
        // Stable: choosing only one of them yields the same slug.
        d.selectedStaffIds = { kFabian2 };
        QCOMPARE(
            find(EventTypePlanBuilder::build(d, {}, kTeam), QStringLiteral("A"), kFabian2)->slug, a2->slug);
    }

    void titleTemplate()
    {
        const Service s = ansatz();
        const StaffMember f = staff(kFabian, QStringLiteral("Fabian Spitzer"), 1);
        QCOMPARE(EventTypePlanBuilder::renderTitle(
                     QStringLiteral("{staff}: {service} {segment} ({segmentName}, {minutes} min)"), s,
                     s.segments.at(2), f),
            QStringLiteral("Fabian Spitzer: Ansatzfärbung B (Segment B, 15 min)"));
        QVERIFY(
            EventTypePlanBuilder::templateProblem(EventTypePlanBuilder::defaultTitleTemplate()).isEmpty());
        QVERIFY(!EventTypePlanBuilder::templateProblem(QStringLiteral("{service}-{segment}")).isEmpty());
        QVERIFY(!EventTypePlanBuilder::templateProblem(QStringLiteral("  ")).isEmpty());

        // Built anyway, a template without {staff} makes the second staff member's items conflicts.
        const EventTypePlan plan
            = EventTypePlanBuilder::build(incidentData(), {}, kTeam, QStringLiteral("{service}-{segment}"));
        QCOMPARE(plan.count(C::Create), 4);
        QCOMPARE(plan.count(C::Conflict), 4);
    }

    void json()
    {
        const EventTypePlan plan = EventTypePlanBuilder::build(incidentData(), {}, kTeam);
        const QJsonObject o = plan.toJson();
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("create")).toInt(), 8);
        const QJsonObject first = o.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("classification")).toString(), QStringLiteral("create"));
        QVERIFY(first.value(QStringLiteral("request")).toObject().contains(QStringLiteral("hosts")));
    }
};

QTEST_GUILESS_MAIN(TestEventTypePlanBuilder)
#include "tst_eventtypeplanbuilder.moc"
