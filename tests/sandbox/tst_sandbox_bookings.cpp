// Bookings over HTTP: the create error catalogue in Cal.com's order, the BookingOutput shape, list filters
// and pagination, team bookings, get, cancel and reschedule.
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace salon::sandbox;
using namespace salon::sandbox::test;

namespace
{

QJsonObject eventType(qint64 id, const QString& slug, const QString& type, const QJsonArray& hosts,
    qint64 teamId = SandboxFixtures::kTeamId)
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("teamId"), teamId ? QJsonValue(teamId) : QJsonValue() },
        { QStringLiteral("ownerId"), QJsonValue::Null },
        { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
        { QStringLiteral("title"), slug.toUpper() }, { QStringLiteral("slug"), slug },
        { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("hidden"), true },
        { QStringLiteral("schedulingType"), type }, { QStringLiteral("hosts"), hosts } };
}

QJsonObject storedHost(qint64 userId, bool mandatory = true)
{
    return QJsonObject { { QStringLiteral("userId"), userId }, { QStringLiteral("mandatory"), mandatory },
        { QStringLiteral("priority"), QStringLiteral("high") } };
}

QJsonObject bookingBody(
    qint64 eventTypeId, const QString& start, const QString& email = QStringLiteral("kundin@example.com"))
{
    return QJsonObject { { QStringLiteral("eventTypeId"), eventTypeId }, { QStringLiteral("start"), start },
        { QStringLiteral("attendee"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Kundin") },
                { QStringLiteral("email"), email },
                { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") },
                { QStringLiteral("language"), QStringLiteral("de") } } },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("salonPhaseId"), QStringLiteral("269") } } } };
}

} // namespace

class TestSandboxBookings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createSucceedsWithBookingOutput();
    void createByUserSlug();
    void unknownFieldsRejectedFirst();
    void bodyProblems();
    void eventTypeNotFound();
    void managedParentCannotBeBooked();
    void teamTypeWithoutHosts422();
    void lengthInMinutesRules();
    void pastStart();
    void minimumNotice();
    void slotTakenTeamAndUser();
    void slotTakenStatusSwitch();
    void roundRobinPicksFreeHostAndCollectiveListsOthersAsAttendees();
    void catalogueOrder();
    void listFiltersAndPagination();
    void listVisibility();
    void teamBookings();
    void getByUid();
    void cancel();
    void cancelBodyIsStrict();
    void reschedule();
    void slotsFollowDefaultScheduleAndBookings();
    void slotsRefuseManagedParents();

private:
    QString at(int hour, int minute = 0) const;
    HttpResult book(const QJsonObject& body);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

