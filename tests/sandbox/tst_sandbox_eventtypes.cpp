// Team and user event types over HTTP: create/list/get/PATCH/delete, host defaults and checks, slugs, and
// MANAGED parents with their user-owned children (including the silent skip behind the incident).
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace salon::sandbox;
using namespace salon::sandbox::test;

namespace
{

QJsonObject eventTypeBody(
    const QString& title, const QString& slug, const QString& type, const QJsonArray& hosts = {})
{
    QJsonObject body { { QStringLiteral("title"), title }, { QStringLiteral("slug"), slug },
        { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("schedulingType"), type } };
    if (!hosts.isEmpty())
        body.insert(QStringLiteral("hosts"), hosts);
    return body;
}

QJsonObject host(qint64 userId)
{
    return QJsonObject { { QStringLiteral("userId"), userId } };
}

} // namespace

class TestSandboxEventTypes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createRoundRobinWithHostDefaults();
    void createAcceptsBothSchedulingTypeSpellings_data();
    void createAcceptsBothSchedulingTypeSpellings();
    void collectiveHostsAreFixed();
    void assignAllTeamMembers();
    void createValidation();
    void nonMemberHostsAre404();
    void duplicateSlugIs400AndSlugIsSlugified();
    void listWithEventSlugAndSort();
    void getSingleAndNotFound();
    void patchReplacesHostsOnlyWhenSent();
    void patchErrors();
    void patchSlugCollidesWithItselfConfigurable();
    void deleteTeamEventType();
    void managedCreateMakesChildren();
    void managedCreateSkipsCollidingUsersSilently();
    void managedPatchRecomputesChildren();
    void childrenInvisibleViaTeamRouteVisibleViaUserLookup();
    void userLookupHidesHiddenFromOthers();
    void userEventTypeCreate();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxEventTypes::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxFixtures::smallTeam());
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->setApiKey(SandboxFixtures::kAdminKey);
}

void TestSandboxEventTypes::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxEventTypes::createRoundRobinWithHostDefaults()
{
    const QJsonArray hosts { host(SandboxFixtures::kAlice),
        QJsonObject { { QStringLiteral("userId"), SandboxFixtures::kBob },
            { QStringLiteral("mandatory"), true }, { QStringLiteral("priority"), QStringLiteral("high") } } };
    QJsonObject body = eventTypeBody(
        QStringLiteral("Färben A"), QStringLiteral("farben-a"), QStringLiteral("roundRobin"), hosts);
    body.insert(QStringLiteral("hidden"), true);
    body.insert(QStringLiteral("unknownFieldIsStripped"), 1);
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"), body);
    QCOMPARE(r.status, 201);
    const QJsonObject data = r.data().toObject();
    QVERIFY(data.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(data.value(QStringLiteral("schedulingType")).toString(), QStringLiteral("roundRobin"));
    QCOMPARE(data.value(QStringLiteral("teamId")).toInteger(), SandboxFixtures::kTeamId);
    QVERIFY(data.value(QStringLiteral("ownerId")).isNull());
    QVERIFY(data.value(QStringLiteral("parentEventTypeId")).isNull());
    QCOMPARE(data.value(QStringLiteral("hidden")).toBool(), true);
    QCOMPARE(data.value(QStringLiteral("lengthInMinutes")).toInt(), 30);
    QCOMPARE(data.value(QStringLiteral("team")).toObject().value(QStringLiteral("slug")).toString(),
        QStringLiteral("salon"));
    const QJsonArray outHosts = data.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(outHosts.size(), 2);
    const QJsonObject alice = outHosts[0].toObject();
    QCOMPARE(alice.value(QStringLiteral("userId")).toInteger(), SandboxFixtures::kAlice);
    QCOMPARE(alice.value(QStringLiteral("name")).toString(), QStringLiteral("Alice"));
    QCOMPARE(alice.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(alice.value(QStringLiteral("mandatory")).toBool(true), false);
    QCOMPARE(alice.value(QStringLiteral("priority")).toString(), QStringLiteral("medium"));
    QVERIFY(alice.contains(QStringLiteral("avatarUrl")));
    QCOMPARE(outHosts[1].toObject().value(QStringLiteral("mandatory")).toBool(), true);
    QCOMPARE(outHosts[1].toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    // The state keeps Cal.com's output field names.
    const QJsonObject* stored = m_server->state().eventType(data.value(QStringLiteral("id")).toInteger());
    QVERIFY(stored);
    QCOMPARE(stored->value(QStringLiteral("slug")).toString(), QStringLiteral("farben-a"));
    QVERIFY(!stored->contains(QStringLiteral("unknownFieldIsStripped")));
}

void TestSandboxEventTypes::createAcceptsBothSchedulingTypeSpellings_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("returned");
    QTest::newRow("ROUND_ROBIN") << QStringLiteral("ROUND_ROBIN") << QStringLiteral("roundRobin");
    QTest::newRow("roundRobin") << QStringLiteral("roundRobin") << QStringLiteral("roundRobin");
    QTest::newRow("COLLECTIVE") << QStringLiteral("COLLECTIVE") << QStringLiteral("collective");
    QTest::newRow("collective") << QStringLiteral("collective") << QStringLiteral("collective");
}

void TestSandboxEventTypes::createAcceptsBothSchedulingTypeSpellings()
{
    QFETCH(QString, sent);
    QFETCH(QString, returned);
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("X"), QStringLiteral("x"), sent, { host(2) }));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().toObject().value(QStringLiteral("schedulingType")).toString(), returned);
}

