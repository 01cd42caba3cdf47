// EventTypeResolver against the sandbox: the priorities, the typed failures, and the request budget.
#include "EventMapTestKit.h"

#include "eventmaps/EventTypeResolver.h"
#include "eventmaps/TeamEventTypeCache.h"

#include "calcom/TeamEventTypePatch.h"

#include <QJsonArray>
#include <QtTest>

using namespace salon;
using namespace salon::eventmaps;
using namespace salon::eventmaps::test;
using Kit = EventMapTestKit;

class TestEventTypeResolver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<calcom::CalcomClient> m_client;
    EventMapData m_data;

    void startSandbox(const sandbox::SandboxState& state)
    {
        m_server = std::make_unique<sandbox::SandboxServer>(state);
        QVERIFY(m_server->start());
        m_client = Kit::client(*m_server);
    }

    ResolveJob::Result resolveOne(
        EventTypeResolver& resolver, const EventMapEntry& entry, const StaffMember& staff)
    {
        std::unique_ptr<ResolveJob> job(resolver.resolve(entry, staff));
        if (!job->waitForFinished(15000))
            return Unexpected(
                ResolveFailure(CalcomFailure { calcom::CalcomError::invalidSettings("timeout") }));
        return job->result();
    }

    int requests() const { return m_server->log().size(); }

