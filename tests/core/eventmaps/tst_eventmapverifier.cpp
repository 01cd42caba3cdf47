// EventMapVerifier: every finding code raised by a minimal change of the clean world, absent in the clean
// world itself; local checks without Cal.com, remote ones against the sandbox.
#include "EventMapTestKit.h"

#include "eventmaps/EventMapVerifier.h"
#include "eventmaps/TeamEventTypeCache.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

using namespace salon;
using namespace salon::eventmaps;
using namespace salon::eventmaps::test;
using Kit = EventMapTestKit;
using Code = Finding::Code;

namespace
{

struct Case {
    bool remote = false;
    std::function<void(sandbox::SandboxState&, EventMapData&)> mutate;
    QSet<Code> expected;
};

QMap<QString, Case> cases()
{
    QMap<QString, Case> c;
    // --- local ---
    c["child-equals-parent"] = { false,
        [](auto&, EventMapData& d) { Kit::map(d, Kit::MapAAlice)->childEventTypeId = Kit::kParentA; },
        { Code::ChildEqualsParent } };
    c["missing-map-row"] = { false,
        [](auto&, EventMapData& d) {
            d.maps.removeIf([](const EventMapEntry& e) { return e.id == Kit::MapBBob; });
        },
        { Code::MissingMapRow } };
    c["map-for-segment-without-staff"] = { false,
        [](auto&, EventMapData& d) {
            EventMapEntry e = *Kit::map(d, Kit::MapBAlice);
            e.id = 9;
            e.segmentKey = "P";
            d.maps.append(e);
        },
        { Code::MapForSegmentWithoutStaff } };
    c["map-for-unknown-segment"] = { false,
        [](auto&, EventMapData& d) {
            EventMapEntry e = *Kit::map(d, Kit::MapBAlice);
            e.id = 9;
            e.segmentKey = "Z";
            d.maps.append(e);
        },
        { Code::MapForUnknownSegment } };
    c["staff-without-calcom-user"]
        = { false, [](auto&, EventMapData& d) { Kit::staff(d, Kit::kBobStaff)->calcomUserId.reset(); },
              { Code::StaffWithoutCalcomUser } };
    c["event-type-shared-by-staff (child)"] = { false,
        [](auto&, EventMapData& d) { Kit::map(d, Kit::MapABob)->childEventTypeId = Kit::kChildAlice; },
        { Code::EventTypeSharedByStaff } };
    // --- remote ---
    c["event-type-missing"]
        = { true, [](auto&, EventMapData& d) { Kit::map(d, Kit::MapBBob)->eventTypeId = 999; },
              { Code::EventTypeMissing } };
    c["managed-parent-without-child"] = { true,
        [](sandbox::SandboxState& s, EventMapData& d) {
            s.removeEventType(Kit::kChildBob);
            Kit::map(d, Kit::MapABob)->childEventTypeId.reset();
        },
        { Code::ManagedParentWithoutChild } };
    c["managed-parent-without-child + stored child"]
        = { true, [](sandbox::SandboxState& s, auto&) { s.removeEventType(Kit::kChildBob); },
              { Code::ManagedParentWithoutChild, Code::ChildMismatch } };
    c["child-not-visible"]
        = { true, [](auto&, EventMapData& d) { Kit::map(d, Kit::MapABob)->childEventTypeId.reset(); },
              { Code::ChildNotVisible } };
    c["child-mismatch (not the user's child)"] = { true,
        [](sandbox::SandboxState& s, EventMapData& d) {
            // Bob's child is visible (and customers could book it).
            Kit::eventType(s, Kit::kChildBob)->insert("hidden", false);
            Kit::map(d, Kit::MapABob)->childEventTypeId = 9999;
        },
        { Code::ChildMismatch, Code::EventTypeNotHidden } };
    c["child-mismatch (not a managed parent)"]
        = { true, [](auto&, EventMapData& d) { Kit::map(d, Kit::MapBAlice)->childEventTypeId = 777; },
              { Code::ChildMismatch } };
    c["host-mismatch"] = { true,
        [](sandbox::SandboxState& s, auto&) {
            *Kit::eventType(s, Kit::kRoundRobinAlice)
                = Kit::roundRobin(Kit::kRoundRobinAlice, "faerben-b-alice", 15, true, { Kit::kBobUser });
        },
        { Code::HostMismatch } };
    c["host-mismatch (extra host)"] = { true,
        [](sandbox::SandboxState& s, auto&) {
            *Kit::eventType(s, Kit::kRoundRobinAlice) = Kit::roundRobin(
                Kit::kRoundRobinAlice, "faerben-b-alice", 15, true, { Kit::kAliceUser, Kit::kBobUser });
        },
        { Code::HostMismatch } };
    c["length-mismatch"] = { true,
        [](sandbox::SandboxState& s, auto&) {
            Kit::eventType(s, Kit::kRoundRobinAlice)->insert("lengthInMinutes", 20);
        },
        { Code::LengthMismatch } };
    c["length-mismatch (managed)"] = { true,
        [](sandbox::SandboxState& s, auto&) {
            Kit::eventType(s, Kit::kParentA)->insert("lengthInMinutes", 45);
        },
        { Code::LengthMismatch } };
    c["event-type-not-hidden"] = { true,
        [](sandbox::SandboxState& s, auto&) {
            Kit::eventType(s, Kit::kRoundRobinBob)->insert("hidden", false);
        },
        { Code::EventTypeNotHidden } };
    // An event type serving two steps is not a one-step type: visible is allowed.
    c["visible event type serving two steps"] = { true,
        [](sandbox::SandboxState& s, EventMapData& d) {
            Kit::eventType(s, Kit::kRoundRobinBob)->insert("hidden", false);
            d.services[0].segments.append(ServiceSegment { 14, "C", "Nachspülen", 4, 15, true });
            for (qint64 id : { qint64(Kit::MapBAlice), qint64(Kit::MapBBob) }) {
                EventMapEntry e = *Kit::map(d, id);
                e.id += 10;
                e.segmentKey = "C";
                d.maps.append(e);
            }
        },
        {} };
    c["event-type-shared-by-staff (round robin)"] = { true,
        [](auto&, EventMapData& d) { Kit::map(d, Kit::MapBBob)->eventTypeId = Kit::kRoundRobinAlice; },
        { Code::EventTypeSharedByStaff, Code::HostMismatch } };
    return c;
}

} // namespace