void TestSandboxEventTypes::collectiveHostsAreFixed()
{
    const QJsonArray hosts { QJsonObject {
        { QStringLiteral("userId"), 2 }, { QStringLiteral("priority"), QStringLiteral("high") } } };
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("C"), QStringLiteral("c"), QStringLiteral("collective"), hosts));
    QCOMPARE(r.status, 201);
    const QJsonObject h = r.data().toObject().value(QStringLiteral("hosts")).toArray()[0].toObject();
    // COLLECTIVE output hosts carry no mandatory/priority; stored as fixed.
    QVERIFY(!h.contains(QStringLiteral("priority")));
    const qint64 id = r.data().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject stored
        = m_server->state().eventType(id)->value(QStringLiteral("hosts")).toArray()[0].toObject();
    QCOMPARE(stored.value(QStringLiteral("mandatory")).toBool(), true);
    QCOMPARE(stored.value(QStringLiteral("priority")).toString(), QStringLiteral("medium"));
}

void TestSandboxEventTypes::assignAllTeamMembers()
{
    QJsonObject body
        = eventTypeBody(QStringLiteral("All"), QStringLiteral("all"), QStringLiteral("roundRobin"));
    body.insert(QStringLiteral("assignAllTeamMembers"), true);
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"), body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().toObject().value(QStringLiteral("hosts")).toArray().size(), 3);
    QCOMPARE(r.data().toObject().value(QStringLiteral("assignAllTeamMembers")).toBool(), true);
}

void TestSandboxEventTypes::createValidation()
{
    HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        QJsonObject { { QStringLiteral("title"), QStringLiteral("No slug") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequestException"));
    const QJsonArray messages
        = r.json()[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("message")].toArray();
    QCOMPARE(messages.size(), 3); // slug, lengthInMinutes, schedulingType
    r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("sequential")));
    QCOMPARE(r.status, 400);
    QJsonObject badPriority
        = eventTypeBody(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("roundRobin"),
            { QJsonObject { { QStringLiteral("userId"), 2 },
                { QStringLiteral("priority"), QStringLiteral("urgent") } } });
    QCOMPARE(m_client->post(QStringLiteral("/teams/100/event-types"), badPriority).status, 400);
    QVERIFY(m_server->state().eventTypes.isEmpty());
}

void TestSandboxEventTypes::nonMemberHostsAre404()
{
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("T"), QStringLiteral("t"), QStringLiteral("roundRobin"),
            { host(2), host(4), host(77) }));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NotFoundException"));
    QCOMPARE(r.errorMessage(), QStringLiteral("Invalid hosts: 4, 77 are not members of team with id 100."));
    QVERIFY(m_server->state().eventTypes.isEmpty());
}