private slots:
    void init() { m_data = Kit::cleanData(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // Priority 1: a stored child is used as is, without asking Cal.com.
    void storedChildIsUsedWithoutRequest()
    {
        startSandbox(Kit::cleanCalcom());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        const auto result = resolveOne(resolver, *Kit::map(m_data, Kit::MapAAlice), m_data.staff[0]);
        QVERIFY(result.has_value());
        QCOMPARE(result->eventTypeId, Kit::kChildAlice);
        QCOMPARE(result->mapEventTypeId, Kit::kParentA);
        QCOMPARE(result->source, ResolvedEventType::Source::StoredChild);
        QCOMPARE(requests(), 0);
    }

    // Priority 2: a round-robin event type is booked directly.
    void notManagedUsesEventTypeId()
    {
        startSandbox(Kit::cleanCalcom());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        const auto result = resolveOne(resolver, *Kit::map(m_data, Kit::MapBBob), m_data.staff[1]);
        QVERIFY(result.has_value());
        QCOMPARE(result->eventTypeId, Kit::kRoundRobinBob);
        QCOMPARE(result->source, ResolvedEventType::Source::NotManaged);
        QVERIFY(result->eventType.has_value());
        QCOMPARE(result->eventType->lengthInMinutes, 15);
        QCOMPARE(m_server->log().count("GET", "^/v2/teams/100/event-types$"), 1);
    }

    // Priority 3: a MANAGED parent resolves to the staff user's child, found in the user's event types.
    void managedResolvesToVisibleChild()
    {
        auto state = Kit::cleanCalcom();
        Kit::eventType(state, Kit::kChildBob)->insert("hidden", false);
        startSandbox(state);
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapABob);
        entry.childEventTypeId.reset();
        const auto result = resolveOne(resolver, entry, m_data.staff[1]);
        QVERIFY2(result.has_value(), qPrintable(result.has_value() ? QString() : result.error().message()));
        QCOMPARE(result->eventTypeId, Kit::kChildBob);
        QCOMPARE(result->source, ResolvedEventType::Source::ManagedChild);
        QCOMPARE(result->mapEventTypeId, Kit::kParentA);
        QCOMPARE(m_server->log().count("GET", "^/v2/event-types$"), 1);
    }

    // The incident's poison (child = parent) is ignored, never returned: resolution goes on to Cal.com.
    void poisonedStoredChildIsIgnored()
    {
        auto state = Kit::cleanCalcom();
        Kit::eventType(state, Kit::kChildAlice)->insert("hidden", false);
        startSandbox(state);
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapAAlice);
        entry.childEventTypeId = Kit::kParentA;
        const auto result = resolveOne(resolver, entry, m_data.staff[0]);
        QVERIFY(result.has_value());
        QCOMPARE(result->eventTypeId, Kit::kChildAlice);
        QVERIFY(result->eventTypeId != Kit::kParentA);
        QVERIFY(requests() > 0);
    }

    void noChildForHost()
    {
        auto state = Kit::cleanCalcom();
        state.removeEventType(Kit::kChildBob);
        startSandbox(state);
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapABob);
        entry.childEventTypeId.reset();
        const auto result = resolveOne(resolver, entry, m_data.staff[1]);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind(), ResolveFailure::Kind::NoChildForHost);
        QCOMPARE(result.error().as<NoChildForHost>()->parentId, Kit::kParentA);
        QCOMPARE(result.error().as<NoChildForHost>()->calcomUserId, Kit::kBobUser);
        QVERIFY(!result.error().message().isEmpty());
    }

    // The parent lists Bob as host (he has a child) but the child is hidden from our key.
    void childNotVisible()
    {
        startSandbox(Kit::cleanCalcom());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapABob);
        entry.childEventTypeId.reset();
        const auto result = resolveOne(resolver, entry, m_data.staff[1]);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind(), ResolveFailure::Kind::ChildNotVisible);
        QCOMPARE(result.error().as<ChildNotVisible>()->parentId, Kit::kParentA);
        QCOMPARE(result.error().as<ChildNotVisible>()->calcomUserId, Kit::kBobUser);
    }

    void eventTypeMissing()
    {
        startSandbox(Kit::cleanCalcom());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapBBob);
        entry.eventTypeId = 999;
        const auto result = resolveOne(resolver, entry, m_data.staff[1]);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind(), ResolveFailure::Kind::EventTypeMissing);
        QCOMPARE(result.error().as<EventTypeMissing>()->eventTypeId, qint64(999));
    }

    void staffWithoutCalcomUser()
    {
        startSandbox(Kit::cleanCalcom());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        StaffMember bob = m_data.staff[1];
        bob.calcomUserId.reset();
        EventMapEntry managed = *Kit::map(m_data, Kit::MapABob);
        managed.childEventTypeId.reset();
        const auto result = resolveOne(resolver, managed, bob);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind(), ResolveFailure::Kind::StaffWithoutCalcomUser);
        QCOMPARE(result.error().as<StaffWithoutCalcomUser>()->staffId, Kit::kBobStaff);
        // A round-robin event type names its host itself: it stays bookable.
        const auto direct = resolveOne(resolver, *Kit::map(m_data, Kit::MapBBob), bob);
        QVERIFY(direct.has_value());
        QCOMPARE(direct->eventTypeId, Kit::kRoundRobinBob);
    }

    void calcomFailureIsTyped()
    {
        startSandbox(Kit::cleanCalcom());
        calcom::RetryPolicy noRetry;
        noRetry.maxAttempts = 1;
        m_client->setRetryPolicy(noRetry);
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapABob);
        entry.childEventTypeId.reset();
        m_server->faults().scriptNext(sandbox::FaultKind::Bare500, 1, "/v2/teams/100/event-types", "GET");
        const auto result = resolveOne(resolver, entry, m_data.staff[1]);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind(), ResolveFailure::Kind::CalcomFailure);
        QCOMPARE(result.error().as<CalcomFailure>()->error.category, calcom::CalcomError::Category::Server);
    }

    // The incident: personal event types with the parents' slugs are NOT children — never book them, and
    // never fall back to the parent.
    void incidentPersonalEventTypeIsNotAChild()
    {
        startSandbox(Kit::incidentCalcom());
        m_client->setApiKey(Kit::kIncidentKey);
        EventTypeResolver resolver(m_client.get(), Kit::kIncidentTeam);
        EventMapEntry entry;
        entry.id = 1;
        entry.serviceId = 440;
        entry.segmentKey = "A";
        entry.staffId = "3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01";
        entry.eventTypeId = 3982562;
        const StaffMember fabian { entry.staffId, "Fabian Spitzer", "", 1346406, "fabian-spitzer", true };
        const auto result = resolveOne(resolver, entry, fabian);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind(), ResolveFailure::Kind::NoChildForHost);
        QCOMPARE(result.error().as<NoChildForHost>()->parentId, qint64(3982562));
        QCOMPARE(result.error().as<NoChildForHost>()->calcomUserId, qint64(1346406));
    }

    // One run: one team list, one list per user — however many rows are resolved, and concurrently.
    void cacheSharesRequests()
    {
        auto state = Kit::cleanCalcom();
        Kit::eventType(state, Kit::kChildAlice)->insert("hidden", false);
        Kit::eventType(state, Kit::kChildBob)->insert("hidden", false);
        startSandbox(state);
        TeamEventTypeCache cache(m_client.get(), Kit::kTeam);
        EventTypeResolver resolver(m_client.get(), Kit::kTeam, &cache);
        QList<ResolveJob*> jobs;
        for (int round = 0; round < 5; ++round) {
            for (EventMapEntry entry : m_data.maps) {
                entry.childEventTypeId.reset();
                const StaffMember* staff = m_data.staffMember(entry.staffId);
                ResolveJob* job = resolver.resolve(entry, *staff);
                job->setAutoDelete(false);
                jobs.append(job);
            }
        }
        for (ResolveJob* job : jobs) {
            QVERIFY(job->waitForFinished(15000));
            QVERIFY(job->result().has_value());
            QVERIFY(job->resolved().eventTypeId != Kit::kParentA);
        }
        qDeleteAll(jobs);
        QCOMPARE(m_server->log().count("GET", "^/v2/teams/100/event-types$"), 1);
        QCOMPARE(m_server->log().count("GET", "^/v2/event-types$"), 2); // alice, bob
        QCOMPARE(requests(), 3);
        QCOMPARE(cache.requestCount(), 3);
    }

    // Children from a PATCH answer ([parent, ...children]) are used without a user lookup.
    void rememberedChildFromPatchAnswer()
    {
        auto state = Kit::cleanCalcom();
        state.removeEventType(Kit::kChildBob);
        startSandbox(state);
        calcom::TeamEventTypePatch patch;
        patch.hosts = QList<calcom::Host> { calcom::Host { Kit::kAliceUser, true, "high", {}, {}, {} },
            calcom::Host { Kit::kBobUser, true, "high", {}, {}, {} } };
        std::unique_ptr<calcom::CalcomReply<calcom::SavedEventType>> saved(
            m_client->updateTeamEventType(Kit::kTeam, Kit::kParentA, patch));
        QVERIFY(saved->waitForFinished(15000));
        QVERIFY2(!saved->hasError(), qPrintable(saved->hasError() ? saved->error().details() : QString()));
        const auto bobChild = saved->result().childFor(Kit::kBobUser);
        QVERIFY(bobChild.has_value());
        QVERIFY(bobChild->id != Kit::kParentA);

        m_server->log().clear();
        TeamEventTypeCache cache(m_client.get(), Kit::kTeam);
        cache.remember(saved->result());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam, &cache);
        EventMapEntry entry = *Kit::map(m_data, Kit::MapABob);
        entry.childEventTypeId.reset();
        const auto result = resolveOne(resolver, entry, m_data.staff[1]);
        QVERIFY(result.has_value());
        QCOMPARE(result->eventTypeId, bobChild->id);
        QCOMPARE(result->source, ResolvedEventType::Source::ManagedChild);
        QCOMPARE(m_server->log().count("GET", "^/v2/event-types$"), 0);
    }

    // Only a real child counts: same slug but personal (no parent), or another owner's child, is not it.
    void childInIgnoresLookalikes()
    {
        calcom::EventType personal;
        personal.id = 1;
        personal.slug = "faerben-a";
        personal.ownerId = Kit::kBobUser;
        calcom::EventType foreign = personal;
        foreign.id = 2;
        foreign.parentEventTypeId = Kit::kParentA;
        foreign.ownerId = Kit::kAliceUser;
        calcom::EventType otherParent = personal;
        otherParent.id = 3;
        otherParent.parentEventTypeId = 999;
        QVERIFY(
            !TeamEventTypeCache::childIn({ personal, foreign, otherParent }, Kit::kParentA, Kit::kBobUser));
        calcom::EventType child = foreign;
        child.id = 4;
        child.ownerId = Kit::kBobUser;
        const auto found
            = TeamEventTypeCache::childIn({ personal, foreign, child }, Kit::kParentA, Kit::kBobUser);
        QVERIFY(found.has_value());
        QCOMPARE(found->id, qint64(4));
    }

    // finished() never comes from inside resolve(): connecting afterwards is safe.
    void finishedIsAlwaysQueued()
    {
        startSandbox(Kit::cleanCalcom());
        EventTypeResolver resolver(m_client.get(), Kit::kTeam);
        ResolveJob* job = resolver.resolve(*Kit::map(m_data, Kit::MapAAlice), m_data.staff[0]);
        QSignalSpy spy(job, &ResolveJob::finished);
        QVERIFY(!job->isFinished());
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventTypeResolver)
#include "tst_eventtyperesolver.moc"