class TestEventMapVerifier : public QObject
{
    Q_OBJECT

    struct Run {
        QList<Finding> findings;
        std::optional<calcom::CalcomError> error;
        int requests = 0;
    };

    Run verify(const sandbox::SandboxState& state, const EventMapData& data, bool remote)
    {
        Run run;
        sandbox::SandboxServer server(state);
        if (!server.start())
            qFatal("sandbox does not start");
        auto client = Kit::client(server);
        TeamEventTypeCache cache(client.get(), Kit::kTeam);
        EventMapVerifier verifier;
        verifier.start(data, remote ? &cache : nullptr);
        if (!verifier.waitForFinished(20000))
            qFatal("verifier did not finish");
        run.findings = verifier.findings();
        if (verifier.hasRemoteError())
            run.error = verifier.remoteError();
        run.requests = server.log().size();
        return run;
    }

    static QStringList names(const QList<Finding>& findings)
    {
        QStringList list;
        for (const Finding& f : findings)
            list.append(f.codeName() + QStringLiteral(": ") + f.message);
        return list;
    }

private slots:
    void cleanWorldIsClean()
    {
        const Run local = verify(Kit::cleanCalcom(), Kit::cleanData(), false);
        QVERIFY2(local.findings.isEmpty(), qPrintable(names(local.findings).join('\n')));
        QCOMPARE(local.requests, 0);
        const Run remote = verify(Kit::cleanCalcom(), Kit::cleanData(), true);
        QVERIFY(!remote.error);
        QVERIFY2(remote.findings.isEmpty(), qPrintable(names(remote.findings).join('\n')));
        QCOMPARE(remote.requests, 3); // the team list, Alice's and Bob's event types
    }

