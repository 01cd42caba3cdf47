// The request budget of a run over 1,000 map rows: one team list plus one event-type list per staff user
// (bounded by one per MANAGED parent) — never one request per map row.
#include "EventMapTestKit.h"

#include "eventmaps/EventMapPopulator.h"
#include "eventmaps/EventMapVerifier.h"
#include "eventmaps/EventTypeResolver.h"
#include "eventmaps/TeamEventTypeCache.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace salon;
using namespace salon::eventmaps;
using namespace salon::eventmaps::test;
using Kit = EventMapTestKit;

namespace
{

constexpr int kServices = 25;
constexpr int kStaff = 10;
constexpr int kSegments = 4; // A, B managed; C, D one round-robin type per staff member

struct World {
    sandbox::SandboxState calcom;
    EventMapData data;
    int managedParents = 0;
};

World thousandMaps()
{
    World w;
    w.calcom = sandbox::test::SandboxFixtures::smallTeam();
    QList<qint64> users { Kit::kAliceUser, Kit::kBobUser };
    for (qint64 id = 20; users.size() < kStaff; ++id) {
        w.calcom.users.append(
            sandbox::SandboxUser { id, QStringLiteral("staff-%1").arg(id), QStringLiteral("Staff %1").arg(id),
                QStringLiteral("s%1@example.com").arg(id), QStringLiteral("Europe/Berlin") });
        w.calcom.teams[0].members.append(
            sandbox::SandboxMembership { 100 + id, id, QStringLiteral("MEMBER") });
        users.append(id);
    }
    for (int i = 0; i < kStaff; ++i) {
        const sandbox::SandboxUser* u = w.calcom.user(users[i]);
        w.data.staff.append(
            StaffMember { QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                u->name, u->email, u->id, u->username, true });
    }
    qint64 nextEventType = 10000;
    qint64 nextMap = 1;
    const QStringList keys { "A", "B", "C", "D" };
    for (int s = 0; s < kServices; ++s) {
        Service service;
        service.id = 100 + s;
        service.name = QStringLiteral("Service %1").arg(service.id);
        for (int k = 0; k < kSegments; ++k)
            service.segments.append(
                ServiceSegment { service.id * 10 + k, keys[k], keys[k], k + 1, 30, true });
        for (const StaffMember& staff : w.data.staff)
            service.staffIds.append(staff.id);
        w.data.services.append(service);
        for (int k = 0; k < kSegments; ++k) {
            const QString slug = QStringLiteral("s%1-%2").arg(service.id).arg(keys[k].toLower());
            qint64 parent = 0;
            if (k < 2) {
                parent = nextEventType++;
                ++w.managedParents;
                w.calcom.eventTypes.append(Kit::managedParent(parent, slug, 30, true));
            }
            for (const StaffMember& staff : w.data.staff) {
                EventMapEntry e;
                e.id = nextMap++;
                e.serviceId = service.id;
                e.segmentKey = keys[k];
                e.staffId = staff.id;
                if (parent) {
                    // Visible children, so populate can find them.
                    w.calcom.eventTypes.append(
                        Kit::managedChild(nextEventType++, parent, *staff.calcomUserId, slug, 30, false));
                    e.eventTypeId = parent;
                } else {
                    e.eventTypeId = nextEventType++;
                    w.calcom.eventTypes.append(Kit::roundRobin(e.eventTypeId,
                        slug + QLatin1Char('-') + staff.calcomUsername, 30, true, { *staff.calcomUserId }));
                }
                w.data.maps.append(e);
            }
        }
    }
    return w;
}

} // namespace

class TestEventMapScale : public QObject
{
    Q_OBJECT

private slots:
    void verifyThousandMaps()
    {
        const World w = thousandMaps();
        QCOMPARE(w.data.maps.size(), 1000);
        sandbox::SandboxServer server(w.calcom);
        QVERIFY(server.start());
        auto client = Kit::client(server);
        TeamEventTypeCache cache(client.get(), Kit::kTeam);
        EventMapVerifier verifier;
        QElapsedTimer timer;
        timer.start();
        verifier.start(w.data, &cache);
        QVERIFY(verifier.waitForFinished(60000));
        QVERIFY(!verifier.hasRemoteError());
        const int requests = server.log().size();
        qInfo("verify --remote over %lld maps (%d MANAGED parents, %d staff users): %d requests, %lld ms",
            qlonglong(w.data.maps.size()), w.managedParents, kStaff, requests, qlonglong(timer.elapsed()));
        QCOMPARE(server.log().count("GET", "^/v2/teams/100/event-types$"), 1);
        QCOMPARE(server.log().count("GET", "^/v2/event-types$"), kStaff);
        QCOMPARE(requests, 1 + kStaff);
        QVERIFY(requests <= 1 + w.managedParents);
        QCOMPARE(cache.requestCount(), requests);
        // The visible children are the only thing to report (customers could book them).
        for (const Finding& f : verifier.findings())
            QCOMPARE(f.code, Finding::Code::EventTypeNotHidden);
        QCOMPARE(verifier.findings().size(), kServices * 2 * kStaff);
    }

    void populateThousandMaps()
    {
        const World w = thousandMaps();
        sandbox::SandboxServer server(w.calcom);
        QVERIFY(server.start());
        auto client = Kit::client(server);
        EventTypeResolver resolver(client.get(), Kit::kTeam);
        EventMapPopulator populator(&resolver);
        populator.plan(w.data);
        QVERIFY(populator.waitForFinished(60000));
        QVERIFY2(!populator.hasError(), qPrintable(populator.errorString()));
        const int requests = server.log().size();
        qInfo("populate over %lld maps: %lld children resolved with %d requests",
            qlonglong(w.data.maps.size()), qlonglong(populator.result().changes.size()), requests);
        QCOMPARE(populator.result().changes.size(), qsizetype(kServices * 2 * kStaff));
        QVERIFY(populator.result().warnings.isEmpty());
        QCOMPARE(requests, 1 + kStaff);
        for (const EventMapChange& c : populator.result().changes)
            QVERIFY(*c.after.childEventTypeId != c.after.eventTypeId);
    }
};

QTEST_GUILESS_MAIN(TestEventMapScale)
#include "tst_eventmapscale.moc"