void TestSandboxEventTypes::duplicateSlugIs400AndSlugIsSlugified()
{
    HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("A"), QStringLiteral("Strähnen Segment B"), QStringLiteral("roundRobin"),
            { host(2) }));
    QCOMPARE(r.status, 201);
    QCOMPARE(
        r.data().toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("strahnen-segment-b"));
    r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("B"), QStringLiteral("strahnen-segment-b"), QStringLiteral("collective"),
            { host(3) }));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequestException"));
    QCOMPARE(r.errorMessage(), QStringLiteral("Team event type with this slug already exists"));
    QCOMPARE(m_server->state().eventTypes.size(), 1);
}

void TestSandboxEventTypes::listWithEventSlugAndSort()
{
    for (const QString& slug : { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") })
        QCOMPARE(m_client
                     ->post(QStringLiteral("/teams/100/event-types"),
                         eventTypeBody(slug, slug, QStringLiteral("roundRobin"), { host(2) }))
                     .status,
            201);
    m_client->setApiKey({}); // public route
    QJsonArray all = m_client->get(QStringLiteral("/teams/100/event-types")).data().toArray();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("one"));
    all = m_client->get(QStringLiteral("/teams/100/event-types?sortCreatedAt=desc")).data().toArray();
    QCOMPARE(all[0].toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("three"));
    const QJsonArray two
        = m_client->get(QStringLiteral("/teams/100/event-types?eventSlug=two")).data().toArray();
    QCOMPARE(two.size(), 1);
    QCOMPARE(two[0].toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("two"));
    QCOMPARE(
        m_client->get(QStringLiteral("/teams/100/event-types?eventSlug=none")).data().toArray().size(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/teams/999/event-types")).data().toArray().size(), 0);
}

void TestSandboxEventTypes::getSingleAndNotFound()
{
    const qint64 id = m_client
                          ->post(QStringLiteral("/teams/100/event-types"),
                              eventTypeBody(QStringLiteral("G"), QStringLiteral("g"),
                                  QStringLiteral("roundRobin"), { host(2) }))
                          .data()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    HttpResult r = m_client->get(QStringLiteral("/teams/100/event-types/%1").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("id")).toInteger(), id);
    r = m_client->get(QStringLiteral("/teams/100/event-types/%1").arg(id + 100));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Event type with id %1 not found").arg(id + 100));
}

void TestSandboxEventTypes::patchReplacesHostsOnlyWhenSent()
{
    const qint64 id = m_client
                          ->post(QStringLiteral("/teams/100/event-types"),
                              eventTypeBody(QStringLiteral("P"), QStringLiteral("p"),
                                  QStringLiteral("roundRobin"), { host(2), host(3) }))
                          .data()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    const QString path = QStringLiteral("/teams/100/event-types/%1").arg(id);
    HttpResult r = m_client->patch(path,
        QJsonObject {
            { QStringLiteral("title"), QStringLiteral("P2") }, { QStringLiteral("lengthInMinutes"), 45 } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("P2"));
    QCOMPARE(r.data().toObject().value(QStringLiteral("lengthInMinutes")).toInt(), 45);
    QCOMPARE(r.data().toObject().value(QStringLiteral("hosts")).toArray().size(), 2);
    r = m_client->patch(path, QJsonObject { { QStringLiteral("hosts"), QJsonArray { host(3) } } });
    QCOMPARE(r.status, 200);
    const QJsonArray hosts = r.data().toObject().value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts[0].toObject().value(QStringLiteral("userId")).toInteger(), 3);
    // Switching collective <-> roundRobin needs hosts.
    r = m_client->patch(
        path, QJsonObject { { QStringLiteral("schedulingType"), QStringLiteral("collective") } });
    QCOMPARE(r.status, 400);
    r = m_client->patch(path,
        QJsonObject { { QStringLiteral("schedulingType"), QStringLiteral("collective") },
            { QStringLiteral("hosts"), QJsonArray { host(2) } } });
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.data().toObject().value(QStringLiteral("schedulingType")).toString(), QStringLiteral("collective"));
}

void TestSandboxEventTypes::patchErrors()
{
    const qint64 id = m_client
                          ->post(QStringLiteral("/teams/100/event-types"),
                              eventTypeBody(QStringLiteral("E"), QStringLiteral("e"),
                                  QStringLiteral("roundRobin"), { host(2) }))
                          .data()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    // Missing team event type: 400, as the team e2e pins it.
    HttpResult r = m_client->patch(QStringLiteral("/teams/100/event-types/%1").arg(id + 50),
        QJsonObject { { QStringLiteral("title"), QStringLiteral("x") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequestException"));
    r = m_client->patch(QStringLiteral("/teams/100/event-types/%1").arg(id),
        QJsonObject { { QStringLiteral("schedulingType"), QStringLiteral("managed") },
            { QStringLiteral("hosts"), QJsonArray { host(2) } } });
    QCOMPARE(r.status, 400);
    r = m_client->patch(QStringLiteral("/teams/100/event-types/%1").arg(id),
        QJsonObject { { QStringLiteral("hosts"), QJsonArray { host(4) } } });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Invalid hosts: 4 are not members of team with id 100."));
    QCOMPARE(m_server->state().eventType(id)->value(QStringLiteral("schedulingType")).toString(),
        QStringLiteral("roundRobin"));
}

void TestSandboxEventTypes::patchSlugCollidesWithItselfConfigurable()
{
    const qint64 id = m_client
                          ->post(QStringLiteral("/teams/100/event-types"),
                              eventTypeBody(QStringLiteral("S"), QStringLiteral("same"),
                                  QStringLiteral("roundRobin"), { host(2) }))
                          .data()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    const QString path = QStringLiteral("/teams/100/event-types/%1").arg(id);
    HttpResult r = m_client->patch(path, QJsonObject { { QStringLiteral("slug"), QStringLiteral("same") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(), QStringLiteral("Team event type with this slug already exists"));
    m_server->options().patchSlugCollidesWithSelf = false;
    QCOMPARE(m_client->patch(path, QJsonObject { { QStringLiteral("slug"), QStringLiteral("same") } }).status,
        200);
    r = m_client->patch(path, QJsonObject { { QStringLiteral("slug"), QStringLiteral("New Slug") } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("new-slug"));
}

void TestSandboxEventTypes::deleteTeamEventType()
{
    const qint64 id = m_client
                          ->post(QStringLiteral("/teams/100/event-types"),
                              eventTypeBody(QStringLiteral("Del"), QStringLiteral("del"),
                                  QStringLiteral("roundRobin"), { host(2) }))
                          .data()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    HttpResult r = m_client->del(QStringLiteral("/teams/100/event-types/%1").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject(),
        (QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), QStringLiteral("Del") } }));
    QVERIFY(!m_server->state().eventType(id));
    r = m_client->del(QStringLiteral("/teams/100/event-types/%1").arg(id));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Event type with ID=%1 does not exist.").arg(id));
}

void TestSandboxEventTypes::managedCreateMakesChildren()
{
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("Managed"), QStringLiteral("managed-cut"), QStringLiteral("MANAGED"),
            { host(2), host(3) }));
    QCOMPARE(r.status, 201);
    const QJsonArray data = r.data().toArray();
    QCOMPARE(data.size(), 3);
    const QJsonObject parent = data[0].toObject();
    const qint64 parentId = parent.value(QStringLiteral("id")).toInteger();
    QCOMPARE(parent.value(QStringLiteral("schedulingType")).toString(), QStringLiteral("managed"));
    QVERIFY(parent.value(QStringLiteral("parentEventTypeId")).isNull());
    // The parent's hosts come from its children, without mandatory/priority.
    const QJsonArray parentHosts = parent.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(parentHosts.size(), 2);
    QVERIFY(!parentHosts[0].toObject().contains(QStringLiteral("priority")));
    QSet<qint64> owners;
    for (int i = 1; i < 3; ++i) {
        const QJsonObject child = data[i].toObject();
        QCOMPARE(child.value(QStringLiteral("parentEventTypeId")).toInteger(), parentId);
        QCOMPARE(child.value(QStringLiteral("slug")).toString(), QStringLiteral("managed-cut"));
        QVERIFY(child.value(QStringLiteral("teamId")).isNull());
        QVERIFY(child.value(QStringLiteral("id")).toInteger() != parentId);
        owners.insert(child.value(QStringLiteral("ownerId")).toInteger());
    }
    QCOMPARE(owners, (QSet<qint64> { 2, 3 }));
    QVERIFY(m_server->state().eventType(parentId)->value(QStringLiteral("hosts")).toArray().isEmpty());
}

void TestSandboxEventTypes::managedCreateSkipsCollidingUsersSilently()
{
    // Alice already owns a personal event type with the slug.
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    QCOMPARE(m_client
                 ->post(QStringLiteral("/event-types"),
                     QJsonObject { { QStringLiteral("title"), QStringLiteral("Mine") },
                         { QStringLiteral("slug"), QStringLiteral("shared-slug") },
                         { QStringLiteral("lengthInMinutes"), 30 } },
                     SandboxTestClient::eventTypesVersion())
                 .status,
        201);
    m_client->setApiKey(SandboxFixtures::kAdminKey);
    const HttpResult r = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("Shared"), QStringLiteral("shared-slug"), QStringLiteral("managed"),
            { host(2), host(3) }));
    QCOMPARE(r.status, 201); // no error at all
    const QJsonArray data = r.data().toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[1].toObject().value(QStringLiteral("ownerId")).toInteger(), 3);
    const QJsonArray parentHosts = data[0].toObject().value(QStringLiteral("hosts")).toArray();
    QCOMPARE(parentHosts.size(), 1);
    QCOMPARE(parentHosts[0].toObject().value(QStringLiteral("userId")).toInteger(), 3);
}

