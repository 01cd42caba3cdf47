// Undo of an event-type wizard run against the sandbox, on both backends: the map rows go back to their
// values before the run, exactly the created types no booking uses are deleted, adopted types stay,
// retired parents are not brought back, a row changed since the run is refused, and a second undo finds
// nothing left to do.
#include "IncidentSandbox.h"
#include "TestDatabase.h"

#include "calcom/CalcomClient.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/EventTypePlanner.h"
#include "eventtypes/ManagedTypeRetirement.h"
#include "eventtypes/RetirementSearch.h"
#include "history/AuditHistory.h"
#include "history/AuditLogReader.h"
#include "history/RunId.h"
#include "history/RunUndoJob.h"
#include "history/RunUndoPlanner.h"
#include "history/UndoActions.h"
#include "sync/SyncBatch.h"

#include <QSet>
#include <QTest>

using namespace salon;
using namespace salon::history;
using salon::test::scalar;
using salon::test::TestDatabase;
using State = UndoItem::State;

namespace
{
constexpr qint64 kTeam = 12345;
constexpr qint64 kAppointment = 763; // service 440, Fabian Spitzer #2, segments A–D
const QString kFabian = QStringLiteral("3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01");
const QString kDeletePath = QStringLiteral("^/v2/teams/12345/event-types/\\d+$");
} // namespace

class TestUndoRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void undoRestoresTheMapAndDeletesExactlyTheUnusedTypes();
    void adoptedTypesStayAndChangedRowsAreRefused();
    void retiredParentsAreNotBroughtBack();
    void unknownRunCannotBeUndone();

private:
    QString runWizard(bool retire = false);
    RunUndoPlan plan(const QString& runId);
    RunUndoPlan undo(const RunUndoPlan& plan, QString* undoRunId = nullptr);
    qint64 mapEventType(qint64 rowId) const
    {
        return scalar(m_incident->database->db(),
            QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE id = ?"), { rowId })
            .toLongLong();
    }
    QSet<qint64> eventTypeIds() const
    {
        QSet<qint64> ids;
        for (const QJsonObject& e : m_incident->server->state().eventTypes)
            ids.insert(e.value(QStringLiteral("id")).toInteger());
        return ids;
    }

    std::unique_ptr<test::IncidentSandbox> m_incident;
    std::unique_ptr<calcom::CalcomClient> m_client;
    std::unique_ptr<DatabaseWorker> m_worker;
};

void TestUndoRun::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_incident = test::IncidentSandbox::create(backend, &error);
    QVERIFY2(m_incident, qPrintable(error));
    m_client = test::IncidentSandbox::client(*m_incident->server);
    m_worker = std::make_unique<DatabaseWorker>(m_incident->database->url());
}

void TestUndoRun::cleanup()
{
    m_worker.reset();
    m_client.reset();
    m_incident.reset();
}

QString TestUndoRun::runWizard(bool retire)
{
    eventtypes::EventTypePlanner planner(m_worker.get(), m_client.get());
    planner.start(eventtypes::PlanRequest { { 440, 442, 444 }, {}, {} });
    if (!planner.waitForFinished(30000) || planner.hasError())
        qFatal("planning failed: %s", qPrintable(planner.errorString()));
    eventtypes::EventTypeCreationRun run(
        m_worker.get(), m_client.get(), planner.plan(), QStringLiteral("test"));
    run.start();
    if (!run.waitForFinished(60000))
        qFatal("the wizard run did not finish");
    if (retire) {
        eventtypes::RetirementSearch search(m_worker.get(), m_client.get(), kTeam);
        search.start();
        search.waitForFinished(30000);
        eventtypes::ManagedTypeRetirement retirement(m_worker.get(), m_client.get(), kTeam,
            QStringLiteral("test"), search.candidates(), search.safeCandidateIds());
        retirement.setRunId(run.runId());
        retirement.start();
        retirement.waitForFinished(30000);
    }
    return run.runId();
}

RunUndoPlan TestUndoRun::plan(const QString& runId)
{
    std::unique_ptr<RunUndoPlanner> planner(new RunUndoPlanner(m_worker.get(), m_client.get(), kTeam, runId));
    if (!planner->waitForFinished(30000))
        qFatal("the undo planner did not finish");
    if (planner->hasError())
        qFatal("undo planning failed: %s", qPrintable(planner->errorString()));
    return planner->plan();
}

