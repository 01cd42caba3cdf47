// Run ids on every audit entry (migration 0006, one AuditWriter for every writer) and reading the history,
// on both backends: an import, a wizard run with its retirement, a sync batch, a repair, a console archive
// and an appointment edit each carry their own run id; entries from before the migration read as entries
// without a run.
#include "IncidentSandbox.h"
#include "SyncSandbox.h"
#include "TestDatabase.h"

#include "db/SqlStatement.h"
#include "domain/AppointmentStore.h"
#include "eventmaps/EventMapRepository.h"
#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/EventTypePlanner.h"
#include "eventtypes/EventTypeRepository.h"
#include "eventtypes/ManagedTypeRetirement.h"
#include "eventtypes/RetirementSearch.h"
#include "history/AuditHistory.h"
#include "history/AuditLogReader.h"
#include "history/AuditWriter.h"
#include "history/HistoryLoadJob.h"
#include "history/RunId.h"
#include "history/UndoActions.h"

#include "db/DatabaseWorker.h"

#include <QTest>

using namespace salon;
using namespace salon::history;
using salon::test::scalar;
using salon::test::TestDatabase;

namespace
{
QStringList runIdsOf(const QSqlDatabase& db, const QString& where, const QVariantList& values = {})
{
    QStringList ids;
    auto q = runSql(db, QStringLiteral("SELECT DISTINCT run_id FROM audit_log WHERE %1").arg(where), values);
    while (q && q->next())
        ids.append(q->value(0).isNull() ? QStringLiteral("<null>") : q->value(0).toString());
    return ids;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void runIdsAreReadableAndUnique();
    void everyWriterNamesItsRun();
    void wizardRunAndRetirementAreOneRun();
    void readerFiltersAndGroupsByRun();
    void entriesBeforeTheMigrationHaveNoRun();
    void undoActionsMatchTheWizardsOwn();
};

void TestHistory::runIdsAreReadableAndUnique()
{
    const QString id = RunId::create(QStringLiteral("wizard"));
    QVERIFY2(RunId::isWellFormed(id), qPrintable(id));
    QCOMPARE(RunId::kindOf(id), QStringLiteral("wizard"));
    QVERIFY(id.startsWith(QStringLiteral("wizard-")));
    QSet<QString> many;
    for (int i = 0; i < 200; ++i)
        many.insert(RunId::create(RunId::kSync));
    QCOMPARE(many.size(), 200);
    QCOMPARE(RunId::kindOf(RunId::create(QStringLiteral("Wiz-ard 2"))), QStringLiteral("wizard"));
    QVERIFY(!RunId::isWellFormed(QStringLiteral("wizard-123")));
    QVERIFY(RunId::kindOf(QStringLiteral("nonsense")).isEmpty());
}

void TestHistory::everyWriterNamesItsRun()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto s = test::SyncSandbox::create(backend, &error);
    QVERIFY2(s, qPrintable(error));
    QSqlDatabase db = s->db();

    // The import that set the database up is one run.
    const QStringList imports = runIdsOf(db, QStringLiteral("action = 'event-map.import'"));
    QCOMPARE(imports.size(), 1);
    QCOMPARE(RunId::kindOf(imports.first()), RunId::kImport);