void TestSandboxEventTypes::managedPatchRecomputesChildren()
{
    const HttpResult created = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("M"), QStringLiteral("m"), QStringLiteral("managed"), { host(2) }));
    const qint64 parentId = created.data().toArray()[0].toObject().value(QStringLiteral("id")).toInteger();
    const qint64 aliceChild = created.data().toArray()[1].toObject().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/teams/100/event-types/%1").arg(parentId);

    // Adding a host via PATCH creates a child (current source), alice's child is kept.
    HttpResult r
        = m_client->patch(path, QJsonObject { { QStringLiteral("hosts"), QJsonArray { host(2), host(3) } } });
    QCOMPARE(r.status, 200);
    QJsonArray data = r.data().toArray();
    QCOMPARE(data.size(), 3);
    QCOMPARE(data[1].toObject().value(QStringLiteral("id")).toInteger(), aliceChild);
    // PATCH without hosts keeps assignees and updates children.
    r = m_client->patch(path,
        QJsonObject {
            { QStringLiteral("title"), QStringLiteral("M2") }, { QStringLiteral("lengthInMinutes"), 60 } });
    data = r.data().toArray();
    QCOMPARE(data.size(), 3);
    for (const QJsonValue& v : data) {
        QCOMPARE(v.toObject().value(QStringLiteral("title")).toString(), QStringLiteral("M2"));
        QCOMPARE(v.toObject().value(QStringLiteral("lengthInMinutes")).toInt(), 60);
    }
    // Hosts is the complete set: bob only -> alice's child is deleted.
    r = m_client->patch(path, QJsonObject { { QStringLiteral("hosts"), QJsonArray { host(3) } } });
    data = r.data().toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[1].toObject().value(QStringLiteral("ownerId")).toInteger(), 3);
    QVERIFY(!m_server->state().eventType(aliceChild));
    // A user owning a colliding slug is skipped on PATCH too.
    m_server->state().eventTypes.append(
        QJsonObject { { QStringLiteral("id"), 9000 }, { QStringLiteral("teamId"), QJsonValue::Null },
            { QStringLiteral("ownerId"), 1 }, { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
            { QStringLiteral("title"), QStringLiteral("Own") },
            { QStringLiteral("slug"), QStringLiteral("m") }, { QStringLiteral("lengthInMinutes"), 30 } });
    r = m_client->patch(path, QJsonObject { { QStringLiteral("hosts"), QJsonArray { host(1), host(3) } } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toArray().size(), 2);
    // Deleting the parent deletes its children.
    QCOMPARE(m_client->del(path).status, 200);
    QVERIFY(m_server->state().childrenOf(parentId).isEmpty());
    // Ids stay above the highest ever used.
    QVERIFY(m_server->state().nextEventTypeId() > 9000);
}

void TestSandboxEventTypes::childrenInvisibleViaTeamRouteVisibleViaUserLookup()
{
    const HttpResult created = m_client->post(QStringLiteral("/teams/100/event-types"),
        eventTypeBody(QStringLiteral("Vis"), QStringLiteral("vis"), QStringLiteral("managed"), { host(2) }));
    const qint64 parentId = created.data().toArray()[0].toObject().value(QStringLiteral("id")).toInteger();
    const qint64 childId = created.data().toArray()[1].toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_client->get(QStringLiteral("/teams/100/event-types/%1").arg(childId)).status, 404);
    const QJsonArray teamList = m_client->get(QStringLiteral("/teams/100/event-types")).data().toArray();
    QCOMPARE(teamList.size(), 1);
    QCOMPARE(teamList[0].toObject().value(QStringLiteral("id")).toInteger(), parentId);

    m_client->setApiKey({});
    HttpResult r = m_client->get(
        QStringLiteral("/event-types?username=alice&eventSlug=vis"), SandboxTestClient::eventTypesVersion());
    QCOMPARE(r.status, 200);
    QJsonArray found = r.data().toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject().value(QStringLiteral("id")).toInteger(), childId);
    QCOMPARE(found[0].toObject().value(QStringLiteral("ownerId")).toInteger(), 2);
    QCOMPARE(found[0].toObject().value(QStringLiteral("parentEventTypeId")).toInteger(), parentId);
    QCOMPARE(found[0].toObject().value(QStringLiteral("bookingUrl")).toString(),
        QStringLiteral("https://cal.com/alice/vis"));
    // No match, unknown user: 200 [].
    r = m_client->get(
        QStringLiteral("/event-types?username=bob&eventSlug=vis"), SandboxTestClient::eventTypesVersion());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toArray().size(), 0);
    r = m_client->get(
        QStringLiteral("/event-types?username=nobody&eventSlug=vis"), SandboxTestClient::eventTypesVersion());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toArray().size(), 0);
}

