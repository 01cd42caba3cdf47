#include "EventMapTestKit.h"
#include "IncidentDataset.h"

#include <QJsonArray>
#include <QSet>

namespace salon::eventmaps::test
{

using sandbox::SandboxState;

QJsonObject EventMapTestKit::managedParent(qint64 id, const QString& slug, int length, bool hidden)
{
    return QJsonObject { { "id", id }, { "teamId", kTeam }, { "ownerId", QJsonValue() },
        { "parentEventTypeId", QJsonValue() }, { "title", slug }, { "slug", slug },
        { "lengthInMinutes", length }, { "hidden", hidden }, { "schedulingType", "managed" },
        { "hosts", QJsonArray() }, { "description", "" }, { "assignAllTeamMembers", false } };
}

QJsonObject EventMapTestKit::managedChild(
    qint64 id, qint64 parentId, qint64 ownerId, const QString& slug, int length, bool hidden)
{
    return QJsonObject { { "id", id }, { "teamId", QJsonValue() }, { "ownerId", ownerId },
        { "parentEventTypeId", parentId }, { "title", slug }, { "slug", slug }, { "lengthInMinutes", length },
        { "hidden", hidden }, { "schedulingType", "managed" }, { "hosts", QJsonArray() },
        { "description", "" } };
}

QJsonObject EventMapTestKit::roundRobin(
    qint64 id, const QString& slug, int length, bool hidden, const QList<qint64>& hosts)
{
    QJsonArray hostList;
    for (qint64 userId : hosts)
        hostList.append(QJsonObject { { "userId", userId }, { "mandatory", true }, { "priority", "high" } });
    return QJsonObject { { "id", id }, { "teamId", kTeam }, { "ownerId", QJsonValue() },
        { "parentEventTypeId", QJsonValue() }, { "title", slug }, { "slug", slug },
        { "lengthInMinutes", length }, { "hidden", hidden }, { "schedulingType", "roundRobin" },
        { "hosts", hostList }, { "description", "" }, { "assignAllTeamMembers", false } };
}

SandboxState EventMapTestKit::cleanCalcom()
{
    SandboxState state = SandboxFixtures::smallTeam();
    state.eventTypes = {
        managedParent(kParentA, "faerben-a", 30, true),
        managedChild(kChildAlice, kParentA, kAliceUser, "faerben-a", 30, true),
        managedChild(kChildBob, kParentA, kBobUser, "faerben-a", 30, true),
        roundRobin(kRoundRobinAlice, "faerben-b-alice", 15, true, { kAliceUser }),
        roundRobin(kRoundRobinBob, "faerben-b-bob", 15, true, { kBobUser }),
    };
    return state;
}

EventMapData EventMapTestKit::cleanData()
{
    EventMapData data;
    data.staff = { StaffMember { kAliceStaff, "Alice", "alice@example.com", kAliceUser, "alice", true },
        StaffMember { kBobStaff, "Bob", "bob@example.com", kBobUser, "bob", true } };
    Service service;
    service.id = kService;
    service.name = QStringLiteral("Färben");
    service.durationMinutes = 65;
    service.isComposite = true;
    service.segments = { ServiceSegment { 11, "A", "Farbe auftragen", 1, 30, true },
        ServiceSegment { 12, "P", "Einwirkzeit", 2, 20, false },
        ServiceSegment { 13, "B", "Auswaschen", 3, 15, true } };
    service.staffIds = { kAliceStaff, kBobStaff };
    data.services = { service };
    auto row = [](qint64 id, const QString& segment, const QString& staff, qint64 eventType,
                   std::optional<qint64> child) {
        EventMapEntry e;
        e.id = id;
        e.serviceId = kService;
        e.segmentKey = segment;
        e.staffId = staff;
        e.eventTypeId = eventType;
        e.childEventTypeId = child;
        return e;
    };
    data.maps = { row(MapAAlice, "A", kAliceStaff, kParentA, kChildAlice),
        row(MapABob, "A", kBobStaff, kParentA, kChildBob),
        row(MapBAlice, "B", kAliceStaff, kRoundRobinAlice, std::nullopt),
        row(MapBBob, "B", kBobStaff, kRoundRobinBob, std::nullopt) };
    return data;
}

QJsonObject* EventMapTestKit::eventType(SandboxState& state, qint64 id)
{
    return state.eventType(id);
}

EventMapEntry* EventMapTestKit::map(EventMapData& data, qint64 id)
{
    for (EventMapEntry& e : data.maps) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

StaffMember* EventMapTestKit::staff(EventMapData& data, const QString& id)
{
    for (StaffMember& s : data.staff) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

std::unique_ptr<calcom::CalcomClient> EventMapTestKit::client(
    const sandbox::SandboxServer& server, const QString& key)
{
    calcom::CalcomSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.timeoutMs = 10000;
    auto client = std::make_unique<calcom::CalcomClient>(settings);
    client->setApiKey(key);
    return client;
}

SandboxState EventMapTestKit::incidentCalcom()
{
    auto state = SandboxState::fromScenario(QStringLiteral("incident"));
    Q_ASSERT(state);
    return *state;
}

QString EventMapTestKit::importIncident(const QSqlDatabase& db)
{
    return salon::test::importIncidentSalon(db);
}

QList<qint64> EventMapTestKit::incidentParents()
{
    QList<qint64> ids;
    for (qint64 id = 3982562; id <= 3982584; id += 2)
        ids.append(id);
    return ids;
}

void EventMapTestKit::removeIncidentPersonalEventTypes(SandboxState& state)
{
    state.eventTypes.removeIf([](const QJsonObject& e) {
        return e.value("teamId").isNull() && e.value("parentEventTypeId").isNull()
            && !e.value("ownerId").isNull();
    });
}

QSet<Finding::Code> EventMapTestKit::codes(const QList<Finding>& findings)
{
    QSet<Finding::Code> set;
    for (const Finding& f : findings)
        set.insert(f.code);
    return set;
}

} // namespace salon::eventmaps::test
