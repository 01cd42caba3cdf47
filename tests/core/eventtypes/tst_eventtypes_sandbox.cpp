// The event-type wizard's core against the Cal.com sandbox, on both database backends: the incident from
// MANAGED parents to 24 bookable single-host event types, re-runs, interruptions, "created but answered 500",
// slug conflicts and the retirement of the replaced parents.
#include "IncidentSandbox.h"
#include "TestDatabase.h"

#include "SandboxServer.h"

#include "calcom/CalcomClient.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/EventTypePlanner.h"
#include "eventtypes/EventTypeRepository.h"
#include "eventtypes/ManagedTypeRetirement.h"
#include "eventtypes/RetirementSearch.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace salon;
using namespace salon::eventtypes;
using salon::test::scalar;
using salon::test::TestDatabase;
using C = PlanItem::Classification;
using S = ItemProgress::State;

namespace
{

constexpr qint64 kTeam = 12345;
const QList<qint64> kServices { 440, 442, 444 };
const QString kFabian = QStringLiteral("3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01");
const QString kFabian2 = QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c");
const QList<qint64> kParents { 3982562, 3982564, 3982566, 3982568, 3982570, 3982572, 3982574, 3982576,
    3982578, 3982580, 3982582, 3982584 };
const QString kTeamEventTypesPath = QStringLiteral("^/v2/teams/12345/event-types$");

} // namespace

class TestEventTypesSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void incidentEndToEnd();
    void createdButAnswered500IsAdopted();
    void interruptedRunResumesWithoutDuplicates();
    void failedItemsCanBeRetried();
    void slugConflictIsReportedAndUntouched();
    void mapChangedSincePlanIsNotOverwritten();
    void retirementWaitsForMapRowsAndPhases();
    void unknownIdsAreRejected();

private:
    EventTypePlan makePlan(const QList<qint64>& services, const QStringList& staff = {});
    // Team event types (not MANAGED) whose slug ends with a staff suffix of the incident.
    QList<QJsonObject> newTypes() const;
    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return scalar(m_db->db(), sql, values).toInt();
    }

    // Finds the retirement candidates (RetirementSearch), waiting for them.
    std::unique_ptr<RetirementSearch> searchCandidates()
    {
        auto search = std::make_unique<RetirementSearch>(m_worker.get(), m_client.get(), kTeam);
        search->start();
        search->waitForFinished(30000);
        return search;
    }
    // Retires these of the candidates found, waiting until it is done.
    std::unique_ptr<ManagedTypeRetirement> retire(const RetirementSearch& search, const QList<qint64>& ids)
    {
        auto retirement = std::make_unique<ManagedTypeRetirement>(
            m_worker.get(), m_client.get(), kTeam, QStringLiteral("test"), search.candidates(), ids);
        retirement->start();
        retirement->waitForFinished(30000);
        return retirement;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<calcom::CalcomClient> m_client;
};

void TestEventTypesSandbox::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto incident = salon::test::IncidentSandbox::create(backend, &error);
    QVERIFY2(incident, qPrintable(error));
    m_db = std::move(incident->database);
    m_worker = std::make_unique<DatabaseWorker>(m_db->url());
    m_server = std::move(incident->server);
    m_client = salon::test::IncidentSandbox::client(*m_server);
}

void TestEventTypesSandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_worker.reset();
    m_db.reset();
}

EventTypePlan TestEventTypesSandbox::makePlan(const QList<qint64>& services, const QStringList& staff)
{
    EventTypePlanner planner(m_worker.get(), m_client.get());
    planner.start(PlanRequest { services, staff, {} });
    if (!planner.waitForFinished(30000))
        qFatal("planner did not finish");
    if (planner.hasError())
        qFatal("planning failed: %s", qPrintable(planner.errorString()));
    return planner.plan();
}

