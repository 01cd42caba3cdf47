// The client against the real sandbox where it matters most: a POST that must never be sent twice.
#include "SandboxServer.h"
#include "SandboxState.h"
#include "calcom/CalcomClient.h"

#include <QTest>

using namespace salon;
using namespace salon::calcom;
using namespace salon::sandbox;

class TestCalcomClientSandbox : public QObject
{
    Q_OBJECT
private slots:
    void bookingPostIsNeverResentByQt()
    {
        QString error;
        auto state = SandboxState::fromScenario(QStringLiteral("incident"), &error);
        QVERIFY2(state, qPrintable(error));
        SandboxServer server(*state);
        server.addApiKey(QStringLiteral("cal_test_key"), 1346400);
        QVERIFY(server.start());

        CalcomSettings settings;
        settings.baseUrl = server.baseUrl();
        settings.teamId = 12345;
        CalcomClient client(settings);
        client.setApiKey(QStringLiteral("cal_test_key"));

        // A first request leaves a kept-alive connection that the POST then reuses; when that connection
        // is reset, Qt's own reconnect logic would send the POST again on a fresh one.
        auto* me = client.me();
        QVERIFY(me->waitForFinished(10000));
        QVERIFY(!me->hasError());
        delete me;

        server.faults().scriptNext(
            FaultKind::Reset, 1, QStringLiteral("/v2/bookings"), QStringLiteral("POST"));
        BookingInput input;
        input.eventTypeId = 3982562;
        input.start = QDateTime(QDate(2030, 11, 25), QTime(9, 0), Qt::UTC);
        input.attendeeName = QStringLiteral("Test Kundin");
        input.attendeeEmail = QStringLiteral("kundin@example.com");
        auto* booking = client.createBooking(input);
        QVERIFY(booking->waitForFinished(20000));
        QVERIFY(booking->hasError());
        QCOMPARE(booking->error().category, CalcomError::Category::Network);
        QCOMPARE(server.log().count(QStringLiteral("POST"), QStringLiteral("^/v2/bookings$")), 1);
        delete booking;

        // Safe requests may still be repeated: the same reset on a GET is retried and succeeds.
        server.faults().scriptNext(FaultKind::Reset, 1, QStringLiteral("/v2/me"), QStringLiteral("GET"));
        auto* again = client.me();
        QVERIFY(again->waitForFinished(20000));
        QVERIFY2(!again->hasError(), again->hasError() ? qPrintable(again->error().details()) : "");
        delete again;
    }
};

QTEST_GUILESS_MAIN(TestCalcomClientSandbox)
#include "tst_calcomclient_sandbox.moc"
