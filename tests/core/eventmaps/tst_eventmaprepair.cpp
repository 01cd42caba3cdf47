// Repair and populate on real databases (both backends) with the incident's data and its Cal.com side:
// transactional, audit-logged, idempotent, dry runs write nothing, and child = parent is refused by the
// schema AND by the code.
#include "EventMapTestKit.h"
#include "TestDatabase.h"

#include "eventmaps/EventMapPopulator.h"
#include "eventmaps/EventMapRepair.h"
#include "eventmaps/EventMapRepository.h"
#include "eventmaps/EventMapVerifier.h"
#include "eventmaps/EventTypeResolver.h"
#include "eventmaps/TeamEventTypeCache.h"

#include "calcom/BookingInput.h"
#include "calcom/TeamEventTypePatch.h"
#include "db/SqlStatement.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace salon;
using namespace salon::eventmaps;
using namespace salon::eventmaps::test;
using salon::test::scalar;
using salon::test::TestDatabase;
using Kit = EventMapTestKit;

class TestEventMapRepair : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<calcom::CalcomClient> m_client;

    QSqlDatabase db() const { return m_db->db(); }

    // Everything a dry run must leave alone: the map rows and the audit log.
    QString snapshot() const
    {
        QString text;
        auto q = runSql(db(),
            "SELECT id, event_type_id, child_event_type_id, child_resolved_at, updated_at "
            "FROM calcom_event_map ORDER BY id");
        while (q && q->next()) {
            for (int i = 0; i < 5; ++i)
                text += q->value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
        return text + scalar(db(), "SELECT COUNT(*) FROM audit_log").toString();
    }

    int auditCount(const QString& action) const
    {
        return scalar(db(), "SELECT COUNT(*) FROM audit_log WHERE action = ?", { action }).toInt();
    }

    // Databases not created by this tool may lack the CHECK; this makes ours like them.
    void dropChildConstraint()
    {
        if (m_db->url().isSqlite()) {
            for (const char* sql :
                { "CREATE TABLE calcom_event_map_loose (id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, "
                  "segment_key TEXT NOT NULL, staff_id TEXT NOT NULL, event_type_id INTEGER NOT NULL, "
                  "child_event_type_id INTEGER NULL, child_resolved_at TEXT NULL, created_at TEXT NOT NULL, "
                  "updated_at TEXT NOT NULL, UNIQUE (service_id, segment_key, staff_id))",
                    "INSERT INTO calcom_event_map_loose SELECT * FROM calcom_event_map",
                    "DROP TABLE calcom_event_map",
                    "ALTER TABLE calcom_event_map_loose RENAME TO calcom_event_map" }) {
                auto q = runSql(db(), QString::fromLatin1(sql));
                QVERIFY2(q.has_value(), qPrintable(q.has_value() ? QString() : q.error()));
            }
        } else {
            auto q = runSql(
                db(), "ALTER TABLE calcom_event_map DROP CONSTRAINT event_map_child_differs_from_parent");
            QVERIFY2(q.has_value(), qPrintable(q.has_value() ? QString() : q.error()));
        }
    }

    void poisonAll()
    {
        auto q = runSql(db(), "UPDATE calcom_event_map SET child_event_type_id = event_type_id");
        QVERIFY2(q.has_value(), qPrintable(q.has_value() ? QString() : q.error()));
        QCOMPARE(
            scalar(db(), "SELECT COUNT(*) FROM calcom_event_map WHERE child_event_type_id = event_type_id")
                .toInt(),
            24);
    }

    EventMapData load(std::optional<qint64> service = std::nullopt)
    {
        auto data = EventMapRepository(db()).load(service);
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        return *data;
    }

    EventMapPlan planRepair(EventTypeResolver* resolver)
    {
        EventMapRepair repair(resolver);
        repair.plan(load());
        if (!repair.waitForFinished(30000) || repair.hasError())
            qFatal("repair plan failed: %s", qPrintable(repair.errorString()));
        return repair.result();
    }

    EventMapPlan planPopulate(std::optional<qint64> service = std::nullopt)
    {
        EventTypeResolver resolver(m_client.get(), Kit::kIncidentTeam);
        EventMapPopulator populator(&resolver);
        populator.plan(load(service));
        if (!populator.waitForFinished(30000) || populator.hasError())
            qFatal("populate plan failed: %s", qPrintable(populator.errorString()));
        return populator.result();
    }

    // The admin's fix in Cal.com: personal event types out of the way, hosts saved again -> children.
    QHash<QPair<qint64, qint64>, qint64> createIncidentChildren()
    {
        Kit::removeIncidentPersonalEventTypes(m_server->state());
        QHash<QPair<qint64, qint64>, qint64> children; // (parent, user) -> child
        for (qint64 parent : Kit::incidentParents()) {
            calcom::TeamEventTypePatch patch;
            patch.hosts = QList<calcom::Host> { calcom::Host { 1346406, true, "high", {}, {}, {} },
                calcom::Host { 1346408, true, "high", {}, {}, {} } };
            std::unique_ptr<calcom::CalcomReply<calcom::SavedEventType>> reply(
                m_client->updateTeamEventType(Kit::kIncidentTeam, parent, patch));
            if (!reply->waitForFinished(15000) || reply->hasError())
                qFatal("PATCH failed");
            for (const calcom::EventType& child : reply->result().children)
                children.insert({ parent, *child.ownerId }, child.id);
        }
        return children;
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_db = TestDatabase::create(backend, &error);
        QVERIFY2(m_db, qPrintable(error));
        const QString imported = Kit::importIncident(db());
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        m_server = std::make_unique<sandbox::SandboxServer>(Kit::incidentCalcom());
        QVERIFY(m_server->start());
        m_client = Kit::client(*m_server, Kit::kIncidentKey);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_db.reset();
    }

    void loadReadsTheMap()
    {
        const EventMapData all = load();
        QCOMPARE(all.maps.size(), 24);
        QCOMPARE(all.services.size(), 3);
        QCOMPARE(all.staff.size(), 3);
        const Service* service = all.service(440);
        QVERIFY(service);
        QCOMPARE(service->segments.size(), 5);
        QCOMPARE(service->segment("P")->staffRequired, false);
        QCOMPARE(service->staffIds.size(), 2);
        const EventMapData one = load(442);
        QCOMPARE(one.maps.size(), 8);
        QCOMPARE(one.services.size(), 1);
        for (const EventMapEntry& e : one.maps)
            QCOMPARE(e.serviceId, qint64(442));
        QVERIFY(EventMapVerifier::checkLocal(all).isEmpty());
    }

    // The incident's fallback is impossible twice over: the CHECK refuses it, and so does the repository
    // (which also guards databases without the CHECK).
    void childEqualsParentIsRefused()
    {
        auto raw
            = runSql(db(), "UPDATE calcom_event_map SET child_event_type_id = event_type_id WHERE id = 1");
        QVERIFY(!raw.has_value());
        QCOMPARE(scalar(db(), "SELECT COUNT(*) FROM calcom_event_map WHERE child_event_type_id IS NOT NULL")
                     .toInt(),
            0);

        dropChildConstraint();
        const EventMapData data = load();
        const QString before = snapshot();
        EventMapChange poison { data.maps[0], data.maps[0], "test" };
        poison.after.childEventTypeId = poison.after.eventTypeId;
        EventMapChange fine { data.maps[1], data.maps[1], "test" };
        fine.after.childEventTypeId = 42;
        const auto result = EventMapRepository(db()).apply({ fine, poison }, "test", "event_map.populate");
        QVERIFY(!result.has_value());
        QVERIFY(result.error().contains(QString::number(poison.after.eventTypeId)));
        QCOMPARE(snapshot(), before); // not even the good change
    }

    void applyIsAuditedAndChecksConcurrentChanges()
    {
        const EventMapData data = load();
        EventMapChange change { data.maps[0], data.maps[0], "because" };
        change.after.childEventTypeId = 4242;
        change.after.childResolvedAt = QDateTime::currentDateTimeUtc();
        const auto applied = EventMapRepository(db()).apply({ change }, "tester", "event_map.populate");
        QVERIFY(applied.has_value());
        QCOMPARE(*applied, 1);
        QCOMPARE(
            scalar(db(), "SELECT child_event_type_id FROM calcom_event_map WHERE id = ?", { data.maps[0].id })
                .toLongLong(),
            qint64(4242));
        auto audit = runSql(db(),
            "SELECT actor, action, subject, before_json, after_json FROM audit_log "
            "WHERE action = 'event_map.populate'");
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("tester"));
        QCOMPARE(audit->value(2).toString(), QStringLiteral("calcom_event_map:%1").arg(data.maps[0].id));
        const QJsonObject before = QJsonDocument::fromJson(audit->value(3).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(audit->value(4).toString().toUtf8()).object();
        QVERIFY(before.value("childEventTypeId").isNull());
        QCOMPARE(after.value("childEventTypeId").toInteger(), qint64(4242));
        QCOMPARE(after.value("reason").toString(), QStringLiteral("because"));
        QVERIFY(!after.value("childResolvedAt").isNull());

        // The same plan again: the row no longer matches its `before`, nothing is written.
        const QString state = snapshot();
        QVERIFY(!EventMapRepository(db()).apply({ change }, "tester", "event_map.populate").has_value());
        QCOMPARE(snapshot(), state);
    }

    // The incident's poisoned database: verify finds it, repair clears it (Cal.com has no children, so
    // every row stays NULL with a warning), a second repair changes nothing; dry runs write nothing.
    void repairPoisonedIncident()
    {
        dropChildConstraint();
        poisonAll();
        const QList<Finding> local = EventMapVerifier::checkLocal(load());
        QCOMPARE(local.size(), 24);
        QCOMPARE(Kit::codes(local), QSet<Finding::Code> { Finding::Code::ChildEqualsParent });

        EventTypeResolver resolver(m_client.get(), Kit::kIncidentTeam);
        const QString before = snapshot();
        const EventMapPlan dry = planRepair(&resolver);
        QCOMPARE(dry.changes.size(), 24);
        QCOMPARE(dry.warnings.size(), 24); // no child exists for anyone
        QCOMPARE(snapshot(), before);
        for (const EventMapChange& c : dry.changes) {
            QCOMPARE(c.before.childEventTypeId, std::optional<qint64>(c.before.eventTypeId));
            QVERIFY(!c.after.childEventTypeId);
            QVERIFY(!c.after.childResolvedAt.isValid());
            QVERIFY(c.reason.contains("child-equals-parent"));
        }
        // Verify and repair share the cache: one team list + one list per Fabian.
        QCOMPARE(resolver.cache()->requestCount(), 3);

        const auto applied = EventMapRepository(db()).apply(dry.changes, "tester", "event_map.repair");
        QVERIFY(applied.has_value());
        QCOMPARE(*applied, 24);
        QCOMPARE(auditCount("event_map.repair"), 24);
        QCOMPARE(scalar(db(), "SELECT COUNT(*) FROM calcom_event_map WHERE child_event_type_id IS NOT NULL")
                     .toInt(),
            0);

        // Idempotent.
        EventTypeResolver again(m_client.get(), Kit::kIncidentTeam);
        QVERIFY(planRepair(&again).changes.isEmpty());
        QVERIFY(EventMapVerifier::checkLocal(load()).isEmpty());
    }

    // Once the children exist, repair stores them instead of leaving NULL.
    void repairStoresRealChildren()
    {
        dropChildConstraint();
        poisonAll();
        const auto children = createIncidentChildren();
        QCOMPARE(children.size(), 24);
        EventTypeResolver resolver(m_client.get(), Kit::kIncidentTeam);
        const EventMapPlan plan = planRepair(&resolver);
        QCOMPARE(plan.changes.size(), 24);
        QVERIFY(plan.warnings.isEmpty());
        const EventMapData data = load();
        for (const EventMapChange& c : plan.changes) {
            const StaffMember* staff = data.staffMember(c.before.staffId);
            QCOMPARE(c.after.childEventTypeId,
                std::optional<qint64>(children.value({ c.before.eventTypeId, *staff->calcomUserId })));
            QVERIFY(c.after.childResolvedAt.isValid());
        }
        QVERIFY(EventMapRepository(db()).apply(plan.changes, "tester", "event_map.repair").has_value());
        EventTypeResolver again(m_client.get(), Kit::kIncidentTeam);
        QVERIFY(planRepair(&again).changes.isEmpty());
    }

    void repairOfflineClearsOnlyCertainPoison()
    {
        dropChildConstraint();
        poisonAll();
        const EventMapPlan plan = planRepair(nullptr);
        QCOMPARE(plan.changes.size(), 24);
        QCOMPARE(m_server->log().size(), 0);
        QVERIFY(EventMapRepository(db()).apply(plan.changes, "tester", "event_map.repair").has_value());
        QVERIFY(planRepair(nullptr).changes.isEmpty());
    }

    // The incident's populate run, done right: no children -> NULL and a warning each, never the parent.
    void populateWithoutChildrenLeavesNull()
    {
        const QString before = snapshot();
        const EventMapPlan plan = planPopulate();
        QVERIFY(plan.changes.isEmpty());
        QCOMPARE(plan.warnings.size(), 24);
        for (const QString& warning : plan.warnings)
            QVERIFY2(warning.contains("NULL"), qPrintable(warning));
        QCOMPARE(snapshot(), before);
    }

    void populateStoresChildrenIdempotently()
    {
        const auto children = createIncidentChildren();
        const QString before = snapshot();

        const EventMapPlan only442 = planPopulate(442);
        QCOMPARE(only442.changes.size(), 8);
        QCOMPARE(snapshot(), before); // planning is a dry run

        const EventMapPlan plan = planPopulate();
        QCOMPARE(plan.changes.size(), 24);
        QVERIFY(plan.warnings.isEmpty());
        const QList<qint64> parentList = Kit::incidentParents();
        const QSet<qint64> parents(parentList.cbegin(), parentList.cend());
        for (const EventMapChange& c : plan.changes)
            QVERIFY(!parents.contains(*c.after.childEventTypeId));
        const auto applied = EventMapRepository(db()).apply(plan.changes, "tester", "event_map.populate");
        QVERIFY(applied.has_value());
        QCOMPARE(*applied, 24);
        QCOMPARE(auditCount("event_map.populate"), 24);
        QCOMPARE(
            scalar(db(), "SELECT COUNT(*) FROM calcom_event_map WHERE child_resolved_at IS NULL").toInt(), 0);
        const EventMapData data = load();
        for (const EventMapEntry& e : data.maps)
            QCOMPARE(e.childEventTypeId,
                std::optional<qint64>(
                    children.value({ e.eventTypeId, *data.staffMember(e.staffId)->calcomUserId })));

        const QString populated = snapshot();
        QVERIFY(planPopulate().changes.isEmpty());
        QCOMPARE(snapshot(), populated);

        // What sync does next: every resolved id is bookable, and no request names a parent.
        m_server->log().clear();
        EventTypeResolver resolver(m_client.get(), Kit::kIncidentTeam);
        QDateTime start = QDateTime::currentDateTimeUtc().addDays(7);
        start.setTime(QTime(8, 0));
        int n = 0;
        for (const EventMapEntry& e : data.maps) {
            std::unique_ptr<ResolveJob> job(resolver.resolve(e, *data.staffMember(e.staffId)));
            QVERIFY(job->waitForFinished(10000));
            QVERIFY(job->result().has_value());
            calcom::BookingInput input;
            input.eventTypeId = job->resolved().eventTypeId;
            input.start = start.addSecs(3600 * n++);
            input.attendeeName = "Kundin";
            input.attendeeEmail = "kundin@example.com";
            std::unique_ptr<calcom::CalcomReply<calcom::Booking>> booking(m_client->createBooking(input));
            QVERIFY(booking->waitForFinished(10000));
            QVERIFY2(!booking->hasError(),
                qPrintable(booking->hasError() ? booking->error().details() : QString()));
        }
        const auto posts = m_server->log().matching("POST", "^/v2/bookings$");
        QCOMPARE(posts.size(), 24);
        for (const auto& post : posts) {
            QVERIFY(!parents.contains(post.json().value("eventTypeId").toInteger()));
            QCOMPARE(post.status, 201);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventMapRepair)
#include "tst_eventmaprepair.moc"