QList<QJsonObject> TestEventTypesSandbox::newTypes() const
{
    QList<QJsonObject> result;
    for (const QJsonObject& e : m_server->state().eventTypes) {
        const QString slug = e.value(QStringLiteral("slug")).toString();
        if (!e.value(QStringLiteral("teamId")).isNull()
            && e.value(QStringLiteral("schedulingType")).toString() != u"managed"
            && (slug.endsWith(QStringLiteral("-fabian-spitzer"))
                || slug.endsWith(QStringLiteral("-fabian-spitzer-2"))))
            result.append(e);
    }
    return result;
}

void TestEventTypesSandbox::incidentEndToEnd()
{
    const EventTypePlan plan = makePlan(kServices);
    QCOMPARE(plan.items.size(), 24);
    QCOMPARE(plan.count(C::Replace), 24);
    QCOMPARE(plan.problemCount(), 0);
    // Planning only reads: nothing was changed in Cal.com before the plan is confirmed.
    for (const auto& entry : m_server->log().entries())
        QCOMPARE(entry.method, QStringLiteral("GET"));

    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    QList<int> progress;
    connect(&run, &EventTypeCreationRun::progressChanged, this, [&](int done, int total) {
        QCOMPARE(total, 24);
        progress.append(done);
    });
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.count(S::Done), 24);
    QCOMPARE(progress.last(), 24);
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), kTeamEventTypesPath), 24);

    // Cal.com: 24 hidden ROUND_ROBIN types with one mandatory high-priority host each, the segment's length.
    const QList<QJsonObject> created = newTypes();
    QCOMPARE(created.size(), 24);
    for (const QJsonObject& e : created) {
        QCOMPARE(e.value(QStringLiteral("schedulingType")).toString(), QStringLiteral("roundRobin"));
        QCOMPARE(e.value(QStringLiteral("hidden")).toBool(), true);
        const QJsonArray hosts = e.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(
            hosts.first().toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(hosts.first().toObject().value(QStringLiteral("mandatory")).toBool(), true);
    }

    // Map: every row re-pointed, no child ids, one audit entry per item.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calcom_event_map")), 24);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id <= 3982584 OR "
                                  "child_event_type_id IS NOT NULL")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'event-type.create'")), 24);
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem& item = plan.items.at(i);
        const qint64 mapped = scalar(m_db->db(),
            QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE service_id = ? AND segment_key "
                           "= ? AND staff_id = ?"),
            { item.serviceId, item.segmentKey, item.staffId })
                                  .toLongLong();
        QCOMPARE(mapped, *run.item(i).eventTypeId);
        const QJsonObject* et = m_server->state().eventType(mapped);
        QVERIFY(et);
        QCOMPARE(et->value(QStringLiteral("slug")).toString(), item.slug);
        QCOMPARE(et->value(QStringLiteral("lengthInMinutes")).toInt(), item.durationMinutes);
        QCOMPARE(et->value(QStringLiteral("hosts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("userId"))
                     .toInteger(),
            *item.calcomUserId);
    }

    // Retire the 12 MANAGED parents: nothing refers to them any more.
    auto search = searchCandidates();
    QVERIFY2(!search->hasError(), qPrintable(search->errorString()));
    QCOMPARE(search->candidates().size(), 12);
    QCOMPARE(search->safeCandidateIds().size(), 12);
    auto retirement = retire(*search, search->safeCandidateIds());
    QVERIFY(retirement->isFinished());
    QCOMPARE(retirement->count(RetirementCandidate::State::Deleted), 12);
    QCOMPARE(
        m_server->log().count(QStringLiteral("DELETE"), QStringLiteral("^/v2/teams/12345/event-types/\\d+$")),
        12);
    for (qint64 parent : kParents)
        QVERIFY(!m_server->state().eventType(parent));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'event-type.retire-managed'")),
        12);

    // All bookable afterwards: one booking on each new event type.
    QDateTime start(QDate(2030, 12, 2), QTime(7, 0), Qt::UTC);
    for (const ItemProgress& p : run.items()) {
        calcom::BookingInput booking;
        booking.eventTypeId = *p.eventTypeId;
        booking.start = start;
        booking.attendeeName = QStringLiteral("Test Kundin");
        booking.attendeeEmail = QStringLiteral("kundin@example.com");
        auto* reply = m_client->createBooking(booking);
        QVERIFY(reply->waitForFinished(30000));
        QVERIFY2(!reply->hasError(), reply->hasError() ? qPrintable(reply->error().details()) : "");
        QCOMPARE(reply->result().eventTypeId, *p.eventTypeId);
        QCOMPARE(reply->result().status, calcom::Booking::Status::Accepted);
        delete reply;
        start = start.addSecs(3600);
    }

    // A second run creates nothing: everything is kept, and nothing is left to retire.
    const int postsBefore = m_server->log().count(QStringLiteral("POST"), kTeamEventTypesPath);
    const EventTypePlan again = makePlan(kServices);
    QCOMPARE(again.count(C::Keep), 24);
    QCOMPARE(again.changeCount(), 0);
    EventTypeCreationRun second(m_worker.get(), m_client.get(), again, QStringLiteral("test"));
    second.start();
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.count(S::Unchanged), 24);
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), kTeamEventTypesPath), postsBefore);
    auto nothingLeft = searchCandidates();
    QVERIFY(nothingLeft->isFinished());
    QCOMPARE(nothingLeft->candidates().size(), 0);
}

