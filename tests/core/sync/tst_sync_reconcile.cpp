// The reconcile pass (drift between synced phases and Cal.com), on both backends. Live status across
// instances is core/db's ChangeWatcher (tests/core/db/tst_changewatcher.cpp).
#include "SyncSandbox.h"
#include "common/Clock.h"
#include "db/DatabaseConnection.h"
#include "db/SqlStatement.h"
#include "sync/BookingReconciler.h"
#include "sync/PhaseRepository.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace salon;
using namespace salon::sync;
using namespace salon::test;

namespace
{

const QDateTime kFrom(QDate(2030, 11, 25), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2030, 11, 26), QTime(0, 0), Qt::UTC);

QJsonObject* bookingOfPhase(sandbox::SandboxServer& server, qint64 phaseId)
{
    for (QJsonObject& b : server.state().bookings) {
        if (b.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("salonPhaseId")).toString()
            == QString::number(phaseId))
            return &b;
    }
    return nullptr;
}

QList<BookingDrift::Kind> kindsOf(const BookingReconciler& r, qint64 phaseId)
{
    QList<BookingDrift::Kind> kinds;
    for (const BookingDrift& d : r.drift()) {
        if (d.phaseId == phaseId)
            kinds.append(d.kind);
    }
    return kinds;
}

} // namespace