QString TestSandboxBookings::at(int hour, int minute) const
{
    return QStringLiteral("2026-11-26T%1:%2:00Z")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

HttpResult TestSandboxBookings::book(const QJsonObject& body)
{
    return m_client->post(QStringLiteral("/bookings"), body, SandboxTestClient::bookingsVersion());
}

void TestSandboxBookings::init()
{
    SandboxState state = SandboxFixtures::smallTeam();
    state.eventTypes = {
        eventType(20, QStringLiteral("rr-alice"), QStringLiteral("roundRobin"), { storedHost(2) }),
        eventType(21, QStringLiteral("duo"), QStringLiteral("collective"), { storedHost(2), storedHost(3) }),
        eventType(22, QStringLiteral("empty"), QStringLiteral("roundRobin"), {}),
        eventType(23, QStringLiteral("managed"), QStringLiteral("managed"), {}),
        eventType(26, QStringLiteral("rr-pool"), QStringLiteral("roundRobin"),
            { storedHost(2, false), storedHost(3, false) }),
    };
    QJsonObject child = eventType(24, QStringLiteral("managed"), QStringLiteral("managed"), {}, 0);
    child.insert(QStringLiteral("ownerId"), 2);
    child.insert(QStringLiteral("parentEventTypeId"), 23);
    QJsonObject personal = eventType(25, QStringLiteral("bob-personal"), QString(), {}, 0);
    personal.insert(QStringLiteral("ownerId"), 3);
    personal.insert(QStringLiteral("schedulingType"), QJsonValue::Null);
    personal.insert(QStringLiteral("lengthInMinutesOptions"), QJsonArray { 30, 60 });
    QJsonObject notice
        = eventType(27, QStringLiteral("notice"), QStringLiteral("roundRobin"), { storedHost(3) });
    notice.insert(QStringLiteral("minimumBookingNotice"), 120);
    state.eventTypes << child << personal << notice;
    m_server = std::make_unique<SandboxServer>(state);
    m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->setApiKey(SandboxFixtures::kAdminKey);
}

void TestSandboxBookings::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxBookings::createSucceedsWithBookingOutput()
{
    const HttpResult r = book(bookingBody(20, QStringLiteral("2026-11-26T10:00:00+01:00")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QJsonObject b = r.data().toObject();
    QVERIFY(b.value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(!b.value(QStringLiteral("uid")).toString().isEmpty());
    QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(b.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-26T09:00:00.000Z"));
    QCOMPARE(b.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-26T09:30:00.000Z"));
    QCOMPARE(b.value(QStringLiteral("duration")).toInt(), 30);
    QCOMPARE(b.value(QStringLiteral("eventTypeId")).toInteger(), 20);
    QCOMPARE(b.value(QStringLiteral("eventType")).toObject(),
        (QJsonObject {
            { QStringLiteral("id"), 20 }, { QStringLiteral("slug"), QStringLiteral("rr-alice") } }));
    const QJsonArray hosts = b.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts[0].toObject().value(QStringLiteral("id")).toInteger(), 2);
    QCOMPARE(
        hosts[0].toObject().value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(hosts[0].toObject().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    const QJsonObject attendee = b.value(QStringLiteral("attendees")).toArray()[0].toObject();
    QCOMPARE(attendee.value(QStringLiteral("name")).toString(), QStringLiteral("Kundin"));
    QCOMPARE(attendee.value(QStringLiteral("email")).toString(), QStringLiteral("kundin@example.com"));
    QCOMPARE(attendee.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(attendee.value(QStringLiteral("absent")).toBool(true), false);
    QCOMPARE(b.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("salonPhaseId")).toString(),
        QStringLiteral("269"));
    QCOMPARE(b.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-11-25T10:00:00.000Z"));
    QCOMPARE(b.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2026-11-25T10:00:00.000Z"));
    QCOMPARE(b.value(QStringLiteral("bookingFieldsResponses"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
        QStringLiteral("kundin@example.com"));
    QCOMPARE(m_server->state().bookings.size(), 1);
    QCOMPARE(m_server->state().bookings[0], b);
    // The managed child is what gets booked; its owner hosts.
    const HttpResult child = book(bookingBody(24, at(11)));
    QCOMPARE(child.status, 201);
    QCOMPARE(child.data()[QStringLiteral("hosts")][0][QStringLiteral("id")].toInteger(), 2);
    // Booking needs no key.
    m_client->setApiKey({});
    QCOMPARE(book(bookingBody(25, at(12))).status, 201);
}

void TestSandboxBookings::createByUserSlug()
{
    QJsonObject body = bookingBody(0, at(9));
    body.remove(QStringLiteral("eventTypeId"));
    body.insert(QStringLiteral("eventTypeSlug"), QStringLiteral("bob-personal"));
    body.insert(QStringLiteral("username"), QStringLiteral("bob"));
    HttpResult r = book(body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().toObject().value(QStringLiteral("eventTypeId")).toInteger(), 25);
    body.insert(QStringLiteral("username"), QStringLiteral("alice"));
    r = book(body);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("Event type with slug bob-personal belonging to user alice not found."));
    body.remove(QStringLiteral("username"));
    body.insert(QStringLiteral("eventTypeSlug"), QStringLiteral("rr-alice"));
    body.insert(QStringLiteral("teamSlug"), QStringLiteral("salon"));
    r = book(body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().toObject().value(QStringLiteral("eventTypeId")).toInteger(), 20);
}

void TestSandboxBookings::unknownFieldsRejectedFirst()
{
    QJsonObject body = bookingBody(999, at(9)); // also an unknown event type: the pipe runs first
    body.insert(QStringLiteral("responses"), QJsonObject());
    const HttpResult r = book(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequestException"));
    QCOMPARE(
        r.errorMessage(), QStringLiteral("responses property is wrong,property responses should not exist "));
    body.insert(QStringLiteral("end"), at(10));
    QCOMPARE(book(body).errorMessage(),
        QStringLiteral("end property is wrong,property end should not exist , "
                       "responses property is wrong,property responses should not exist "));
    QVERIFY(m_server->state().bookings.isEmpty());
}

void TestSandboxBookings::bodyProblems()
{
    HttpResult r = m_client->send(
        "POST", QStringLiteral("/bookings"), QByteArray(), SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(), QStringLiteral("Body is required"));
    r = m_client->send(
        "POST", QStringLiteral("/bookings"), QByteArray("[1,2]"), SandboxTestClient::bookingsVersion());
    QCOMPARE(r.errorMessage(), QStringLiteral("Body should be an object"));
    QJsonObject body = bookingBody(20, QStringLiteral("tomorrow"));
    r = book(body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(QStringLiteral("start property is wrong")));
}

void TestSandboxBookings::eventTypeNotFound()
{
    const HttpResult r = book(bookingBody(999, at(9)));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NotFoundException"));
    QCOMPARE(r.errorMessage(), QStringLiteral("Event type with id 999 not found."));
}

void TestSandboxBookings::managedParentCannotBeBooked()
{
    const HttpResult r = book(bookingBody(23, at(9)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequestException"));
    QCOMPARE(r.errorMessage(),
        QStringLiteral(
            "Event type with id=23 is the parent managed event type that can't be booked. You have to "
            "provide the child event type id aka id of event type that has been assigned to one of the "
            "users."));
    // The incident's log line quotes this text in short.
    QVERIFY(r.errorMessage().contains(QStringLiteral("parent managed event type that can't be booked")));
}

void TestSandboxBookings::teamTypeWithoutHosts422()
{
    const HttpResult r = book(bookingBody(22, at(9)));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("UnprocessableEntityException"));
    QCOMPARE(r.errorMessage(),
        QStringLiteral("Can't book this team event type because it has no hosts. Please, add at "
                       "least 1 host to event type with id=22 belonging to team with id=100 and "
                       "try again."));
}

void TestSandboxBookings::lengthInMinutesRules()
{
    QJsonObject body = bookingBody(20, at(9));
    body.insert(QStringLiteral("lengthInMinutes"), 30);
    HttpResult r = book(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("Can't specify 'lengthInMinutes' because event type does not have multiple "
                       "possible lengths. Please, remove the 'lengthInMinutes' field from the "
                       "request."));
    body = bookingBody(25, at(9));
    body.insert(QStringLiteral("lengthInMinutes"), 45);
    r = book(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("Provided 'lengthInMinutes' is not one of the possible lengths for the "
                       "event type. The possible lengths are: 30, 60"));
    body.insert(QStringLiteral("lengthInMinutes"), 60);
    r = book(body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().toObject().value(QStringLiteral("duration")).toInt(), 60);
    QCOMPARE(r.data().toObject().value(QStringLiteral("end")).toString(),
        QStringLiteral("2026-11-26T10:00:00.000Z"));
}

void TestSandboxBookings::pastStart()
{
    const HttpResult r = book(bookingBody(20, QStringLiteral("2026-11-25T09:59:00Z")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(), QStringLiteral("Attempting to book a meeting in the past."));
    // The injected clock decides what "past" is.
    m_server->clock().setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    QCOMPARE(book(bookingBody(20, QStringLiteral("2026-11-25T09:59:00Z"))).status, 201);
}

void TestSandboxBookings::minimumNotice()
{
    HttpResult r = book(bookingBody(27, QStringLiteral("2026-11-25T11:00:00Z")));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(
        QStringLiteral("The event type can't be booked at the \"start\" time provided.")));
    QCOMPARE(book(bookingBody(27, QStringLiteral("2026-11-25T12:00:00Z"))).status, 201);
}

void TestSandboxBookings::slotTakenTeamAndUser()
{
    QCOMPARE(book(bookingBody(20, at(9))).status, 201);
    // Overlapping [09:15, 09:45) with alice's accepted [09:00, 09:30): taken, on another event type too.
    HttpResult r = book(bookingBody(20, at(9, 15)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequestException"));
    QCOMPARE(r.errorMessage(),
        QStringLiteral("One of the hosts either already has booking at this time or is not available"));
    r = book(bookingBody(24, at(9, 29))); // alice's managed child: a user-owned type
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.errorMessage(), QStringLiteral("User either already has booking at this time or is not available"));
    // Adjacent is free.
    QCOMPARE(book(bookingBody(20, at(9, 30))).status, 201);
    // Other hosts are not affected.
    QCOMPARE(book(bookingBody(25, at(9))).status, 201);
}

void TestSandboxBookings::slotTakenStatusSwitch()
{
    m_server->options().slotTakenStatus = 409;
    QCOMPARE(book(bookingBody(20, at(9))).status, 201);
    const HttpResult r = book(bookingBody(20, at(9)));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("ConflictException"));
    QCOMPARE(r.errorMessage(),
        QStringLiteral("One of the hosts either already has booking at this time or is not available"));
}

void TestSandboxBookings::roundRobinPicksFreeHostAndCollectiveListsOthersAsAttendees()
{
    HttpResult r = book(bookingBody(26, at(9)));
    QCOMPARE(r.data()[QStringLiteral("hosts")][0][QStringLiteral("id")].toInteger(), 2);
    r = book(bookingBody(26, at(9)));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()[QStringLiteral("hosts")][0][QStringLiteral("id")].toInteger(), 3);
    QCOMPARE(book(bookingBody(26, at(9))).status, 400);

    r = book(bookingBody(21, at(14)));
    QCOMPARE(r.status, 201);
    const QJsonArray attendees = r.data().toObject().value(QStringLiteral("attendees")).toArray();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(
        attendees[1].toObject().value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(r.data().toObject().value(QStringLiteral("hosts")).toArray().size(), 1);
    // Collective needs everyone free: bob is now busy at 14:00.
    QCOMPARE(book(bookingBody(25, at(14, 10))).status, 400);
}

void TestSandboxBookings::catalogueOrder()
{
    // A managed parent in the past with lengthInMinutes: the parent check wins.
    QJsonObject body = bookingBody(23, QStringLiteral("2020-01-01T09:00:00Z"));
    body.insert(QStringLiteral("lengthInMinutes"), 30);
    QVERIFY(book(body).errorMessage().contains(QStringLiteral("parent managed event type")));
    // No hosts beats lengthInMinutes and past.
    body.insert(QStringLiteral("eventTypeId"), 22);
    QCOMPARE(book(body).status, 422);
    // lengthInMinutes beats past.
    body.insert(QStringLiteral("eventTypeId"), 20);
    QVERIFY(book(body).errorMessage().startsWith(QStringLiteral("Can't specify 'lengthInMinutes'")));
    body.remove(QStringLiteral("lengthInMinutes"));
    QCOMPARE(book(body).errorMessage(), QStringLiteral("Attempting to book a meeting in the past."));
}

void TestSandboxBookings::listFiltersAndPagination()
{
    QStringList uids;
    for (int hour = 9; hour < 14; ++hour)
        uids << book(
            bookingBody(hour % 2 ? 20 : 26, at(hour),
                hour == 12 ? QStringLiteral("other@example.com") : QStringLiteral("kundin@example.com")))
                    .data()
                    .toObject()
                    .value(QStringLiteral("uid"))
                    .toString();
    const auto list = [this](const QString& query) {
        return m_client->get(QStringLiteral("/bookings") + query, SandboxTestClient::bookingsVersion());
    };
    HttpResult r = list(QString());
    QCOMPARE(r.status, 200);
    QJsonArray data = r.data().toArray();
    QCOMPARE(data.size(), 5);
    QCOMPARE(data[0].toObject().value(QStringLiteral("uid")).toString(), uids[0]); // start ascending
    QJsonObject pagination = r.json().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(pagination.value(QStringLiteral("totalItems")).toInt(), 5);
    QCOMPARE(pagination.value(QStringLiteral("returnedItems")).toInt(), 5);
    QCOMPARE(pagination.value(QStringLiteral("itemsPerPage")).toInt(), 100);
    QCOMPARE(pagination.value(QStringLiteral("currentPage")).toInt(), 1);
    QCOMPARE(pagination.value(QStringLiteral("totalPages")).toInt(), 1);

    QCOMPARE(list(QStringLiteral("?eventTypeId=20")).data().toArray().size(), 3);
    QCOMPARE(list(QStringLiteral("?eventTypeIds=20,26")).data().toArray().size(), 5);
    QCOMPARE(list(QStringLiteral("?attendeeEmail=other@example.com")).data().toArray().size(), 1);
    QCOMPARE(list(QStringLiteral("?afterStart=2026-11-26T10:00:00Z&beforeEnd=2026-11-26T12:30:00Z"))
                 .data()
                 .toArray()
                 .size(),
        3);
    QCOMPARE(list(QStringLiteral("?bookingUid=") + uids[2]).data().toArray().size(), 1);
    QCOMPARE(list(QStringLiteral("?sortStart=desc"))
                 .data()
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("uid"))
                 .toString(),
        uids[4]);

    r = list(QStringLiteral("?take=2&skip=2"));
    data = r.data().toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0].toObject().value(QStringLiteral("uid")).toString(), uids[2]);
    pagination = r.json().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(pagination.value(QStringLiteral("remainingItems")).toInt(), 1);
    QCOMPARE(pagination.value(QStringLiteral("currentPage")).toInt(), 2);
    QCOMPARE(pagination.value(QStringLiteral("totalPages")).toInt(), 3);
    QCOMPARE(pagination.value(QStringLiteral("hasNextPage")).toBool(), true);
    QCOMPARE(pagination.value(QStringLiteral("hasPreviousPage")).toBool(), true);

    // Status: cancel one, move the clock past two.
    QCOMPARE(m_client
                 ->post(QStringLiteral("/bookings/%1/cancel").arg(uids[4]), QJsonObject(),
                     SandboxTestClient::bookingsVersion())
                 .status,
        200);
    m_server->clock().setFixed(QDateTime(QDate(2026, 11, 26), QTime(10, 45), Qt::UTC));
    QCOMPARE(list(QStringLiteral("?status=upcoming")).data().toArray().size(), 2);
    QCOMPARE(list(QStringLiteral("?status=past")).data().toArray().size(), 2);
    QCOMPARE(list(QStringLiteral("?status=cancelled")).data().toArray().size(), 1);
    QCOMPARE(list(QStringLiteral("?status=upcoming,cancelled")).data().toArray().size(), 3);
    r = list(QStringLiteral("?status=unconfirmed"));
    QCOMPARE(r.data().toArray().size(), 0);
    pagination = r.json().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(pagination.value(QStringLiteral("currentPage")).toInt(), 0);
    QCOMPARE(pagination.value(QStringLiteral("totalPages")).toInt(), 0);

    m_server->options().paginationReturnedKey = QStringLiteral("itemsReturned");
    QVERIFY(list(QString()).json()[QStringLiteral("pagination")].toObject().contains(
        QStringLiteral("itemsReturned")));
    // The list needs a key.
    m_client->setApiKey({});
    QCOMPARE(list(QString()).status, 401);
}

void TestSandboxBookings::listVisibility()
{
    QCOMPARE(book(bookingBody(20, at(9))).status, 201); // team type, alice hosts
    QCOMPARE(book(bookingBody(25, at(9))).status, 201); // bob's personal type
    m_client->setApiKey(SandboxFixtures::kMemberKey); // alice: her hosted booking only
    QJsonArray data
        = m_client->get(QStringLiteral("/bookings"), SandboxTestClient::bookingsVersion()).data().toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data[0].toObject().value(QStringLiteral("eventTypeId")).toInteger(), 20);
    m_client->setApiKey(SandboxFixtures::kOutsiderKey);
    QCOMPARE(m_client->get(QStringLiteral("/bookings"), SandboxTestClient::bookingsVersion())
                 .data()
                 .toArray()
                 .size(),
        0);
    m_client->setApiKey(SandboxFixtures::kAdminKey); // team owner: team bookings, not bob's personal one
    data = m_client->get(QStringLiteral("/bookings"), SandboxTestClient::bookingsVersion()).data().toArray();
    QCOMPARE(data.size(), 1);
}

void TestSandboxBookings::teamBookings()
{
    QCOMPARE(book(bookingBody(20, at(9))).status, 201);
    QCOMPARE(book(bookingBody(24, at(11))).status, 201); // managed child of a team parent
    QCOMPARE(book(bookingBody(25, at(9))).status, 201); // personal, not a team booking
    HttpResult r = m_client->get(QStringLiteral("/teams/100/bookings"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toArray().size(), 2);
    QCOMPARE(r.json()[QStringLiteral("pagination")][QStringLiteral("totalItems")].toInt(), 2);
    QCOMPARE(m_client->get(QStringLiteral("/teams/100/bookings?eventTypeId=24")).data().toArray().size(), 1);
    m_client->setApiKey(SandboxFixtures::kMemberKey);
    QCOMPARE(m_client->get(QStringLiteral("/teams/100/bookings")).status, 403);
}

void TestSandboxBookings::getByUid()
{
    const QString uid
        = book(bookingBody(20, at(9))).data().toObject().value(QStringLiteral("uid")).toString();
    m_client->setApiKey({});
    HttpResult r = m_client->get(QStringLiteral("/bookings/") + uid, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("uid")).toString(), uid);
    r = m_client->get(QStringLiteral("/bookings/nope"), SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Booking with uid=nope was not found in the database"));
    // Never a 2024-08-13 booking without the header.
    r = m_client->get(QStringLiteral("/bookings/") + uid);
    QCOMPARE(r.status, 404);
    QVERIFY(!r.body.contains(uid.toLatin1()) || r.errorMessage().startsWith(QStringLiteral("Cannot GET")));
}

void TestSandboxBookings::cancel()
{
    const QString uid
        = book(bookingBody(20, at(9))).data().toObject().value(QStringLiteral("uid")).toString();
    const QString path = QStringLiteral("/bookings/%1/cancel").arg(uid);
    HttpResult r = m_client->post(path,
        QJsonObject { { QStringLiteral("cancellationReason"), QStringLiteral("Krank") } },
        SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(
        r.data().toObject().value(QStringLiteral("cancellationReason")).toString(), QStringLiteral("Krank"));
    QCOMPARE(r.data().toObject().value(QStringLiteral("cancelledByEmail")).toString(),
        QStringLiteral("owner@example.com"));
    QCOMPARE(m_server->state().booking(uid)->value(QStringLiteral("status")).toString(),
        QStringLiteral("cancelled"));
    r = m_client->post(path, QJsonObject(), SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("Can't cancel booking with uid=%1 because it has been cancelled already. "
                       "Please provide uid of a booking that is not cancelled.")
            .arg(uid));
    r = m_client->post(
        QStringLiteral("/bookings/nope/cancel"), QJsonObject(), SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Booking with uid=nope not found"));
    // The cancelled slot is free again.
    QCOMPARE(book(bookingBody(20, at(9))).status, 201);
}

void TestSandboxBookings::cancelBodyIsStrict()
{
    const QString uid
        = book(bookingBody(20, at(9))).data().toObject().value(QStringLiteral("uid")).toString();
    const HttpResult r = m_client->post(QStringLiteral("/bookings/%1/cancel").arg(uid),
        QJsonObject { { QStringLiteral("reason"), QStringLiteral("x") } },
        SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(), QStringLiteral("reason property is wrong,property reason should not exist "));
    QCOMPARE(m_server->state().booking(uid)->value(QStringLiteral("status")).toString(),
        QStringLiteral("accepted"));
}

void TestSandboxBookings::reschedule()
{
    const QString uid
        = book(bookingBody(20, at(9))).data().toObject().value(QStringLiteral("uid")).toString();
    const QString path = QStringLiteral("/bookings/%1/reschedule").arg(uid);
    // Rescheduling onto an overlapping time of the same booking is fine: it is being moved.
    HttpResult r = m_client->post(path,
        QJsonObject { { QStringLiteral("start"), at(9, 15) },
            { QStringLiteral("reschedulingReason"), QStringLiteral("später") } },
        SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 201);
    const QJsonObject fresh = r.data().toObject();
    const QString newUid = fresh.value(QStringLiteral("uid")).toString();
    QVERIFY(newUid != uid);
    QCOMPARE(fresh.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-26T09:15:00.000Z"));
    QCOMPARE(fresh.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-26T09:45:00.000Z"));
    QCOMPARE(fresh.value(QStringLiteral("rescheduledFromUid")).toString(), uid);
    QCOMPARE(fresh.value(QStringLiteral("reschedulingReason")).toString(), QStringLiteral("später"));
    QCOMPARE(fresh.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(
        fresh.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("salonPhaseId")).toString(),
        QStringLiteral("269"));
    const QJsonObject* old = m_server->state().booking(uid);
    QCOMPARE(old->value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(old->value(QStringLiteral("rescheduledToUid")).toString(), newUid);

    r = m_client->post(
        path, QJsonObject { { QStringLiteral("start"), at(15) } }, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        QStringLiteral(
            "Can't reschedule booking with uid=%1 because it has been cancelled and rescheduled already to "
            "booking with uid=%2. You probably want to reschedule %2 instead by passing it within the "
            "request URL.")
            .arg(uid, newUid));
    const QString other
        = book(bookingBody(25, at(9))).data().toObject().value(QStringLiteral("uid")).toString();
    m_client->post(QStringLiteral("/bookings/%1/cancel").arg(other), QJsonObject(),
        SandboxTestClient::bookingsVersion());
    r = m_client->post(QStringLiteral("/bookings/%1/reschedule").arg(other),
        QJsonObject { { QStringLiteral("start"), at(15) } }, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("Can't reschedule booking with uid=%1 because it has been cancelled. Please "
                       "provide uid of a booking that is not cancelled.")
            .arg(other));
    r = m_client->post(QStringLiteral("/bookings/nope/reschedule"),
        QJsonObject { { QStringLiteral("start"), at(15) } }, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), QStringLiteral("Booking with uid=nope was not found in the database"));
    // Slot checks apply to the new time.
    QCOMPARE(book(bookingBody(20, at(16))).status, 201);
    r = m_client->post(QStringLiteral("/bookings/%1/reschedule").arg(newUid),
        QJsonObject { { QStringLiteral("start"), at(16) } }, SandboxTestClient::bookingsVersion());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        QStringLiteral("One of the hosts either already has booking at this time or is not available"));
}

void TestSandboxBookings::slotsFollowDefaultScheduleAndBookings()
{
    const HeaderList v = { { "cal-api-version", "2024-09-04" } };
    m_client->setApiKey({}); // public
    // Thursday in Berlin: 09:00-17:00 in 30-minute slots = 16.
    HttpResult r = m_client->get(
        QStringLiteral("/slots?eventTypeId=20&start=2026-11-26&end=2026-11-26&timeZone=Europe/Berlin"), v);
    QCOMPARE(r.status, 200);
    QJsonArray day = r.data().toObject().value(QStringLiteral("2026-11-26")).toArray();
    QCOMPARE(day.size(), 16);
    QCOMPARE(day[0].toObject().value(QStringLiteral("start")).toString(),
        QStringLiteral("2026-11-26T09:00:00.000+01:00"));
    QVERIFY(!day[0].toObject().contains(QStringLiteral("end")));
    // A booking takes its slot away.
    QCOMPARE(book(bookingBody(20, QStringLiteral("2026-11-26T08:00:00Z"))).status, 201);
    r = m_client->get(
        QStringLiteral(
            "/slots?eventTypeId=20&start=2026-11-26&end=2026-11-26&timeZone=Europe/Berlin&format=range"),
        v);
    day = r.data().toObject().value(QStringLiteral("2026-11-26")).toArray();
    QCOMPARE(day.size(), 15);
    QCOMPARE(day[0].toObject().value(QStringLiteral("start")).toString(),
        QStringLiteral("2026-11-26T09:30:00.000+01:00"));
    QCOMPARE(day[0].toObject().value(QStringLiteral("end")).toString(),
        QStringLiteral("2026-11-26T10:00:00.000+01:00"));
    // Today: now is 11:00 in Berlin, so 11:00-16:30 remain; UTC keys by default.
    r = m_client->get(QStringLiteral("/slots?eventTypeId=20&start=2026-11-25&end=2026-11-25"), v);
    day = r.data().toObject().value(QStringLiteral("2026-11-25")).toArray();
    QCOMPARE(day.size(), 12);
    QCOMPARE(day[0].toObject().value(QStringLiteral("start")).toString(),
        QStringLiteral("2026-11-25T10:00:00.000Z"));
    // Saturday: nothing, as an empty object.
    r = m_client->get(QStringLiteral("/slots?eventTypeId=20&start=2026-11-28&end=2026-11-28"), v);
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().isObject());
    QVERIFY(r.data().toObject().isEmpty());
    // Wrong version, missing bounds.
    QCOMPARE(m_client
                 ->get(QStringLiteral("/slots?eventTypeId=20&start=2026-11-26&end=2026-11-26"),
                     SandboxTestClient::bookingsVersion())
                 .status,
        404);
    QCOMPARE(m_client->get(QStringLiteral("/slots?eventTypeId=20"), v).status, 400);
    QCOMPARE(
        m_client->get(QStringLiteral("/slots?eventTypeId=999&start=2026-11-26&end=2026-11-26"), v).status,
        404);
}

void TestSandboxBookings::slotsRefuseManagedParents()
{
    const HeaderList v = { { "cal-api-version", "2024-09-04" } };
    HttpResult r = m_client->get(QStringLiteral("/slots?eventTypeId=23&start=2026-11-26&end=2026-11-26"), v);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(QStringLiteral("parent managed event type")));
    // The child works and follows its owner's bookings.
    r = m_client->get(
        QStringLiteral("/slots?eventTypeId=24&start=2026-11-26&end=2026-11-26&timeZone=Europe/Berlin"), v);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toObject().value(QStringLiteral("2026-11-26")).toArray().size(), 16);
}

QTEST_MAIN(TestSandboxBookings)
#include "tst_sandbox_bookings.moc"