void TestEventTypesSandbox::createdButAnswered500IsAdopted()
{
    const EventTypePlan plan = makePlan(kServices);
    m_server->faults().scriptNext(
        sandbox::FaultKind::Created500, 3, QStringLiteral("/event-types"), QStringLiteral("POST"));
    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.count(S::Done), 24);
    int adopted = 0;
    for (const ItemProgress& p : run.items()) {
        if (p.adoptedAfterError) {
            ++adopted;
            QCOMPARE(p.createRequests, 1);
        }
    }
    QCOMPARE(adopted, 3);
    // Never re-posted, never duplicated.
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), kTeamEventTypesPath), 24);
    QCOMPARE(newTypes().size(), 24);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'event-type.adopt'")), 3);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id <= 3982584")), 0);
}

void TestEventTypesSandbox::interruptedRunResumesWithoutDuplicates()
{
    const EventTypePlan plan = makePlan(kServices);
    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    run.setMaxConcurrent(2);
    bool faultScripted = false;
    connect(&run, &EventTypeCreationRun::progressChanged, this, [&](int done, int) {
        if (done >= 6 && !faultScripted) {
            faultScripted = true;
            m_server->faults().scriptNext(
                sandbox::FaultKind::Error500, 1, QStringLiteral("/event-types"), QStringLiteral("POST"));
        }
        if (done >= 12)
            run.cancel();
    });
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QVERIFY(run.wasCancelled());
    const int done = run.count(S::Done);
    QVERIFY2(done >= 10 && done < 24, qPrintable(QString::number(done)));
    QCOMPARE(run.count(S::Failed), 1);
    QVERIFY(run.count(S::Cancelled) > 0);
    QCOMPARE(done + run.count(S::Failed) + run.count(S::Cancelled), 24);
    for (const ItemProgress& p : run.items()) {
        if (p.state == S::Failed)
            QVERIFY2(p.message.contains(QStringLiteral("500"))
                    || p.message.contains(QStringLiteral("error"), Qt::CaseInsensitive),
                qPrintable(p.message));
    }
    // Cal.com holds exactly what the map says was done.
    QCOMPARE(newTypes().size(), done);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id > 3982584")), done);

    // A new plan resumes: done items are kept, the rest replaced; afterwards 24 types, each slug once.
    const EventTypePlan resumed = makePlan(kServices);
    QCOMPARE(resumed.count(C::Keep), done);
    QCOMPARE(resumed.count(C::Replace), 24 - done);
    EventTypeCreationRun second(m_worker.get(), m_client.get(), resumed, QStringLiteral("test"));
    second.start();
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(second.count(S::Done), 24 - done);
    const QList<QJsonObject> all = newTypes();
    QCOMPARE(all.size(), 24);
    QSet<QString> slugs;
    for (const QJsonObject& e : all)
        slugs.insert(e.value(QStringLiteral("slug")).toString());
    QCOMPARE(slugs.size(), 24);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id <= 3982584")), 0);
}

