// snapshot-calcom, rehearse, history and undo-run as real processes against a sandbox in this test process
// that plays the live account (LiveAccount), on both database backends: the snapshot reads with GETs only;
// a rehearsed wizard + sync reports what would change while the live account gets no request and the real
// database stays as it was; a wizard run is listed by history and taken back by undo-run.
#include "CliProcess.h"
#include "IncidentDataset.h"
#include "LiveAccount.h"
#include "TestDatabase.h"

#include "SandboxState.h"
#include "io/DatasetReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace salon;
using salon::test::LiveAccount;
using salon::test::scalar;
using salon::test::TestDatabase;

namespace
{
int countOf(const QJsonArray& records, const QString& kind, const QString& change, const QString& staff = {})
{
    int n = 0;
    for (const QJsonValue& v : records) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("kind")).toString() == kind
            && r.value(QStringLiteral("change")).toString() == change
            && (staff.isEmpty() || r.value(QStringLiteral("staff")).toString() == staff))
            ++n;
    }
    return n;
}
// What a create-event-types run reported as done, from rehearse --json's commands or applied.
int doneOf(const QJsonValue& command)
{
    return command.toObject()
        .value(QStringLiteral("output"))
        .toObject()
        .value(QStringLiteral("done"))
        .toInt();
}
} // namespace

