// The sync engine against the sandbox, on both backends: the incident from MANAGED parents to four
// bookings, crash recovery without a second booking, two engines racing, DST edges, every error category.
#include "SyncSandbox.h"
#include "calcom/BookingInput.h"
#include "common/Clock.h"
#include "db/DatabaseConnection.h"
#include "db/SqlStatement.h"
#include "sync/BookingMetadata.h"
#include "sync/PhaseRepository.h"
#include "sync/SyncBatch.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace salon;
using namespace salon::sync;
using namespace salon::test;

namespace
{

const PhaseResult* resultOf(const SyncBatch& batch, qint64 phaseId)
{
    return batch.report().find(phaseId);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void incidentFailsOnManagedParentsThenSyncsAfterRoundRobin()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));

        // As imported: the incident's map rows point at MANAGED parents that have no child.
        auto first = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(first);
        QCOMPARE(first->report().phases.size(), 5);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            const PhaseResult* r = resultOf(*first, id);
            QVERIFY(r);
            QCOMPARE(r->stage, PhaseStage::Failed);
            QVERIFY(r->advice);
            QCOMPARE(r->advice->code, QStringLiteral("noChildForHost"));
            QCOMPARE(r->advice->tool, SyncErrorAdvice::Tool::EventTypeWizard);
            QVERIFY2(r->advice->nextStep.contains(QLatin1String("Verify event maps")),
                qPrintable(r->advice->nextStep));
            QCOMPARE(s->status(id), QStringLiteral("failed"));
            QVERIFY(s->column(id, QStringLiteral("sync_claim_token")).isNull());
            QCOMPARE(s->outcomes(id).last(), QStringLiteral("noChildForHost"));
        }
        QCOMPARE(resultOf(*first, SyncSandbox::kGapPhase)->stage, PhaseStage::Skipped);
        QCOMPARE(s->status(SyncSandbox::kGapPhase), QStringLiteral("skipped"));
        // The resolver never hands out a parent id: nothing was posted at all.
        QCOMPARE(s->posts(), 0);
        QVERIFY(!first->report().allOk());

        // The incident's fix: single-host ROUND_ROBIN types, map rows pointed at them.
        QVERIFY(s->repointIncidentMaps());
        auto second = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(second);
        QVERIFY2(second->report().allOk(), qPrintable(second->report().summary()));
        QCOMPARE(second->report().count(PhaseStage::Synced), 4);
        QCOMPARE(second->report().count(PhaseStage::Skipped), 1);
        QCOMPARE(s->posts(), 4);
        QCOMPARE(s->server().state().bookings.size(), 4);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            QCOMPARE(s->status(id), QStringLiteral("synced"));
            const QList<QJsonObject> bookings = s->bookingsOf(id);
            QCOMPARE(bookings.size(), 1);
            const QJsonObject b = bookings.first();
            QCOMPARE(s->column(id, QStringLiteral("calcom_booking_id")).toLongLong(),
                b.value(QStringLiteral("id")).toInteger());
            QCOMPARE(s->column(id, QStringLiteral("calcom_booking_uid")).toString(),
                b.value(QStringLiteral("uid")).toString());
            QVERIFY(s->column(id, QStringLiteral("sync_error")).isNull());
            QCOMPARE(s->outcomes(id),
                (QStringList { QStringLiteral("noChildForHost"), QStringLiteral("synced") }));
            QCOMPARE(
                s->column(id, QStringLiteral("sync_attempts")).toInt(), 1 + 2); // imported 1, then 2 here
            const QJsonObject metadata = b.value(QStringLiteral("metadata")).toObject();
            QCOMPARE(metadata.value(QStringLiteral("salonAppointmentId")).toString(), QStringLiteral("763"));
            QCOMPARE(b.value(QStringLiteral("hosts"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger(),
                SyncSandbox::kFabian2User);
        }
        // What went over the wire: start in UTC, the salon's time zone and language, our metadata.
        const auto posted
            = s->server().log().matching(QStringLiteral("POST"), QStringLiteral("^/v2/bookings$"));
        QCOMPARE(posted.size(), 4);
        const QJsonObject body = posted.first().json();
        QCOMPARE(body.value(QStringLiteral("start")).toString(), QStringLiteral("2030-11-25T09:00:00Z"));
        const QJsonObject attendee = body.value(QStringLiteral("attendee")).toObject();
        QCOMPARE(attendee.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(attendee.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(attendee.value(QStringLiteral("name")).toString(), QStringLiteral("Test Kundin"));
        QCOMPARE(body.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("salonPhaseId"))
                     .toString(),
            QStringLiteral("269"));

        // A third run has nothing to do and posts nothing.
        auto third = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(third);
        QVERIFY(third->report().allOk());
        QCOMPARE(s->posts(), 4);
        QVERIFY(resultOf(*third, 269)->alreadyDone);
    }

    void crashBetweenPostAndWriteIsReconciled()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        const qint64 eventTypeId = scalar(s->db(),
            QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE "
                           "service_id = 440 AND segment_key = 'A' AND staff_id = ?"),
            { SyncSandbox::kFabian2 })
                                       .toLongLong();

        // A run claims phase 269, records the POST, sends it ... and dies before storing the answer.
        PhaseRepository crashed(s->db(), QStringLiteral("crashed"));
        auto claim = crashed.claim(269, QStringLiteral("crashed-token"), {});
        QVERIFY(claim);
        QCOMPARE(claim->outcome, PhaseRepository::ClaimOutcome::Claimed);
        QVERIFY(crashed.beginAttempt(269, QStringLiteral("crashed-token")));
        calcom::BookingInput input;
        input.eventTypeId = eventTypeId;
        input.start = QDateTime(QDate(2030, 11, 25), QTime(9, 0), Qt::UTC);
        input.attendeeName = QStringLiteral("Test Kundin");
        input.metadata = BookingMetadata::forPhase(763, 269);
        auto* post = s->client()->createBooking(input);
        QVERIFY(post->waitForFinished(10000));
        QVERIFY(!post->hasError());
        const qint64 bookingId = post->result().id;
        const QString bookingUid = post->result().uid;
        delete post;
        QCOMPARE(s->status(269), QStringLiteral("syncing"));
        QCOMPARE(s->posts(), 1);

        // A fresh claim is respected: it could be a run that is still alive.
        auto respectful = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(respectful);
        QCOMPARE(resultOf(*respectful, 269)->stage, PhaseStage::Busy);
        QCOMPARE(s->status(269), QStringLiteral("syncing"));
        QCOMPARE(s->bookingsOf(269).size(), 1);

        // Once the claim is stale, the next run takes it over, asks Cal.com first and adopts the booking.
        SyncOptions options = s->options();
        options.staleClaimAfterSeconds = 0;
        QTest::qWait(5);
        auto recovery = s->runBatch({ SyncSandbox::kAppointment }, options);
        QVERIFY(recovery);
        const PhaseResult* r = resultOf(*recovery, 269);
        QCOMPARE(r->stage, PhaseStage::Synced);
        QVERIFY(r->recovered);
        QCOMPARE(r->postAttempts, 0);
        QCOMPARE(s->status(269), QStringLiteral("synced"));
        QCOMPARE(s->column(269, QStringLiteral("calcom_booking_id")).toLongLong(), bookingId);
        QCOMPARE(s->column(269, QStringLiteral("calcom_booking_uid")).toString(), bookingUid);
        QCOMPARE(s->bookingsOf(269).size(), 1);
        QCOMPARE(s->outcomes(269), (QStringList { QStringLiteral("posting"), QStringLiteral("recovered") }));
        // The other three phases were booked normally: 1 + 3 POSTs, no second booking for 269.
        QCOMPARE(s->posts(), 4);
        QCOMPARE(s->server().state().bookings.size(), 4);
    }

    void createdButAnswered500IsFoundNotRebooked()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // Cal.com books, then answers 500 (issue #19796's pattern).
        s->server().faults().scriptNext(
            sandbox::FaultKind::Created500, 1, QStringLiteral("/v2/bookings"), QStringLiteral("POST"));
        auto batch = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QVERIFY(batch);
        QVERIFY2(batch->report().allOk(), qPrintable(batch->report().summary()));
        QCOMPARE(s->posts(), 4);
        QCOMPARE(s->server().state().bookings.size(), 4);
        int recovered = 0;
        for (qint64 id : SyncSandbox::kStaffPhases) {
            QCOMPARE(s->bookingsOf(id).size(), 1);
            if (resultOf(*batch, id)->recovered) {
                ++recovered;
                QCOMPARE(s->outcomes(id),
                    (QStringList { QStringLiteral("unclear"), QStringLiteral("recovered") }));
            }
        }
        QCOMPARE(recovered, 1);
    }

    void connectionResetBooksEachPhaseOnce()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // The connection drops before Cal.com processed anything. (Qt's HTTP layer may itself re-send on a
        // fresh connection; either way each phase ends with exactly one booking.)
        s->server().faults().scriptNext(
            sandbox::FaultKind::Reset, 1, QStringLiteral("/v2/bookings"), QStringLiteral("POST"));
        SyncOptions options = s->options();
        options.concurrency = 1;
        auto batch = s->runBatch({ SyncSandbox::kAppointment }, options);
        QVERIFY(batch);
        QVERIFY2(batch->report().allOk(), qPrintable(batch->report().summary()));
        QCOMPARE(s->server().state().bookings.size(), 4);
        for (qint64 id : SyncSandbox::kStaffPhases)
            QCOMPARE(s->bookingsOf(id).size(), 1);
    }

    void timeoutAfterCalcomBookedIsRecoveredNotRebooked()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // Cal.com books, but its answer comes after the client gave up: the outcome is unclear.
        s->server().faults().setSpike(1.0, 1500);
        s->server().faults().setRoutes({ QStringLiteral("/v2/bookings") });
        s->server().faults().setMethods({ QStringLiteral("POST") });
        auto client = s->newClient();
        calcom::CalcomSettings settings = client->settings();
        settings.timeoutMs = 300;
        client->setSettings(settings);
        SyncOptions options = s->options();
        options.concurrency = 1;
        auto batch = s->runBatch({ SyncSandbox::kAppointment }, options, client.get());
        QVERIFY(batch);
        QVERIFY2(batch->report().allOk(), qPrintable(batch->report().summary()));
        QCOMPARE(s->posts(), 4);
        QCOMPARE(s->server().state().bookings.size(), 4);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            const PhaseResult* r = resultOf(*batch, id);
            QVERIFY(r->recovered);
            QCOMPARE(r->postAttempts, 1);
            QCOMPARE(
                s->outcomes(id), (QStringList { QStringLiteral("unclear"), QStringLiteral("recovered") }));
            QCOMPARE(s->bookingsOf(id).size(), 1);
            QCOMPARE(s->column(id, QStringLiteral("calcom_booking_uid")).toString(),
                s->bookingsOf(id).first().value(QStringLiteral("uid")).toString());
        }
        // Between the POST and the adoption the engine listed the bookings around each phase's start.
        QCOMPARE(s->server().log().count(QStringLiteral("GET"), QStringLiteral("^/v2/bookings$")), 4);
    }

    void twoEnginesRaceAndEachPhaseIsBookedOnce()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        // A second process: its own worker (and connection) and its own client.
        DatabaseWorker other(s->database().url());
        auto otherClient = s->newClient();

        SyncBatch console(s->worker(), s->client(), SyncSandbox::kTeamId, s->options());
        SyncBatch cron(&other, otherClient.get(), SyncSandbox::kTeamId, s->options());
        QVERIFY(console.addAppointments({ SyncSandbox::kAppointment }));
        QVERIFY(cron.addAppointments({ SyncSandbox::kAppointment }));
        console.start();
        cron.start();
        QVERIFY(console.waitForFinished(60000));
        QVERIFY(cron.waitForFinished(60000));

        QCOMPARE(s->posts(), 4);
        QCOMPARE(s->server().state().bookings.size(), 4);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            QCOMPARE(s->status(id), QStringLiteral("synced"));
            QCOMPARE(s->bookingsOf(id).size(), 1);
            const PhaseResult* a = console.report().find(id);
            const PhaseResult* b = cron.report().find(id);
            QVERIFY(a && b);
            const int booked = (a->postAttempts > 0 ? 1 : 0) + (b->postAttempts > 0 ? 1 : 0);
            QCOMPARE(booked, 1);
            // The loser either saw the claim or found the phase synced already.
            const PhaseResult* loser = a->postAttempts > 0 ? b : a;
            QVERIFY2(
                loser->stage == PhaseStage::Busy || loser->alreadyDone, qPrintable(stageName(loser->stage)));
        }
    }

    void startsAreSentInUtcAcrossTheDstChange_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("expected");
        // 2030-10-27 is the last Sunday of October: Berlin goes from CEST (UTC+2) to CET (UTC+1) at 01:00
        // UTC, so 02:30 local happens twice. The phase's UTC instant is what is sent, never a local reading.
        QTest::newRow("02:30 CEST, first pass") << QDateTime(QDate(2030, 10, 27), QTime(0, 30), Qt::UTC)
                                                << QStringLiteral("2030-10-27T00:30:00Z");
        QTest::newRow("02:30 CET, second pass") << QDateTime(QDate(2030, 10, 27), QTime(1, 30), Qt::UTC)
                                                << QStringLiteral("2030-10-27T01:30:00Z");
        QTest::newRow("09:00 CET after the change")
            << QDateTime(QDate(2030, 10, 27), QTime(8, 0), Qt::UTC) << QStringLiteral("2030-10-27T08:00:00Z");
        QTest::newRow("09:00 CEST the day before")
            << QDateTime(QDate(2030, 10, 26), QTime(7, 0), Qt::UTC) << QStringLiteral("2030-10-26T07:00:00Z");
    }

    void startsAreSentInUtcAcrossTheDstChange()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(QDateTime, start);
        QFETCH(QString, expected);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(s->insertAppointment(900, 9001, start));
        auto batch = s->runBatch({ 900 }, s->options());
        QVERIFY(batch);
        QVERIFY2(batch->report().allOk(), qPrintable(batch->report().summary()));
        const auto posted
            = s->server().log().matching(QStringLiteral("POST"), QStringLiteral("^/v2/bookings$"));
        QCOMPARE(posted.size(), 1);
        QCOMPARE(posted.first().json().value(QStringLiteral("start")).toString(), expected);
        QCOMPARE(posted.first()
                     .json()
                     .value(QStringLiteral("attendee"))
                     .toObject()
                     .value(QStringLiteral("timeZone"))
                     .toString(),
            QStringLiteral("Europe/Berlin"));
        const QJsonObject booking = s->bookingsOf(9001).value(0);
        QCOMPARE(QDateTime::fromString(booking.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs),
            start);
        // Stored and read back as the same instant on both backends.
        auto phase = PhaseRepository(s->db(), QStringLiteral("test")).phase(9001);
        QVERIFY(phase);
        QCOMPARE(phase->startsAt, start);
    }

    void everyErrorCategoryEndsInTheRightState_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("tool");
        QTest::addColumn<int>("posts");
        QTest::addColumn<QString>("messagePart");
        using Tool = SyncErrorAdvice::Tool;
        QTest::newRow("managedParent")
            << "storedParentAsChild"
            << "managedParent" << int(Tool::EventMapVerifier) << 1 << "Verify event maps";
        QTest::newRow("noChildForHost")
            << "incident"
            << "noChildForHost" << int(Tool::EventTypeWizard) << 0 << "event type wizard";
        QTest::newRow("eventTypeMissing")
            << "missingEventType"
            << "eventTypeMissing" << int(Tool::EventMapVerifier) << 0 << "Verify event maps";
        QTest::newRow("slotUnavailable 400")
            << "slotTaken400"
            << "slotUnavailable" << int(Tool::MoveAppointment) << 1 << "busy";
        QTest::newRow("slotUnavailable 409")
            << "slotTaken409"
            << "slotUnavailable" << int(Tool::MoveAppointment) << 1 << "busy";
        // "auth" stops the whole run and leaves the phase as it was: tst_sync_safety.
        QTest::newRow("validation") << "past"
                                    << "validation" << int(Tool::MoveAppointment) << 1 << "in the past";
        QTest::newRow("server") << "server500"
                                << "unclear" << int(Tool::None) << 3 << "server error";
        QTest::newRow("network") << "deadPort"
                                 << "network" << int(Tool::None) << 0 << "could not be reached";
    }

    void everyErrorCategoryEndsInTheRightState()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(QString, setup);
        QFETCH(QString, code);
        QFETCH(int, tool);
        QFETCH(int, posts);
        QFETCH(QString, messagePart);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        std::unique_ptr<calcom::CalcomClient> client;
        qint64 appointment = SyncSandbox::kAppointment;
        qint64 phase = 269;
        if (setup != QLatin1String("incident") && setup != QLatin1String("storedParentAsChild")
            && setup != QLatin1String("missingEventType"))
            QVERIFY(s->repointIncidentMaps());
        if (setup == QLatin1String("storedParentAsChild")) {
            // A stored "child" that is in fact another MANAGED parent: the resolver trusts stored children.
            QVERIFY(runSql(s->db(),
                QStringLiteral("UPDATE calcom_event_map SET child_event_type_id = 3982564 WHERE "
                               "service_id = 440 AND segment_key = 'A' AND staff_id = ?"),
                { SyncSandbox::kFabian2 }));
        } else if (setup == QLatin1String("missingEventType")) {
            QVERIFY(runSql(s->db(),
                QStringLiteral("UPDATE calcom_event_map SET event_type_id = 999999 WHERE "
                               "service_id = 440 AND segment_key = 'A' AND staff_id = ?"),
                { SyncSandbox::kFabian2 }));
        } else if (setup.startsWith(QLatin1String("slotTaken"))) {
            s->server().options().slotTakenStatus = setup.endsWith(QLatin1String("409")) ? 409 : 400;
            // Someone else booked Fabian #2 at 09:00 already.
            const qint64 other
                = s->createRoundRobin(QStringLiteral("Other service Fabian 2"), SyncSandbox::kFabian2User);
            QVERIFY(other > 0);
            calcom::BookingInput input;
            input.eventTypeId = other;
            input.start = QDateTime(QDate(2030, 11, 25), QTime(9, 0), Qt::UTC);
            input.attendeeName = QStringLiteral("Walk-in");
            auto* job = s->client()->createBooking(input);
            QVERIFY(job->waitForFinished(10000));
            QVERIFY(!job->hasError());
            delete job;
            s->server().log().clear();
        } else if (setup == QLatin1String("badKey")) {
            client = s->newClient(QStringLiteral("cal_wrong_key"));
        } else if (setup == QLatin1String("past")) {
            appointment = 901;
            phase = 9011;
            QVERIFY(
                s->insertAppointment(appointment, phase, QDateTime(QDate(2020, 3, 2), QTime(9, 0), Qt::UTC)));
        } else if (setup == QLatin1String("server500")) {
            s->server().faults().scriptNext(
                sandbox::FaultKind::Error500, 10, QStringLiteral("/v2/bookings"), QStringLiteral("POST"));
        } else if (setup == QLatin1String("deadPort")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            client = s->newClient();
            calcom::CalcomSettings settings = client->settings();
            settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port));
            client->setSettings(settings);
        }
        SyncOptions options = s->options();
        options.concurrency = 1;
        auto batch = std::make_unique<SyncBatch>(
            s->worker(), client ? client.get() : s->client(), SyncSandbox::kTeamId, options);
        batch->addPhases({ phase });
        batch->start();
        QVERIFY(batch->waitForFinished(60000));
        const PhaseResult* r = resultOf(*batch, phase);
        QVERIFY(r);
        QCOMPARE(r->stage, PhaseStage::Failed);
        QVERIFY(r->advice);
        QCOMPARE(r->advice->outcomeUnclear ? QStringLiteral("unclear") : r->advice->code, code);
        QCOMPARE(int(r->advice->tool), tool);
        QVERIFY2(r->message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r->message));
        QCOMPARE(r->postAttempts, posts);
        QCOMPARE(s->posts(), posts);
        QCOMPARE(s->status(phase), QStringLiteral("failed"));
        QCOMPARE(s->column(phase, QStringLiteral("sync_error")).toString(), r->message);
        QVERIFY(s->column(phase, QStringLiteral("sync_claim_token")).isNull());
        QCOMPARE(s->outcomes(phase).last(), code);
        QCOMPARE(s->bookingsOf(phase).size(), 0);
        Q_UNUSED(appointment)

        if (setup == QLatin1String("server500")) {
            // Cal.com recovers: the next run asks first (the last POST was unclear), finds nothing, books
            // once.
            s->server().faults().clear();
            const int listsBefore
                = s->server().log().count(QStringLiteral("GET"), QStringLiteral("^/v2/bookings$"));
            auto retry = s->runBatch({ SyncSandbox::kAppointment }, s->options());
            QVERIFY(retry);
            QCOMPARE(resultOf(*retry, phase)->stage, PhaseStage::Synced);
            QVERIFY(s->server().log().count(QStringLiteral("GET"), QStringLiteral("^/v2/bookings$"))
                > listsBefore);
            QCOMPARE(s->bookingsOf(phase).size(), 1);
        }
    }

    void rateLimitedPostIsRetriedAfterTheBlock()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        const qint64 rr = s->createRoundRobin(QStringLiteral("Ansatz A Fabian 2"), SyncSandbox::kFabian2User);
        QVERIFY(rr > 0);
        // A stored child needs no lookup, so the POST is the first request of the run.
        QVERIFY(runSql(s->db(),
            QStringLiteral("UPDATE calcom_event_map SET child_event_type_id = ? WHERE "
                           "service_id = 440 AND segment_key = 'A' AND staff_id = ?"),
            { rr, SyncSandbox::kFabian2 }));
        s->server().options().rateLimit = 1;
        s->server().options().rateWindowMs = 2000;
        s->server().options().rateBlockMs = 1000;
        s->server().throttler().reset();
        // Cal.com's 60 s window, shrunk so the test waits seconds, not minutes.
        s->client()->rateLimiter()->setWindowMs(2000);
        // Another process with the same key used the budget up.
        auto cron = s->newClient();
        auto* me = cron->me();
        QVERIFY(me->waitForFinished(10000));
        delete me;

        auto batch
            = std::make_unique<SyncBatch>(s->worker(), s->client(), SyncSandbox::kTeamId, s->options());
        batch->addPhases({ 269 });
        QSignalSpy stages(batch.get(), &SyncBatch::phaseStageChanged);
        batch->start();
        QVERIFY(batch->waitForFinished(30000));
        const PhaseResult* r = resultOf(*batch, 269);
        QCOMPARE(r->stage, PhaseStage::Synced);
        QCOMPARE(r->postAttempts, 2);
        QCOMPARE(s->outcomes(269), (QStringList { QStringLiteral("rateLimited"), QStringLiteral("synced") }));
        QCOMPARE(s->bookingsOf(269).size(), 1);
        bool waited = false;
        for (const QList<QVariant>& args : std::as_const(stages))
            waited = waited || args.at(1).value<PhaseStage>() == PhaseStage::WaitingToRetry;
        QVERIFY(waited);
    }

    void cancelWithdrawsAPostWaitingForTheRateLimit()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        const qint64 rr = s->createRoundRobin(QStringLiteral("Ansatz A Fabian 2"), SyncSandbox::kFabian2User);
        QVERIFY(rr > 0);
        QVERIFY(runSql(s->db(),
            QStringLiteral("UPDATE calcom_event_map SET child_event_type_id = ? WHERE "
                           "service_id = 440 AND segment_key = 'A' AND staff_id = ?"),
            { rr, SyncSandbox::kFabian2 }));
        // One request per window, and creating the event type above used it: the POST waits in the queue.
        calcom::RateLimiter* limiter = s->client()->rateLimiter();
        limiter->setLimit(1);

        SyncBatch batch(s->worker(), s->client(), SyncSandbox::kTeamId, s->options());
        batch.addPhases({ 269 });
        batch.start();
        QTRY_COMPARE(batch.stageOf(269), PhaseStage::Booking);
        QTRY_VERIFY(limiter->waitingSeconds() > 0);
        QCOMPARE(s->posts(), 0);
        batch.cancel();
        QVERIFY(batch.waitForFinished(5000));
        QCOMPARE(batch.report().find(269)->stage, PhaseStage::Cancelled);
        QCOMPARE(batch.report().find(269)->postAttempts, 0);
        QCOMPARE(s->posts(), 0);
        QCOMPARE(s->status(269), QStringLiteral("failed")); // as before the run
        QVERIFY(s->column(269, QStringLiteral("sync_claim_token")).isNull());
        // The withdrawn POST is in the history as such, so the next run does not reconcile for nothing.
        QCOMPARE(s->outcomes(269), QStringList { QStringLiteral("cancelled") });
    }

    void dryRunChangesNothing()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        const int audits = scalar(s->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        SyncOptions options = s->options();
        options.dryRun = true;
        auto batch = s->runBatch({ SyncSandbox::kAppointment }, options);
        QVERIFY(batch);
        QCOMPARE(batch->report().count(PhaseStage::Planned), 4);
        QVERIFY(batch->report().allOk());
        QCOMPARE(s->posts(), 0);
        for (qint64 id : SyncSandbox::kStaffPhases) {
            QCOMPARE(s->status(id), QStringLiteral("failed"));
            QCOMPARE(s->outcomes(id).size(), 0);
            QVERIFY(resultOf(*batch, id)->eventTypeId > 0);
        }
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits);
    }

    void cancelStopsQueuedPhasesAndReleasesClaims()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        SyncOptions options = s->options();
        options.concurrency = 1;
        SyncBatch batch(s->worker(), s->client(), SyncSandbox::kTeamId, options);
        QVERIFY(batch.addAppointments({ SyncSandbox::kAppointment }));
        bool cancelled = false;
        connect(&batch, &SyncBatch::phaseFinished, &batch, [&](const PhaseResult& r) {
            if (r.phaseId == 269 && !cancelled) {
                cancelled = true;
                batch.cancel();
            }
        });
        QSignalSpy progress(&batch, &SyncBatch::progress);
        batch.start();
        QVERIFY(batch.waitForFinished(30000));
        QVERIFY(batch.isCancelled());
        QCOMPARE(batch.report().phases.size(), 5);
        QCOMPARE(batch.report().find(269)->stage, PhaseStage::Synced);
        QCOMPARE(s->posts(), 1);
        for (qint64 id : { 271, 272, 273 }) {
            QCOMPARE(batch.report().find(id)->stage, PhaseStage::Cancelled);
            QCOMPARE(s->status(id), QStringLiteral("failed")); // as before the run
        }
        QCOMPARE(scalar(s->db(),
                     QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'syncing'"))
                     .toInt(),
            0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QVERIFY(!batch.report().allOk());
    }

    void archivedFailuresStayOutOfRetryAll()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        PhaseRepository repo(s->db(), QStringLiteral("admin"));
        QVERIFY(!repo.archive(269, QStringLiteral("  "))); // a reason is required
        QVERIFY(!repo.archive(270, QStringLiteral("skipped"))); // only failures
        QVERIFY(repo.archive(269, QStringLiteral("test appointment")));
        QCOMPARE(
            s->column(269, QStringLiteral("archived_reason")).toString(), QStringLiteral("test appointment"));
        QCOMPARE(
            scalar(s->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'phase.archived'"))
                .toInt(),
            1);

        auto ids = repo.phaseIdsToSync(true, true, {});
        QVERIFY(ids);
        QVERIFY(!ids->contains(269));
        QVERIFY(ids->contains(271));

        QVERIFY(s->repointIncidentMaps());
        SyncBatch all(s->worker(), s->client(), SyncSandbox::kTeamId, s->options());
        QVERIFY(all.addOutstanding(true, true));
        QVERIFY(!all.phaseIds().contains(269));
        all.start();
        QVERIFY(all.waitForFinished(30000));
        QCOMPARE(s->status(269), QStringLiteral("failed"));

        // An explicit retry of that phase syncs it, and the archive note goes (history stays).
        SyncOptions explicitRetry = s->options();
        explicitRetry.includeArchived = true;
        SyncBatch one(s->worker(), s->client(), SyncSandbox::kTeamId, explicitRetry);
        one.addPhases({ 269 });
        one.start();
        QVERIFY(one.waitForFinished(30000));
        QCOMPARE(s->status(269), QStringLiteral("synced"));
        QVERIFY(s->column(269, QStringLiteral("archived_reason")).isNull());
    }
};

QTEST_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