void TestEventTypesSandbox::failedItemsCanBeRetried()
{
    const EventTypePlan plan = makePlan({ 440 });
    m_server->faults().scriptNext(
        sandbox::FaultKind::Error500, 2, QStringLiteral("/event-types"), QStringLiteral("POST"));
    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.count(S::Done), 6);
    QCOMPARE(run.count(S::Failed), 2);
    for (const ItemProgress& p : run.items())
        if (p.state == S::Failed)
            QVERIFY(!p.message.isEmpty());
    QCOMPARE(newTypes().size(), 6);

    const int getsBefore = m_server->log().count(QStringLiteral("GET"), kTeamEventTypesPath);
    std::unique_ptr<EventTypeCreationRun> retry(EventTypeCreationRun::retryOf(run));
    QVERIFY(retry);
    retry->start();
    QVERIFY(retry->waitForFinished(60000));
    QCOMPARE(retry->count(S::Done), 8);
    // The retry looked each slug up before posting again.
    QVERIFY(m_server->log().count(QStringLiteral("GET"), kTeamEventTypesPath) >= getsBefore + 2);
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), kTeamEventTypesPath), 10);
    QCOMPARE(newTypes().size(), 8);
    QVERIFY(!EventTypeCreationRun::retryOf(*retry));
}

void TestEventTypesSandbox::slugConflictIsReportedAndUntouched()
{
    // Someone made a type with our slug by hand, for the wrong person.
    const QJsonObject squatter { { QStringLiteral("id"), 4000001 }, { QStringLiteral("teamId"), kTeam },
        { QStringLiteral("ownerId"), QJsonValue::Null },
        { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
        { QStringLiteral("title"), QStringLiteral("Hand made") },
        { QStringLiteral("slug"), QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer") },
        { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("hidden"), false },
        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
        { QStringLiteral("hosts"),
            QJsonArray {
                QJsonObject { { QStringLiteral("userId"), 1346410 }, { QStringLiteral("mandatory"), true },
                    { QStringLiteral("priority"), QStringLiteral("high") } } } } };
    m_server->state().eventTypes.append(squatter);

    const EventTypePlan plan = makePlan({ 440 });
    QCOMPARE(plan.count(C::Conflict), 1);
    QCOMPARE(plan.count(C::Replace), 7);
    int conflictIndex = -1;
    for (int i = 0; i < plan.items.size(); ++i)
        if (plan.items.at(i).classification == C::Conflict)
            conflictIndex = i;
    QCOMPARE(plan.items.at(conflictIndex).existingEventTypeId, std::optional<qint64>(4000001));

    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.count(S::Done), 7);
    QCOMPARE(run.item(conflictIndex).state, S::Skipped);
    QCOMPARE(*m_server->state().eventType(4000001), squatter);
    QCOMPARE(count(QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE service_id = 440 AND "
                                  "segment_key = 'A' AND staff_id = ?"),
                 { kFabian }),
        3982562);

    // Its parent stays (a map row still points to it); the other three of service 440 go.
    auto search = searchCandidates();
    QCOMPARE(search->candidates().size(), 4);
    QCOMPARE(search->safeCandidateIds(), (QList<qint64> { 3982564, 3982566, 3982568 }));
    for (const RetirementCandidate& c : search->candidates())
        if (c.eventTypeId == 3982562)
            QVERIFY2(
                c.blockers.join(u' ').contains(QStringLiteral("Map row")), qPrintable(c.blockers.join(u' ')));
    // Asking for all four deletes only the safe three.
    auto retirement = retire(*search, { 3982562, 3982564, 3982566, 3982568 });
    QCOMPARE(retirement->count(RetirementCandidate::State::Deleted), 3);
    QCOMPARE(retirement->count(RetirementCandidate::State::Kept), 1);
    QVERIFY(m_server->state().eventType(3982562));
    QVERIFY(!m_server->state().eventType(3982564));
}