class TestSyncReconcile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void cleanPeriodHasNoDrift()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(s->runBatch({ SyncSandbox::kAppointment }, s->options())->report().allOk());

        BookingReconciler reconciler(s->worker(), s->client());
        reconciler.start(kFrom, kTo);
        QVERIFY(reconciler.waitForFinished(30000));
        QVERIFY2(reconciler.error().isEmpty(), qPrintable(reconciler.error()));
        QCOMPARE(reconciler.checkedPhases(), 4);
        QVERIFY(reconciler.drift().isEmpty());
        QVERIFY(reconciler.toJson().value(QStringLiteral("ok")).toBool());
    }

    void driftInCalcomIsReportedAndNothingChanges()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(s->runBatch({ SyncSandbox::kAppointment }, s->options())->report().allOk());

        // 269: cancelled in Cal.com.
        const QString uid269 = s->column(269, QStringLiteral("calcom_booking_uid")).toString();
        auto* cancel = s->client()->cancelBooking(uid269, QStringLiteral("customer called"));
        QVERIFY(cancel->waitForFinished(10000));
        QVERIFY(!cancel->hasError());
        delete cancel;
        // 271: rescheduled in Cal.com (old one cancelled, pointing at a new one an hour later).
        QJsonObject* b271 = bookingOfPhase(s->server(), 271);
        QVERIFY(b271);
        QJsonObject moved = *b271;
        b271->insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        b271->insert(QStringLiteral("rescheduledToUid"), QStringLiteral("moved-271"));
        moved.insert(QStringLiteral("uid"), QStringLiteral("moved-271"));
        moved.insert(QStringLiteral("id"), 990271);
        moved.insert(QStringLiteral("start"), QStringLiteral("2030-11-25T11:00:00.000Z"));
        moved.insert(QStringLiteral("end"), QStringLiteral("2030-11-25T11:30:00.000Z"));
        moved.insert(QStringLiteral("rescheduledFromUid"), b271->value(QStringLiteral("uid")));
        // 272: another host took it over.
        QJsonObject* b272 = bookingOfPhase(s->server(), 272);
        QVERIFY(b272);
        b272->insert(QStringLiteral("hosts"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), 1346410 },
                { QStringLiteral("name"), QStringLiteral("Lena Hoffmann") } } });
        // 273: deleted from Cal.com altogether.
        const QString uid273 = s->column(273, QStringLiteral("calcom_booking_uid")).toString();
        auto& bookings = s->server().state().bookings;
        bookings.erase(
            std::remove_if(bookings.begin(), bookings.end(),
                [&](const QJsonObject& b) { return b.value(QStringLiteral("uid")).toString() == uid273; }),
            bookings.end());
        // Moved ones keep our metadata: the new booking would look like a second booking of 271.
        QJsonObject metadata = moved.value(QStringLiteral("metadata")).toObject();
        metadata.remove(QStringLiteral("salonPhaseId"));
        moved.insert(QStringLiteral("metadata"), metadata);
        bookings.append(moved);

        const QVariant before = scalar(
            s->db(), QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'synced'"));
        BookingReconciler reconciler(s->worker(), s->client());
        reconciler.start(kFrom, kTo);
        QVERIFY(reconciler.waitForFinished(30000));
        QVERIFY2(reconciler.error().isEmpty(), qPrintable(reconciler.error()));
        QCOMPARE(kindsOf(reconciler, 269), QList<BookingDrift::Kind> { BookingDrift::Kind::Cancelled });
        QCOMPARE(kindsOf(reconciler, 271), QList<BookingDrift::Kind> { BookingDrift::Kind::Rescheduled });
        QCOMPARE(kindsOf(reconciler, 272), QList<BookingDrift::Kind> { BookingDrift::Kind::HostChanged });
        QCOMPARE(kindsOf(reconciler, 273), QList<BookingDrift::Kind> { BookingDrift::Kind::Missing });
        QCOMPARE(reconciler.drift().size(), 4);
        for (const BookingDrift& d : reconciler.drift())
            QVERIFY(!d.message.isEmpty());
        QVERIFY(reconciler.drift().at(0).message.contains(QLatin1String("Test Kundin"))
            || reconciler.drift().at(1).message.contains(QLatin1String("Test Kundin")));
        const auto json = reconciler.toJson();
        QVERIFY(!json.value(QStringLiteral("ok")).toBool());
        QCOMPARE(json.value(QStringLiteral("drift")).toArray().size(), 4);

        // Reporting changes nothing.
        QCOMPARE(scalar(s->db(),
                     QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'synced'")),
            before);

        // Only after the admin confirms: 269 goes back to pending and the next sync books it again.
        QVERIFY(PhaseRepository(s->db(), QStringLiteral("admin"))
                    .markForResync(269, QStringLiteral("cancelled in Cal.com")));
        QCOMPARE(s->status(269), QStringLiteral("pending"));
        QVERIFY(s->column(269, QStringLiteral("calcom_booking_uid")).isNull());
        auto again = s->runBatch({ SyncSandbox::kAppointment }, s->options());
        QCOMPARE(again->report().find(269)->stage, PhaseStage::Synced);
        QVERIFY(s->column(269, QStringLiteral("calcom_booking_uid")).toString() != uid269);
    }

    void timeChangeAndDoubleBookingAreReported()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto s = SyncSandbox::create(backend, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->repointIncidentMaps());
        QVERIFY(s->runBatch({ SyncSandbox::kAppointment }, s->options())->report().allOk());
        QJsonObject* b269 = bookingOfPhase(s->server(), 269);
        QVERIFY(b269);
        b269->insert(QStringLiteral("start"), QStringLiteral("2030-11-25T09:15:00.000Z"));
        QJsonObject duplicate = *bookingOfPhase(s->server(), 272);
        duplicate.insert(QStringLiteral("uid"), QStringLiteral("second-272"));
        duplicate.insert(QStringLiteral("id"), 990272);
        s->server().state().bookings.append(duplicate);

        BookingReconciler reconciler(s->worker(), s->client());
        reconciler.start(kFrom, kTo);
        QVERIFY(reconciler.waitForFinished(30000));
        QVERIFY2(reconciler.error().isEmpty(), qPrintable(reconciler.error()));
        QCOMPARE(kindsOf(reconciler, 269), QList<BookingDrift::Kind> { BookingDrift::Kind::TimeChanged });
        QCOMPARE(kindsOf(reconciler, 272), QList<BookingDrift::Kind> { BookingDrift::Kind::Duplicate });
        QCOMPARE(reconciler.drift().size(), 2);
    }

    void adviceNamesTheNextStep_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("unclear");
        QTest::addColumn<int>("tool");
        using Tool = SyncErrorAdvice::Tool;
        QTest::newRow("managed parent")
            << 400 << "Event type with id=3982562 is the parent managed event type that can't be booked."
            << "managedParent" << false << false << int(Tool::EventMapVerifier);
        QTest::newRow("slot 409")
            << 409 << "One of the hosts either already has booking at this time or is not available"
            << "slotUnavailable" << false << false << int(Tool::MoveAppointment);
        QTest::newRow("auth") << 401 << "Your api key is not valid"
                              << "auth" << false << false << int(Tool::Settings);
        QTest::newRow("validation") << 400 << "Attempting to book a meeting in the past."
                                    << "validation" << false << false << int(Tool::MoveAppointment);
        QTest::newRow("rate limited") << 429 << "Too many requests. Please try again later."
                                      << "rateLimited" << true << false << int(Tool::None);
        QTest::newRow("server") << 500 << "Internal server error"
                                << "server" << true << true << int(Tool::None);
    }

    void adviceNamesTheNextStep()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QFETCH(bool, unclear);
        QFETCH(int, tool);
        QFETCH_GLOBAL(QString, backend);
        Q_UNUSED(backend)
        const QByteArray body
            = QStringLiteral("{\"status\":\"error\",\"error\":{\"code\":\"X\",\"message\":\"%1\"}}")
                  .arg(message)
                  .toUtf8();
        const auto error = calcom::CalcomError::fromHttpResponse(
            status, body, QStringLiteral("POST"), QStringLiteral("/v2/bookings"), QStringLiteral("req-1"));
        const SyncErrorAdvice advice = SyncErrorAdvice::forCalcomError(error, true);
        QCOMPARE(advice.code, code);
        QCOMPARE(advice.retryable, retryable);
        QCOMPARE(advice.outcomeUnclear, unclear);
        QCOMPARE(int(advice.tool), tool);
        QCOMPARE(int(SyncErrorAdvice::toolForCode(code)), tool);
        QVERIFY(!advice.nextStep.isEmpty());
        QVERIFY2(advice.text().contains(QLatin1String("req-1")), qPrintable(advice.text()));
        if (code != QLatin1String("server"))
            QVERIFY2(advice.text().contains(message), qPrintable(advice.text()));
    }
};

QTEST_MAIN(TestSyncReconcile)
#include "tst_sync_reconcile.moc"
