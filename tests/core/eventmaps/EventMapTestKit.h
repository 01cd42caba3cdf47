#pragma once

#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "SandboxState.h"

#include "calcom/CalcomClient.h"
#include "eventmaps/EventMapData.h"
#include "eventmaps/Finding.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace salon::eventmaps::test
{

using sandbox::test::SandboxFixtures;

// Shared by the event map tests (core and CLI): hand-made Cal.com states and the matching salon data.
//
// The "clean world": team 100 with Alice (user 2) and Bob (user 3); service 1 "Färben" with segments
// A (30 min, staff), P (20 min, processing gap) and B (15 min, staff), performed by both.
//  - A is the MANAGED parent 501 (hidden) with hidden children 701 (Alice) and 702 (Bob); the maps store
//  them.
//  - B is one hidden round-robin event type per person: 601 (host Alice), 602 (host Bob).
// verify-event-maps --remote finds nothing in it.
struct EventMapTestKit {
    static constexpr qint64 kTeam = SandboxFixtures::kTeamId;
    static constexpr qint64 kAliceUser = SandboxFixtures::kAlice;
    static constexpr qint64 kBobUser = SandboxFixtures::kBob;
    static constexpr qint64 kService = 1;
    static constexpr qint64 kParentA = 501;
    static constexpr qint64 kChildAlice = 701;
    static constexpr qint64 kChildBob = 702;
    static constexpr qint64 kRoundRobinAlice = 601;
    static constexpr qint64 kRoundRobinBob = 602;
    static inline const QString kAliceStaff = QStringLiteral("a11ce000-0000-4000-8000-000000000002");
    static inline const QString kBobStaff = QStringLiteral("b0b00000-0000-4000-8000-000000000003");
    static inline const QString kApiKey = QString::fromLatin1(SandboxFixtures::kAdminKey);

    // Map ids of the clean world.
    enum MapId : qint64 { MapAAlice = 1, MapABob = 2, MapBAlice = 3, MapBBob = 4 };

    static sandbox::SandboxState cleanCalcom();
    static EventMapData cleanData();

    // Event types in the sandbox's stored form.
    static QJsonObject managedParent(qint64 id, const QString& slug, int length, bool hidden);
    static QJsonObject managedChild(
        qint64 id, qint64 parentId, qint64 ownerId, const QString& slug, int length, bool hidden);
    static QJsonObject roundRobin(
        qint64 id, const QString& slug, int length, bool hidden, const QList<qint64>& hosts);

    static QJsonObject* eventType(sandbox::SandboxState& state, qint64 id);
    static EventMapEntry* map(EventMapData& data, qint64 id);
    static StaffMember* staff(EventMapData& data, const QString& id);

    // A client for the sandbox with the admin key (or `key`).
    static std::unique_ptr<calcom::CalcomClient> client(
        const sandbox::SandboxServer& server, const QString& key = kApiKey);

    // The incident: its Cal.com side (team 12345, key cal_sandbox_demo_key) and its salon data in `db`.
    static constexpr qint64 kIncidentTeam = 12345;
    static inline const QString kIncidentKey = QStringLiteral("cal_sandbox_demo_key");
    static sandbox::SandboxState incidentCalcom();
    static QString importIncident(const QSqlDatabase& db); // empty on success, else the error
    static QList<qint64> incidentParents();
    // What the salon admin does to get children: removes the personal event types that collide with the
    // parents' slugs (so Cal.com no longer skips the children).
    static void removeIncidentPersonalEventTypes(sandbox::SandboxState& state);

    static QSet<Finding::Code> codes(const QList<Finding>& findings);
};

} // namespace salon::eventmaps::test