void TestEventTypesSandbox::mapChangedSincePlanIsNotOverwritten()
{
    const EventTypePlan plan = makePlan({ 440 }, { kFabian });
    QCOMPARE(plan.items.size(), 4);
    // Someone re-points segment A while the plan waits for confirmation.
    auto q = runSql(m_db->db(),
        QStringLiteral("UPDATE calcom_event_map SET event_type_id = 5555 WHERE service_id = 440 AND "
                       "segment_key = 'A' AND staff_id = ?"),
        { kFabian });
    QVERIFY(q);
    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.count(S::Done), 3);
    QCOMPARE(run.count(S::Failed), 1);
    QCOMPARE(count(QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE service_id = 440 AND "
                                  "segment_key = 'A' AND staff_id = ?"),
                 { kFabian }),
        5555);
    // Cal.com got the type; the next plan adopts it instead of creating a twin.
    const EventTypePlan again = makePlan({ 440 }, { kFabian });
    QCOMPARE(again.count(C::Adopt), 1);
    QCOMPARE(again.count(C::Keep), 3);
}

void TestEventTypesSandbox::retirementWaitsForMapRowsAndPhases()
{
    // Only Fabian's types are replaced: Fabian #2's rows still point to the parents.
    const EventTypePlan plan = makePlan({ 440 }, { kFabian });
    EventTypeCreationRun run(m_worker.get(), m_client.get(), plan, QStringLiteral("test"));
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.count(S::Done), 4);

    auto candidates = [this] { return searchCandidates(); };
    auto first = candidates();
    QCOMPARE(first->candidates().size(), 4);
    QVERIFY(first->safeCandidateIds().isEmpty());

    // Without Fabian #2's map rows the failed phases of appointment 763 still have nothing else to book.
    QVERIFY(runSql(m_db->db(),
        QStringLiteral("DELETE FROM calcom_event_map WHERE service_id = 440 AND staff_id = ?"),
        { kFabian2 }));
    auto second = candidates();
    QVERIFY(second->safeCandidateIds().isEmpty());
    for (const RetirementCandidate& c : second->candidates()) {
        QCOMPARE(c.blockers.size(), 1);
        QVERIFY2(c.blockers.first().contains(QStringLiteral("763")), qPrintable(c.blockers.first()));
    }
    // Once those phases are settled, the parents may go.
    QVERIFY(runSql(m_db->db(),
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'skipped' WHERE appointment_id = 763")));
    auto third = candidates();
    QCOMPARE(third->safeCandidateIds().size(), 4);

    // Re-checked right before deleting: a phase that turns failed again in between keeps its parent.
    QVERIFY(runSql(
        m_db->db(), QStringLiteral("UPDATE appointment_phases SET sync_status = 'failed' WHERE id = 269")));
    auto retired = retire(*third, third->safeCandidateIds());
    QCOMPARE(retired->count(RetirementCandidate::State::Deleted), 3);
    QVERIFY(m_server->state().eventType(3982562));
}

void TestEventTypesSandbox::unknownIdsAreRejected()
{
    EventTypePlanner planner(m_worker.get(), m_client.get());
    planner.start(PlanRequest { { 440, 999 }, {}, {} });
    QVERIFY(planner.waitForFinished(30000));
    QVERIFY(planner.hasError());
    QVERIFY2(planner.errorString().contains(QStringLiteral("999")), qPrintable(planner.errorString()));

    EventTypePlanner badStaff(m_worker.get(), m_client.get());
    badStaff.start(PlanRequest { { 440 }, { QStringLiteral("00000000-0000-0000-0000-000000000000") }, {} });
    QVERIFY(badStaff.waitForFinished(30000));
    QVERIFY(badStaff.hasError());
    QCOMPARE(m_server->log().size(), 0);
}

QTEST_GUILESS_MAIN(TestEventTypesSandbox)
#include "tst_eventtypes_sandbox.moc"