void TestSandboxEventTypes::userLookupHidesHiddenFromOthers()
{
    m_server->state().eventTypes.append(
        QJsonObject { { QStringLiteral("id"), 50 }, { QStringLiteral("teamId"), QJsonValue::Null },
            { QStringLiteral("ownerId"), 2 }, { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
            { QStringLiteral("title"), QStringLiteral("Secret") },
            { QStringLiteral("slug"), QStringLiteral("secret") }, { QStringLiteral("lengthInMinutes"), 30 },
            { QStringLiteral("hidden"), true } });
    const QString path = QStringLiteral("/event-types?username=alice&eventSlug=secret");
    QCOMPARE(m_client->get(path, SandboxTestClient::eventTypesVersion()).data().toArray().size(), 0);
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    QCOMPARE(m_client->get(path, SandboxTestClient::eventTypesVersion()).data().toArray().size(), 1);
}

void TestSandboxEventTypes::userEventTypeCreate()
{
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    const QJsonObject body { { QStringLiteral("title"), QStringLiteral("Personal") },
        { QStringLiteral("slug"), QStringLiteral("personal") }, { QStringLiteral("lengthInMinutes"), 20 } };
    HttpResult r
        = m_client->post(QStringLiteral("/event-types"), body, SandboxTestClient::eventTypesVersion());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().toObject().value(QStringLiteral("ownerId")).toInteger(), 2);
    r = m_client->post(QStringLiteral("/event-types"), body, SandboxTestClient::eventTypesVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(), QStringLiteral("User already has an event type with this slug."));
    // Without the version header the route does not exist.
    QCOMPARE(m_client->post(QStringLiteral("/event-types"), body).status, 404);
}

QTEST_MAIN(TestSandboxEventTypes)
#include "tst_sandbox_eventtypes.moc"