    // A sync batch: every entry under the batch's id.
    QVERIFY(s->repointIncidentMaps());
    auto batch = s->runBatch({ test::SyncSandbox::kAppointment }, s->options());
    QVERIFY(batch);
    QCOMPARE(runIdsOf(db, QStringLiteral("action = 'phase.synced'")), QStringList { batch->runId() });
    QCOMPARE(RunId::kindOf(batch->runId()), RunId::kSync);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id = ?"), { batch->runId() })
                 .toInt(),
        4);

    // A console archive outside a batch is a run of its own.
    auto failed
        = runSql(db, QStringLiteral("UPDATE appointment_phases SET sync_status = 'failed' WHERE id = 279"));
    QVERIFY(failed);
    sync::PhaseRepository phases(db, QStringLiteral("gui:test"));
    QVERIFY(phases.archive(279, QStringLiteral("test appointment")));
    const QStringList archived = runIdsOf(db, QStringLiteral("action = 'phase.archived'"));
    QCOMPARE(archived.size(), 1);
    QCOMPARE(RunId::kindOf(archived.first()), RunId::kPhase);

    // A repair (EventMapRepository::apply): one run per apply, named after the action.
    eventmaps::EventMapRepository maps(db);
    auto entry = maps.entry(1);
    QVERIFY(entry && *entry);
    eventmaps::EventMapChange change { **entry, **entry, QStringLiteral("test") };
    change.after.childEventTypeId = (*entry)->eventTypeId + 1000;
    QVERIFY(maps.apply({ change }, QStringLiteral("test"), QStringLiteral("event_map.repair")));
    const QStringList repairs = runIdsOf(db, QStringLiteral("action = 'event_map.repair'"));
    QCOMPARE(repairs.size(), 1);
    QCOMPARE(RunId::kindOf(repairs.first()), RunId::kRepair);

    // A new appointment from the planner is an edit.
    NewAppointment appointment;
    appointment.serviceId = 440;
    appointment.customerName = QStringLiteral("Kim");
    appointment.startsAt = QDateTime(QDate(2031, 1, 6), QTime(9, 0), Qt::UTC);
    appointment.phases.append(PlannedPhase { QStringLiteral("A"), test::SyncSandbox::kFabian2, true,
        appointment.startsAt, appointment.startsAt.addSecs(1800) });
    QVERIFY(AppointmentStore::insert(db, appointment, QStringLiteral("gui:test")));
    const QStringList edits = runIdsOf(db, QStringLiteral("action = 'insert'"));
    QCOMPARE(edits.size(), 1);
    QCOMPARE(RunId::kindOf(edits.first()), RunId::kEdit);

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id IS NULL")).toInt(), 0);
}

void TestHistory::wizardRunAndRetirementAreOneRun()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto incident = test::IncidentSandbox::create(backend, &error);
    QVERIFY2(incident, qPrintable(error));
    auto client = test::IncidentSandbox::client(*incident->server);
    QSqlDatabase db = incident->database->db();
    DatabaseWorker worker(incident->database->url());
    eventtypes::EventTypePlanner planner(&worker, client.get());
    planner.start(eventtypes::PlanRequest { { 440, 442, 444 }, {}, {} });
    QVERIFY(planner.waitForFinished(30000));
    QVERIFY2(!planner.hasError(), qPrintable(planner.errorString()));
    eventtypes::EventTypeCreationRun run(&worker, client.get(), planner.plan(), QStringLiteral("test"));
    QCOMPARE(RunId::kindOf(run.runId()), RunId::kWizard);
    run.start();
    QVERIFY(run.waitForFinished(60000));
    eventtypes::RetirementSearch search(&worker, client.get(), test::IncidentSandbox::kTeamId);
    search.start();
    QVERIFY(search.waitForFinished(30000));
    QVERIFY2(!search.hasError(), qPrintable(search.errorString()));
    eventtypes::ManagedTypeRetirement retirement(&worker, client.get(), test::IncidentSandbox::kTeamId,
        QStringLiteral("test"), search.candidates(), search.safeCandidateIds());
    retirement.setRunId(run.runId());
    retirement.start();
    QVERIFY(retirement.waitForFinished(30000));

    QCOMPARE(runIdsOf(db, QStringLiteral("action LIKE 'event-type.%'")), QStringList { run.runId() });
    const auto entries = AuditLogReader(db).run(run.runId());
    QVERIFY(entries);
    QCOMPARE(entries->size(), 24 + 12);
    const auto history = AuditHistory::fromEntries(*entries);
    QCOMPARE(history.runs.size(), 1);
    QCOMPARE(history.runs.first().actions.value(UndoActions::kWizardCreate), 24);
    QCOMPARE(history.runs.first().actions.value(UndoActions::kWizardRetire), 12);
    QVERIFY(history.runs.first().isUndoable());
}