RunUndoPlan TestUndoRun::undo(const RunUndoPlan& plan, QString* undoRunId)
{
    std::unique_ptr<RunUndoJob> job(
        new RunUndoJob(m_worker.get(), m_client.get(), plan, QStringLiteral("test")));
    QList<int> progress;
    connect(job.get(), &Job::progress, this, [&progress](int done, int) { progress.append(done); });
    if (!job->waitForFinished(60000))
        qFatal("the undo did not finish");
    if (undoRunId)
        *undoRunId = job->undoRunId();
    if (plan.plannedCount() > 0 && (progress.isEmpty() || progress.last() != plan.plannedCount()))
        qFatal("the undo's progress did not reach its total");
    return job->plan();
}

void TestUndoRun::undoRestoresTheMapAndDeletesExactlyTheUnusedTypes()
{
    QSqlDatabase db = m_incident->database->db();
    QHash<qint64, qint64> before; // map row -> event type before the run
    auto rows = runSql(db, QStringLiteral("SELECT id, event_type_id FROM calcom_event_map"));
    QVERIFY(rows);
    while (rows->next())
        before.insert(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    QCOMPARE(before.size(), 24);

    const QString runId = runWizard();
    // Appointment 763 is booked on four of the new types.
    sync::SyncOptions options;
    sync::SyncBatch batch(m_worker.get(), m_client.get(), kTeam, options);
    QVERIFY(batch.addAppointments({ kAppointment }));
    batch.start();
    QVERIFY(batch.waitForFinished(60000));
    QVERIFY(batch.report().allOk());
    QSet<qint64> booked;
    for (const QJsonObject& b : m_incident->server->state().bookings)
        booked.insert(b.value(QStringLiteral("eventTypeId")).toInteger());
    QCOMPARE(booked.size(), 4);

    const RunUndoPlan planned = plan(runId);
    QCOMPARE(planned.items.size(), 24);
    QCOMPARE(planned.plannedCount(), 20);
    QCOMPARE(planned.count(State::Refused), 4);
    for (const UndoItem& item : planned.items) {
        QCOMPARE(item.action, UndoItem::Action::RevertMapRow);
        QCOMPARE(item.state == State::Refused, booked.contains(item.runEventTypeId));
        if (item.state == State::Refused)
            QVERIFY2(item.reason.contains(QStringLiteral("not cancelled")), qPrintable(item.reason));
    }
    // Planning changed nothing.
    QCOMPARE(m_incident->server->log().count(QStringLiteral("DELETE"), kDeletePath), 0);
    QVERIFY(planned.toText(true).contains(QStringLiteral("dry run")));

    QString undoRunId;
    const RunUndoPlan done = undo(planned, &undoRunId);
    QCOMPARE(done.count(State::Done), 20);
    QCOMPARE(done.count(State::Refused), 4);
    QSet<qint64> deleted;
    for (const auto& entry : m_incident->server->log().matching(QStringLiteral("DELETE"), kDeletePath))
        deleted.insert(entry.path.section(u'/', -1).toLongLong());
    QSet<qint64> unused;
    for (const UndoItem& item : planned.items)
        if (!booked.contains(item.runEventTypeId))
            unused.insert(item.runEventTypeId);
    QCOMPARE(deleted, unused);
    QCOMPARE(m_incident->server->log().count(QStringLiteral("DELETE"), kDeletePath), 20);
    const QSet<qint64> left = eventTypeIds();
    for (qint64 id : unused)
        QVERIFY(!left.contains(id));
    for (qint64 id : booked)
        QVERIFY(left.contains(id));
    // The map: back to the MANAGED parents, except the four rows whose types carry bookings.
    for (const UndoItem& item : planned.items) {
        const qint64 now = mapEventType(item.mapRowId);
        QCOMPARE(
            now, booked.contains(item.runEventTypeId) ? item.runEventTypeId : before.value(item.mapRowId));
    }
    QCOMPARE(RunId::kindOf(undoRunId), RunId::kUndo);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id = ? AND action = ?"),
                 { undoRunId, UndoActions::kMapRestored })
                 .toInt(),
        20);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id = ? AND action = ?"),
                 { undoRunId, UndoActions::kTypeDeleted })
                 .toInt(),
        20);
    const auto history = AuditHistory::fromEntries(*AuditLogReader(db).entries({}));
    const auto wizard = std::find_if(
        history.runs.cbegin(), history.runs.cend(), [&](const RunSummary& r) { return r.runId == runId; });
    QVERIFY(wizard != history.runs.cend());
    QCOMPARE(wizard->undoneBy, undoRunId);

    // Again: nothing left but the refusals.
    const RunUndoPlan again = plan(runId);
    QCOMPARE(again.count(State::NothingToDo), 20);
    QCOMPARE(again.count(State::Refused), 4);
    undo(again);
    QCOMPARE(m_incident->server->log().count(QStringLiteral("DELETE"), kDeletePath), 20);
}

