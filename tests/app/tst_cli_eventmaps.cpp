// salon-admin-cli verify-event-maps / repair-event-maps / populate-event-maps, run as a real process
// against a sandbox in this test process and a database on each backend.
#include "CliProcess.h"
#include "EventMapTestKit.h"
#include "TestDatabase.h"

#include "calcom/TeamEventTypePatch.h"
#include "db/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace salon;
using namespace salon::eventmaps::test;
using salon::test::scalar;
using salon::test::TestDatabase;
using Kit = EventMapTestKit;

class TestCliEventMaps : public QObject
{
    Q_OBJECT

    using Result = salon::test::CliResult;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    QSqlDatabase db() const { return m_db->db(); }

    Result cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove("CALCOM_URL");
        environment.remove("CALCOM_TEAM_ID");
        environment.insert("CALCOM_API_KEY", Kit::kIncidentKey);
        environment.insert("USER", "cli-test");
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isNull())
                environment.remove(it.key());
            else
                environment.insert(it.key(), it.value());
        }
        return salon::test::runCli(
            QStringLiteral(SALON_ADMIN_CLI), QStringList { "--db", m_db->cliUrl() } + args, environment);
    }

    QStringList calcom() const
    {
        return { "--calcom-url", m_server->baseUrl().toString(), "--team-id", "12345" };
    }

    QString mapState() const
    {
        QString text;
        auto q = runSql(db(),
            "SELECT id, child_event_type_id, child_resolved_at, updated_at FROM calcom_event_map ORDER BY "
            "id");
        while (q && q->next())
            text += QStringLiteral("%1|%2|%3|%4\n")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString());
        return text + scalar(db(), "SELECT COUNT(*) FROM audit_log").toString();
    }

    void poison()
    {
        if (m_db->url().isSqlite()) {
            for (const char* sql :
                { "CREATE TABLE m2 (id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, segment_key TEXT "
                  "NOT NULL, "
                  "staff_id TEXT NOT NULL, event_type_id INTEGER NOT NULL, child_event_type_id INTEGER NULL, "
                  "child_resolved_at TEXT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                    "INSERT INTO m2 SELECT * FROM calcom_event_map", "DROP TABLE calcom_event_map",
                    "ALTER TABLE m2 RENAME TO calcom_event_map" })
                QVERIFY(runSql(db(), QString::fromLatin1(sql)).has_value());
        } else {
            QVERIFY(runSql(
                db(), "ALTER TABLE calcom_event_map DROP CONSTRAINT event_map_child_differs_from_parent")
                        .has_value());
        }
        QVERIFY(runSql(db(), "UPDATE calcom_event_map SET child_event_type_id = event_type_id").has_value());
    }

    static QMap<QString, int> countCodes(const QJsonObject& json)
    {
        QMap<QString, int> counts;
        for (const QJsonValue& f : json.value("findings").toArray())
            ++counts[f.toObject().value("code").toString()];
        return counts;
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
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void verifyLocalIsCleanForTheImport()
    {
        const Result r = cli({ "--json", "verify-event-maps" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("clean").toBool(), true);
        QCOMPARE(r.json().value("findings").toArray().size(), 0);
        QCOMPARE(m_server->log().size(), 0);
        const Result text = cli({ "verify-event-maps" });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("24"));
    }

    // The incident seen from the tool: every row lacks a child — with 3 requests, not 24.
    void verifyRemoteFindsTheIncident()
    {
        const Result r
            = cli(QStringList { "--json" } + calcom() + QStringList { "verify-event-maps", "--remote" });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(countCodes(json).value("managed-parent-without-child"), 24);
        QCOMPARE(json.value("calcomRequests").toInt(), 3);
        QCOMPARE(m_server->log().size(), 3);
        const QJsonObject first = json.value("findings").toArray().first().toObject();
        for (const char* key :
            { "code", "severity", "serviceId", "segmentKey", "staffId", "mapId", "message", "fix" })
            QVERIFY2(first.contains(key), key);

        const Result one = cli(QStringList { "--json" } + calcom()
            + QStringList { "verify-event-maps", "--remote", "--service", "444" });
        QCOMPARE(one.exitCode, 1);
        QCOMPARE(countCodes(one.json()).value("managed-parent-without-child"), 8);

        const Result text = cli(calcom() + QStringList { "verify-event-maps", "--remote" });
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("managed-parent-without-child"));
        QVERIFY(text.out.contains("Fabian Spitzer #2"));
        // The findings speak the desktop's words; the CLI names its own command for the fix.
        QVERIFY(text.out.contains("salon-admin-cli populate-event-maps"));
    }

    void cannotRunIsExit2()
    {
        QCOMPARE(cli({ "verify-event-maps", "--service", "abc" }).exitCode, 2);
        QCOMPARE(cli({ "verify-event-maps", "--service", "999" }).exitCode, 2);
        const Result badTeam = cli({ "--calcom-url", m_server->baseUrl().toString(), "--team-id", "x",
            "verify-event-maps", "--remote" });
        QCOMPARE(badTeam.exitCode, 2);
        QVERIFY(badTeam.err.contains("team"));
        QCOMPARE(
            cli({ "--calcom-url", "http://example.com/v2", "verify-event-maps", "--remote" }).exitCode, 2);
        // No key in the environment and no keychain reachable: a clear line naming CALCOM_API_KEY.
        const Result noKey = cli(calcom() + QStringList { "verify-event-maps", "--remote" },
            { { "CALCOM_API_KEY", QString() }, { "DBUS_SESSION_BUS_ADDRESS", QString() },
                { "DISPLAY", QString() } });
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY2(noKey.err.contains("CALCOM_API_KEY"), noKey.err.constData());
        QCOMPARE(m_server->log().size(), 0);
        // Cal.com answering 500 (after the client's retries) means the check could not run.
        m_server->faults().scriptNext(sandbox::FaultKind::Error500, 10, "/event-types", "GET");
        const Result down = cli(calcom() + QStringList { "--json", "verify-event-maps", "--remote" });
        QCOMPARE(down.exitCode, 2);
        QCOMPARE(down.json().value("ok").toBool(), false);
    }

    // Without --team-id the key user's only team is used (GET /v2/teams).
    void teamIsResolvedFromTheKey()
    {
        const Result r = cli(
            { "--json", "--calcom-url", m_server->baseUrl().toString(), "verify-event-maps", "--remote" });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(countCodes(r.json()).value("managed-parent-without-child"), 24);
        QCOMPARE(m_server->log().count("GET", "^/v2/teams$"), 1);
    }

    void repairPoisonedDatabase()
    {
        poison();
        const Result found = cli({ "--json", "verify-event-maps" });
        QCOMPARE(found.exitCode, 1);
        QCOMPARE(countCodes(found.json()).value("child-equals-parent"), 24);

        const QString before = mapState();
        const Result dry
            = cli(QStringList { "--json" } + calcom() + QStringList { "repair-event-maps", "--dry-run" });
        QCOMPARE(dry.exitCode, 1);
        QCOMPARE(dry.json().value("changes").toArray().size(), 24);
        QCOMPARE(dry.json().value("applied").toInt(), 0);
        QCOMPARE(mapState(), before);
        const QJsonObject change = dry.json().value("changes").toArray().first().toObject();
        QCOMPARE(change.value("before").toObject().value("childEventTypeId").toInteger(),
            change.value("before").toObject().value("eventTypeId").toInteger());
        QVERIFY(change.value("after").toObject().value("childEventTypeId").isNull());

        const Result text = cli(calcom() + QStringList { "repair-event-maps", "--dry-run" });
        QVERIFY(text.out.contains("-> NULL"));
        QCOMPARE(mapState(), before);

        const Result applied = cli(QStringList { "--json" } + calcom() + QStringList { "repair-event-maps" });
        QCOMPARE(applied.exitCode, 1); // no child exists in Cal.com: warnings remain
        QCOMPARE(applied.json().value("applied").toInt(), 24);
        QCOMPARE(applied.json().value("warnings").toArray().size(), 24);
        QCOMPARE(scalar(db(), "SELECT COUNT(*) FROM calcom_event_map WHERE child_event_type_id IS NOT NULL")
                     .toInt(),
            0);
        QCOMPARE(
            scalar(db(),
                "SELECT COUNT(*) FROM audit_log WHERE action = 'event_map.repair' AND actor = 'cli:cli-test'")
                .toInt(),
            24);

        const QString after = mapState();
        const Result again = cli(QStringList { "--json" } + calcom() + QStringList { "repair-event-maps" });
        QCOMPARE(again.json().value("changes").toArray().size(), 0);
        QCOMPARE(mapState(), after);
        QCOMPARE(cli({ "verify-event-maps" }).exitCode, 0);
    }

    void repairOffline()
    {
        poison();
        const Result r = cli({ "--json", "repair-event-maps", "--offline" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("applied").toInt(), 24);
        QCOMPARE(m_server->log().size(), 0);
        QCOMPARE(scalar(db(), "SELECT COUNT(*) FROM calcom_event_map WHERE child_event_type_id IS NOT NULL")
                     .toInt(),
            0);
    }

    void populate()
    {
        // As in the incident: no children -> everything stays NULL, with a warning per row.
        const QString before = mapState();
        const Result none = cli(QStringList { "--json" } + calcom() + QStringList { "populate-event-maps" });
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.json().value("changes").toArray().size(), 0);
        QCOMPARE(none.json().value("warnings").toArray().size(), 24);
        QCOMPARE(mapState(), before);

        // The admin clears the slug collisions and saves the hosts again: Cal.com creates the children.
        Kit::removeIncidentPersonalEventTypes(m_server->state());
        auto client = Kit::client(*m_server, Kit::kIncidentKey);
        for (qint64 parent : Kit::incidentParents()) {
            calcom::TeamEventTypePatch patch;
            patch.hosts = QList<calcom::Host> { calcom::Host { 1346406, true, "high", {}, {}, {} },
                calcom::Host { 1346408, true, "high", {}, {}, {} } };
            std::unique_ptr<calcom::CalcomReply<calcom::SavedEventType>> reply(
                client->updateTeamEventType(Kit::kIncidentTeam, parent, patch));
            QVERIFY(reply->waitForFinished(15000));
            QVERIFY(!reply->hasError());
        }

        const Result dry = cli(QStringList { "--json" } + calcom()
            + QStringList { "populate-event-maps", "--service", "440", "--dry-run" });
        QCOMPARE(dry.exitCode, 1);
        QCOMPARE(dry.json().value("changes").toArray().size(), 8);
        QCOMPARE(mapState(), before);

        const Result applied
            = cli(QStringList { "--json" } + calcom() + QStringList { "populate-event-maps" });
        QCOMPARE(applied.exitCode, 0);
        QCOMPARE(applied.json().value("applied").toInt(), 24);
        QCOMPARE(scalar(db(),
                     "SELECT COUNT(*) FROM calcom_event_map WHERE child_event_type_id IS NULL "
                     "OR child_event_type_id = event_type_id OR child_resolved_at IS NULL")
                     .toInt(),
            0);
        QCOMPARE(
            scalar(db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'event_map.populate'").toInt(), 24);

        const QString populated = mapState();
        const Result again = cli(QStringList { "--json" } + calcom() + QStringList { "populate-event-maps" });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("changes").toArray().size(), 0);
        QCOMPARE(mapState(), populated);
    }
};

QTEST_GUILESS_MAIN(TestCliEventMaps)
#include "tst_cli_eventmaps.moc"