class TestCliRehearse : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_live;
    QTemporaryDir m_dir;

    test::CliResult cli(const QStringList& args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CALCOM_API_KEY", LiveAccount::kApiKey);
        environment.insert("CALCOM_URL", m_live->baseUrl().toString());
        environment.insert("CALCOM_TEAM_ID", QString::number(LiveAccount::kTeam));
        environment.insert("LANG", "C");
        environment.remove("LANGUAGE");
        environment.remove("LC_ALL");
        environment.insert("QT_LOGGING_RULES", "*.info=false");
        return test::runCli(
            QStringLiteral(SALON_ADMIN_CLI), QStringList { "--db", m_db->cliUrl() } + args, environment);
    }

    QString snapshot()
    {
        const QString path = m_dir.filePath(QStringLiteral("snapshot.json"));
        QFile::remove(path);
        const auto r
            = cli({ "snapshot-calcom", "--out", path, "--from", "2030-11-01", "--to", "2030-12-31" });
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.exitCode == 0 ? path : QString();
    }

    bool onlyGets() const
    {
        for (const auto& entry : m_live->log().entries())
            if (entry.method != u"GET")
                return false;
        return true;
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_db = TestDatabase::create(backend, &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(test::importIncidentSalon(m_db->db()), QString());
        m_live = LiveAccount::start(&error);
        QVERIFY2(m_live, qPrintable(error));
    }

    void cleanup()
    {
        m_live.reset();
        m_db.reset();
    }

    void snapshotIsReadOnlyAndServable()
    {
        const QString path = m_dir.filePath(QStringLiteral("snap.json"));
        QFile::remove(path);
        const auto r = cli(
            { "--json", "snapshot-calcom", "--out", path, "--from", "2030-11-01", "--to", "2030-12-31" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result = r.json();
        // /me, /teams, memberships, team event types, 4 members' lookups, one bookings page.
        QCOMPARE(result.value(QStringLiteral("requests")).toInt(), 3 + 1 + 4 + 1);
        QCOMPARE(m_live->log().size(), 9);
        QVERIFY(onlyGets());
        QCOMPARE(result.value(QStringLiteral("bookings")).toInt(), 3);
        bool hiddenChild = false;
        for (const QJsonValue& g : result.value(QStringLiteral("gaps")).toArray())
            hiddenChild
                = hiddenChild || g.toObject().value(QStringLiteral("kind")).toString() == u"hidden-child";
        QVERIFY(hiddenChild);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("cal_"));
        QString error;
        QVERIFY2(sandbox::SandboxState::loadFile(path, &error), qPrintable(error));

        const auto text = cli({ "snapshot-calcom", "--out", path });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Not seen through this key"), text.out.constData());
        QCOMPARE(cli({ "snapshot-calcom" }).exitCode, 2);
        QCOMPARE(
            cli({ "snapshot-calcom", "--out", path, "--from", "2031-01-01", "--to", "2030-01-01" }).exitCode,
            2);
    }

    void rehearsedWizardAndSyncLeaveTheLiveAccountAndDatabaseAlone()
    {
        const QString path = snapshot();
        QVERIFY(!path.isEmpty());
        const int liveRequests = m_live->log().size();
        const auto before = DatasetReader(m_db->db()).read();
        QVERIFY(before);
        const int audits = scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));

        const auto r = cli(
            { "--json", "rehearse", "--snapshot", path, "--csv", csv, "--", "create-event-types", "--service",
                "440", "--service", "442", "--service", "444", "--", "sync", "--appointment", "763" });
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        const QJsonObject result = r.json();
        const QJsonArray commands = result.value(QStringLiteral("commands")).toArray();
        QCOMPARE(commands.size(), 2);
        QCOMPARE(doneOf(commands.at(0)), 24);
        const QJsonObject report = result.value(QStringLiteral("report")).toObject();
        const QJsonArray calcom = report.value(QStringLiteral("calcom")).toArray();
        const QJsonArray database = report.value(QStringLiteral("database")).toArray();
        QCOMPARE(countOf(calcom, "event-type", "created"), 24);
        QCOMPARE(countOf(calcom, "event-type", "created", "Fabian Spitzer"), 12);
        QCOMPARE(countOf(calcom, "event-type", "created", "Fabian Spitzer #2"), 12);
        QCOMPARE(countOf(calcom, "booking", "created", "Fabian Spitzer #2"), 4);
        QCOMPARE(calcom.size(), 28);
        QCOMPARE(countOf(database, "event-map", "changed"), 24);
        QCOMPARE(countOf(database, "phase", "changed"), 4);
        QCOMPARE(database.size(), 28);
        QFile report_csv(csv);
        QVERIFY(report_csv.open(QIODevice::ReadOnly));
        QCOMPARE(report_csv.readAll().count("\r\n"), 1 + 28 + 28);

        // Nothing reached the live account, and the real database is as it was.
        QCOMPARE(m_live->log().size(), liveRequests);
        QVERIFY(onlyGets());
        QCOMPARE(DatasetReader(m_db->db()).read()->eventMaps, before->eventMaps);
        QCOMPARE(DatasetReader(m_db->db()).read()->appointments, before->appointments);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits);

        // The text form, kept for a look afterwards.
        QFETCH_GLOBAL(QString, backend);
        const QString kept = m_dir.filePath(QStringLiteral("kept-") + backend);
        const auto text
            = cli({ "rehearse", "--snapshot", path, "--keep", kept, "--", "sync", "--appointment", "763" });
        QCOMPARE(text.exitCode, 1); // the MANAGED parents still cannot be booked: the rehearsal shows it
        QVERIFY2(text.out.contains("What would change in Cal.com (snapshot → rehearsal):\n  nothing"),
            text.out.constData());
        QVERIFY(QFile::exists(kept + QStringLiteral("/salon.sqlite")));
        QVERIFY(QFile::exists(kept + QStringLiteral("/calcom.json")));
        QCOMPARE(m_live->log().size(), liveRequests);
    }

    // Apply for real: the same commands, planned afresh against the live account and the real database,
    // only on consent and only when every rehearsed command succeeded.
    void aRehearsedWizardIsAppliedForRealOnlyOnConsent()
    {
        const QString path = snapshot();
        QVERIFY(!path.isEmpty());
        const QStringList wizard { "create-event-types", "--service", "440", "--service", "442", "--service",
            "444" };
        const auto before = DatasetReader(m_db->db()).read();
        QVERIFY(before);

        // No terminal to ask and no --yes: the report, and nothing applied.
        const auto declined = cli(QStringList { "rehearse", "--snapshot", path, "--apply", "--" } + wizard);
        QCOMPARE(declined.exitCode, 1);
        QVERIFY2(declined.err.contains("Nothing was applied: --apply without a terminal to ask needs --yes."),
            declined.err.constData());
        QVERIFY(declined.out.contains("What would change in Cal.com"));
        QVERIFY(onlyGets());
        QCOMPARE(DatasetReader(m_db->db()).read()->eventMaps, before->eventMaps);

        // A command that does not succeed in the rehearsal is not applied (the MANAGED parents still refuse
        // the booking there), and neither is any command with it.
        const auto refused = cli(
            { "rehearse", "--snapshot", path, "--apply", "--yes", "--", "sync", "--appointment", "763" });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Nothing was applied: `sync --appointment 763` did not succeed in the "
                                      "rehearsal (exit code 1)."),
            refused.err.constData());
        QVERIFY(onlyGets());

        // With consent the wizard runs for real: the live account gets its 24 event types, the real
        // database its 24 map rows, and the rehearsal's report said so beforehand.
        const auto applied = cli(
            QStringList { "--json", "rehearse", "--snapshot", path, "--apply", "--yes", "--" } + wizard);
        QVERIFY2(applied.exitCode == 0, (applied.err + applied.out).constData());
        const QJsonObject result = applied.json();
        QCOMPARE(
            countOf(
                result.value(QStringLiteral("report")).toObject().value(QStringLiteral("calcom")).toArray(),
                "event-type", "created"),
            24);
        const QJsonArray real = result.value(QStringLiteral("applied")).toArray();
        QCOMPARE(real.size(), 1);
        QCOMPARE(real.at(0).toObject().value(QStringLiteral("exitCode")).toInt(), 0);
        QCOMPARE(doneOf(real.at(0)), 24);
        QCOMPARE(
            m_live->log().count(QStringLiteral("POST"), QStringLiteral("/v2/teams/[0-9]+/event-types")), 24);
        const auto after = DatasetReader(m_db->db()).read();
        QVERIFY(after);
        int changedRows = 0;
        for (const auto& row : after->eventMaps)
            changedRows += before->eventMaps.contains(row) ? 0 : 1;
        QCOMPARE(changedRows, 24);
    }

    // The real account may refuse what the rehearsal's sandbox took: the first command that fails for real
    // stops the ones after it (no sync after a wizard that could not create its types).
    void applyingStopsAtTheFirstCommandThatFailsForReal()
    {
        const QString path = snapshot();
        QVERIFY(!path.isEmpty());
        m_live->faults().scriptNext(
            sandbox::FaultKind::Error500, 10'000, QStringLiteral("/event-types"), QStringLiteral("POST"));
        const auto r = cli(
            { "rehearse", "--snapshot", path, "--apply", "--yes", "--", "create-event-types", "--service",
                "440", "--service", "442", "--service", "444", "--", "sync", "--appointment", "763" });
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("Applying for real: create-event-types"), r.err.constData());
        QVERIFY2(r.err.contains("Stopped: `create-event-types --service 440 --service 442 --service 444` did "
                                "not succeed for real"),
            r.err.constData());
        QVERIFY2(!r.err.contains("Applying for real: sync"), r.err.constData());
        QCOMPARE(m_live->log().count(QStringLiteral("POST"), QStringLiteral("/v2/bookings")), 0);
    }

    void rehearseRefusesWhatItCannotRehearse()
    {
        const QString path = snapshot();
        QVERIFY(!path.isEmpty());
        const int liveRequests = m_live->log().size();
        for (const QStringList& args : { QStringList { "rehearse", "--snapshot", path, "--", "sandbox" },
                 QStringList { "rehearse", "--snapshot", path, "--", "set-api-key" },
                 QStringList { "rehearse", "--snapshot", path, "--", "--db", "sqlite:/tmp/x.sqlite", "sync" },
                 QStringList { "rehearse", "--snapshot", path, "--", "no-such-command" },
                 QStringList { "rehearse", "--snapshot", path }, QStringList { "rehearse", "--", "sync" },
                 QStringList { "rehearse", "--snapshot", m_dir.filePath("missing.json"), "--", "sync" } }) {
            const auto r = cli(args);
            QVERIFY2(r.exitCode == 2,
                qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        }
        QCOMPARE(m_live->log().size(), liveRequests);
    }

    void historyListsTheWizardRunAndUndoRunTakesItBack()
    {
        const auto run = cli(
            { "--json", "create-event-types", "--service", "440", "--service", "442", "--service", "444" });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString runId = run.json().value(QStringLiteral("runId")).toString();
        QVERIFY(runId.startsWith(QStringLiteral("wizard-")));

        const auto history = cli({ "--json", "history", "--since", "2000-01-01" });
        QCOMPARE(history.exitCode, 0);
        bool listed = false;
        for (const QJsonValue& v : history.json().value(QStringLiteral("runs")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("runId")).toString() == runId) {
                listed = true;
                QVERIFY(r.value(QStringLiteral("undoable")).toBool());
                QCOMPARE(r.value(QStringLiteral("entries")).toInt(), 24);
            }
        }
        QVERIFY(listed);
        const auto csv = cli({ "history", "--run", runId, "--csv" });
        QCOMPARE(csv.out.count("\r\n"), 1 + 24);

        const int posts = m_live->log().count(QStringLiteral("POST"), QStringLiteral(".*"));
        const auto dry = cli({ "--json", "undo-run", runId, "--dry-run" });
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QCOMPARE(dry.json().value(QStringLiteral("planned")).toInt(), 24);
        QCOMPARE(m_live->log().count(QStringLiteral("DELETE"), QStringLiteral(".*")), 0);

        const auto undo = cli({ "--json", "undo-run", runId });
        QVERIFY2(undo.exitCode == 0, (undo.err + undo.out).constData());
        QCOMPARE(undo.json().value(QStringLiteral("done")).toInt(), 24);
        QCOMPARE(m_live->log().count(QStringLiteral("DELETE"), QStringLiteral(".*")), 24);
        QCOMPARE(m_live->log().count(QStringLiteral("POST"), QStringLiteral(".*")), posts);
        // The map is back on the incident's MANAGED parents.
        QCOMPARE(
            scalar(m_db->db(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id BETWEEN 3982562 AND 3982584"))
                .toInt(),
            24);
        const QString undoRunId = undo.json().value(QStringLiteral("undoRunId")).toString();
        const auto undone = cli({ "--json", "history", "--run", undoRunId });
        QCOMPARE(undone.json().value(QStringLiteral("entries")).toArray().size(), 48);

        const auto again = cli({ "undo-run", runId });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 undone, 24 already undone"), again.out.constData());
        QCOMPARE(cli({ "undo-run", "not-a-run" }).exitCode, 2);
        QCOMPARE(cli({ "undo-run", "wizard-20300101T000000-abcdef" }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRehearse)
#include "tst_cli_rehearse.moc"