void TestUndoRun::adoptedTypesStayAndChangedRowsAreRefused()
{
    // A matching type exists before the run, so the run adopts it instead of creating one.
    constexpr qint64 kExisting = 5'000'001;
    m_incident->server->state().eventTypes.append(QJsonObject { { QStringLiteral("id"), kExisting },
        { QStringLiteral("teamId"), kTeam }, { QStringLiteral("ownerId"), QJsonValue() },
        { QStringLiteral("parentEventTypeId"), QJsonValue() },
        { QStringLiteral("title"), QStringLiteral("Ansatzfärbung-Segment A-Fabian Spitzer") },
        { QStringLiteral("slug"), QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer") },
        { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("hidden"), true },
        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
        { QStringLiteral("hosts"),
            QJsonArray {
                QJsonObject { { QStringLiteral("userId"), 1346406 }, { QStringLiteral("mandatory"), true },
                    { QStringLiteral("priority"), QStringLiteral("high") } } } } });
    const QString runId = runWizard();
    QSqlDatabase db = m_incident->database->db();
    QCOMPARE(
        scalar(db,
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE run_id = ? AND action = 'event-type.adopt'"),
            { runId })
            .toInt(),
        1);
    // Someone re-points one row by hand after the run.
    const qint64 changedRow = scalar(db,
        QStringLiteral(
            "SELECT id FROM calcom_event_map WHERE service_id = 444 AND segment_key = 'D' AND staff_id = ?"),
        { kFabian })
                                  .toLongLong();
    QVERIFY(runSql(db, QStringLiteral("UPDATE calcom_event_map SET event_type_id = 7777777 WHERE id = ?"),
        { changedRow }));

    const RunUndoPlan planned = plan(runId);
    QCOMPARE(planned.plannedCount(), 23);
    const auto adopted = std::find_if(planned.items.cbegin(), planned.items.cend(),
        [](const UndoItem& i) { return i.entryAction == UndoActions::kWizardAdopt; });
    QVERIFY(adopted != planned.items.cend());
    QVERIFY(!adopted->deleteEventType);
    const auto changed = std::find_if(planned.items.cbegin(), planned.items.cend(),
        [&](const UndoItem& i) { return i.mapRowId == changedRow; });
    QCOMPARE(changed->state, State::Refused);
    QVERIFY2(changed->reason.contains(QStringLiteral("7777777")), qPrintable(changed->reason));

    const RunUndoPlan done = undo(planned);
    QCOMPARE(done.count(State::Done), 23);
    QCOMPARE(
        m_incident->server->log().count(QStringLiteral("DELETE"), kDeletePath), 22); // 24 - adopted - changed
    QVERIFY(eventTypeIds().contains(kExisting));
    QCOMPARE(mapEventType(adopted->mapRowId), *adopted->previousEventTypeId);
    QCOMPARE(mapEventType(changedRow), 7777777);
    QVERIFY(eventTypeIds().contains(changed->runEventTypeId));
}

void TestUndoRun::retiredParentsAreNotBroughtBack()
{
    const QString runId = runWizard(true);
    const int deletesBefore = m_incident->server->log().count(QStringLiteral("DELETE"), kDeletePath);
    QCOMPARE(deletesBefore, 12);
    const RunUndoPlan planned = plan(runId);
    QCOMPARE(planned.items.size(), 36);
    QCOMPARE(planned.plannedCount(), 0);
    for (const UndoItem& item : planned.items) {
        QCOMPARE(item.state, State::Refused);
        if (item.action == UndoItem::Action::NotRestorable)
            QVERIFY2(item.reason.contains(QStringLiteral("cannot restore")), qPrintable(item.reason));
        else
            QVERIFY2(item.reason.contains(QStringLiteral("was deleted")), qPrintable(item.reason));
    }
    QCOMPARE(std::count_if(planned.items.cbegin(), planned.items.cend(),
                 [](const UndoItem& i) { return i.action == UndoItem::Action::NotRestorable; }),
        12);
    undo(planned);
    QCOMPARE(m_incident->server->log().count(QStringLiteral("DELETE"), kDeletePath), deletesBefore);
}

void TestUndoRun::unknownRunCannotBeUndone()
{
    std::unique_ptr<RunUndoPlanner> planner(new RunUndoPlanner(
        m_worker.get(), m_client.get(), kTeam, QStringLiteral("wizard-20300101T000000-abcdef")));
    QVERIFY(planner->waitForFinished(10000));
    QVERIFY(planner->hasError());
    QVERIFY2(planner->errorString().contains(QStringLiteral("wizard-20300101T000000-abcdef")),
        qPrintable(planner->errorString()));
    QCOMPARE(m_incident->server->log().size(), 0);
}

QTEST_GUILESS_MAIN(TestUndoRun)
#include "tst_undorun.moc"