void TestHistory::readerFiltersAndGroupsByRun()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto database = TestDatabase::create(backend, &error);
    QVERIFY2(database, qPrintable(error));
    QSqlDatabase db = database->db();
    const AuditWriter first(db, QStringLiteral("cli:ann"), {}, RunId::kRepair);
    const AuditWriter second(db, QStringLiteral("gui:bob"), {}, RunId::kEdit);
    QVERIFY(first.write(QStringLiteral("event_map.repair"), QStringLiteral("calcom_event_map:1"),
        QJsonObject { { QStringLiteral("childEventTypeId"), 5 } },
        QJsonObject { { QStringLiteral("childEventTypeId"), QJsonValue() } }));
    QVERIFY(second.write(QStringLiteral("update"), QStringLiteral("services:440"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Färben, \"kurz\"") } },
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Färben") } }));
    QVERIFY(first.write(QStringLiteral("event_map.repair"), QStringLiteral("calcom_event_map:2"), {}, {}));

    auto all = AuditLogReader(db).entries({});
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).runId, first.runId());
    QCOMPARE(all->at(1).before.value(QStringLiteral("name")).toString(), QStringLiteral("Färben, \"kurz\""));
    const auto history = AuditHistory::fromEntries(*all);
    QCOMPARE(history.runs.size(), 2);
    QCOMPARE(history.runs.at(0).entryCount, 2);
    QCOMPARE(history.runs.at(0).actors, QStringList { QStringLiteral("cli:ann") });

    AuditQuery byRun;
    byRun.runId = second.runId();
    QCOMPARE(AuditLogReader(db).entries(byRun)->size(), 1);
    AuditQuery byPrefix;
    byPrefix.actionPrefix = QStringLiteral("event_map.");
    QCOMPARE(AuditLogReader(db).entries(byPrefix)->size(), 2);
    AuditQuery future;
    future.since = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(AuditLogReader(db).entries(future)->size(), 0);

    const QString text = history.toText();
    QVERIFY2(text.contains(first.runId()) && text.contains(QStringLiteral("childEventTypeId: 5 → –")),
        qPrintable(text));
    const QString csv = history.toCsv();
    QVERIFY2(csv.startsWith(QStringLiteral("at,runId,runKind,actor,action,subject,before,after\r\n")),
        qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\"{\"\"name\"\":\"\"Färben, ")), qPrintable(csv));

    // The same through the worker, as the History page loads it.
    DatabaseWorker worker(database->url());
    auto* job = new HistoryLoadJob(&worker, byPrefix);
    QVERIFY(job->waitForFinished(10000));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->history().entries.size(), 2);
    delete job;
}

void TestHistory::entriesBeforeTheMigrationHaveNoRun()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto database = TestDatabase::create(backend, &error);
    QVERIFY2(database, qPrintable(error));
    QSqlDatabase db = database->db();
    QVERIFY(runSql(db,
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject) VALUES "
                       "('2026-01-01T10:00:00.000Z', 'old', 'update', 'services:440')")));
    QVERIFY(AuditWriter(db, QStringLiteral("new"), {}, RunId::kEdit)
                .write(QStringLiteral("update"), QStringLiteral("services:442"), {}, {}));
    const auto history = AuditHistory::fromEntries(*AuditLogReader(db).entries({}));
    QCOMPARE(history.runs.size(), 2);
    QVERIFY(history.runs.first().runId.isEmpty());
    QVERIFY(history.runs.first().kind.isEmpty());
    QVERIFY(!history.runs.first().isUndoable());
    QVERIFY(history.toJson()
                .value(QStringLiteral("runs"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("runId"))
                .isNull());
}

void TestHistory::undoActionsMatchTheWizardsOwn()
{
    QCOMPARE(UndoActions::kWizardCreate, eventtypes::EventTypeRepository::kActionCreate);
    QCOMPARE(UndoActions::kWizardAdopt, eventtypes::EventTypeRepository::kActionAdopt);
    QCOMPARE(UndoActions::kWizardRetire, eventtypes::EventTypeRepository::kActionRetire);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