    void findings_data()
    {
        QTest::addColumn<QString>("name");
        const auto all = cases();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void findings()
    {
        QFETCH(QString, name);
        const Case c = cases().value(name);
        auto state = Kit::cleanCalcom();
        auto data = Kit::cleanData();
        c.mutate(state, data);
        const Run run = verify(state, data, c.remote);
        QVERIFY(!run.error);
        QCOMPARE(Kit::codes(run.findings), c.expected);
        if (name == "managed-parent-without-child")
            QVERIFY(run.findings[0].message.contains("never created"));
        for (const Finding& f : run.findings) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.fixText.isEmpty());
            // The desktop shows these: salon words, no CLI commands (the CLI adds cliCommand() itself).
            static const QRegularExpression jargon(
                QStringLiteral("-event-maps|\\bchild|\\bMANAGED\\b|\\bslug\\b"));
            QVERIFY2(!jargon.match(f.message + f.fixText).hasMatch(), qPrintable(f.message + f.fixText));
            QCOMPARE(
                f.severity == Finding::Severity::Error || f.severity == Finding::Severity::Warning, true);
            const QJsonObject json = f.toJson();
            QCOMPARE(json.value("code").toString(), f.codeName());
            QVERIFY(json.contains("fix"));
            if (f.code != Code::StaffWithoutCalcomUser)
                QCOMPARE(json.value("serviceId").toInteger(), Kit::kService);
            if (f.code != Code::StaffWithoutCalcomUser && f.code != Code::MissingMapRow)
                QVERIFY(f.mapId.has_value());
        }
        if (!c.remote)
            QCOMPARE(run.requests, 0);
    }

    // The table above covers every code the verifier knows.
    void everyCodeIsCovered()
    {
        QSet<Code> covered;
        for (const Case& c : cases())
            covered.unite(c.expected);
        for (Code code : Finding::allCodes())
            QVERIFY2(covered.contains(code), qPrintable(Finding::codeName(code)));
    }

    void severitiesAndFixes()
    {
        auto data = Kit::cleanData();
        Kit::map(data, Kit::MapAAlice)->childEventTypeId = Kit::kParentA;
        const QList<Finding> local = EventMapVerifier::checkLocal(data);
        QCOMPARE(local.size(), 1);
        QCOMPARE(local[0].severity, Finding::Severity::Error);
        QCOMPARE(local[0].fix, Finding::Fix::RepairEventMaps);
        QCOMPARE(*local[0].mapId, qint64(Kit::MapAAlice));
        QCOMPARE(local[0].staffId, Kit::kAliceStaff);
        QCOMPARE(local[0].segmentKey, QStringLiteral("A"));
        QCOMPARE(local[0].toJson().value("fix").toObject().value("kind").toString(),
            QStringLiteral("repair-event-maps"));
        QCOMPARE(local[0].cliCommand(), QStringLiteral("repair-event-maps"));
        QCOMPARE(local[0].toJson().value("fix").toObject().value("command").toString(),
            QStringLiteral("repair-event-maps"));
        QCOMPARE(Finding::codeFromName("child-equals-parent"), std::optional<Code>(Code::ChildEqualsParent));
    }

    // Cal.com failing is not "clean": the run reports an error (exit 2 in the CLI).
    void remoteFailureIsAnError()
    {
        sandbox::SandboxServer server(Kit::cleanCalcom());
        QVERIFY(server.start());
        auto client = Kit::client(server);
        calcom::RetryPolicy noRetry;
        noRetry.maxAttempts = 1;
        client->setRetryPolicy(noRetry);
        server.faults().scriptNext(sandbox::FaultKind::Error500, 1, "/v2/teams/100/event-types", "GET");
        TeamEventTypeCache cache(client.get(), Kit::kTeam);
        EventMapVerifier verifier;
        QSignalSpy spy(&verifier, &EventMapVerifier::finished);
        verifier.start(Kit::cleanData(), &cache);
        QVERIFY(spy.wait(10000));
        QVERIFY(verifier.hasRemoteError());
        QCOMPARE(verifier.remoteError().httpStatus, 500);
    }

    // The incident as Cal.com shows it: all 24 rows lack a child; the personal event types with the same
    // slug are not mistaken for children.
    void incidentRemote()
    {
        auto state = Kit::incidentCalcom();
        sandbox::SandboxServer server(state);
        QVERIFY(server.start());
        auto client = Kit::client(server, Kit::kIncidentKey);
        TeamEventTypeCache cache(client.get(), Kit::kIncidentTeam);

        EventMapData data;
        data.staff = { StaffMember { "3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01", "Fabian Spitzer", "", 1346406,
                           "fabian-spitzer", true },
            StaffMember { "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "Fabian Spitzer #2", "", 1346408,
                "fabian-spitzer-2", true } };
        qint64 mapId = 1;
        const QStringList keys { "A", "B", "C", "D" };
        for (int s = 0; s < 3; ++s) {
            Service service;
            service.id = 440 + 2 * s;
            service.name = QStringLiteral("Service %1").arg(service.id);
            service.segments = { ServiceSegment { 0, "A", "A", 1, 30, true },
                ServiceSegment { 0, "P", "P", 2, 30, false }, ServiceSegment { 0, "B", "B", 3, 30, true },
                ServiceSegment { 0, "C", "C", 4, 30, true }, ServiceSegment { 0, "D", "D", 5, 30, true } };
            service.staffIds = { data.staff[0].id, data.staff[1].id };
            data.services.append(service);
            for (int k = 0; k < 4; ++k) {
                for (const StaffMember& staff : data.staff) {
                    EventMapEntry e;
                    e.id = mapId++;
                    e.serviceId = service.id;
                    e.segmentKey = keys[k];
                    e.staffId = staff.id;
                    e.eventTypeId = Kit::incidentParents()[s * 4 + k];
                    data.maps.append(e);
                }
            }
        }
        EventMapVerifier verifier;
        verifier.start(data, &cache);
        QVERIFY(verifier.waitForFinished(20000));
        QVERIFY(!verifier.hasRemoteError());
        int withoutChild = 0;
        for (const Finding& f : verifier.findings()) {
            if (f.code == Code::ManagedParentWithoutChild) {
                ++withoutChild;
                // The cause is named: Fabian's own event type with the parent's slug.
                if (f.mapId == 1)
                    QVERIFY2(f.message.contains("3970000") && f.fixText.contains("3970000"),
                        qPrintable(f.message));
            } else
                QVERIFY2(f.code == Code::EventTypeNotHidden || f.code == Code::LengthMismatch,
                    qPrintable(f.codeName() + ": " + f.message));
        }
        QCOMPARE(withoutChild, 24);
        // One team list + one event-type list per Fabian.
        QCOMPARE(cache.requestCount(), 3);
        QCOMPARE(server.log().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEventMapVerifier)
#include "tst_eventmapverifier.moc"
