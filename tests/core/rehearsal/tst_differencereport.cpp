// "What would change", without I/O: Cal.com states (event types created/changed/deleted, bookings
// created/cancelled/moved, by staff member), salon datasets (staff, services, event map, appointments,
// phases), and the text and CSV exports.
#include "rehearsal/CalcomStateDiff.h"
#include "rehearsal/DatasetDiff.h"
#include "rehearsal/DifferenceReport.h"

#include <QJsonArray>
#include <QTest>

using namespace salon;
using namespace salon::rehearsal;
using Record = ChangeRecord;

namespace
{

QJsonObject user(qint64 id, const QString& name)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("username"), name.toLower() },
        { QStringLiteral("name"), name } };
}

QJsonObject teamType(qint64 id, const QString& title, qint64 host, int minutes = 30)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("teamId"), 1 },
        { QStringLiteral("ownerId"), QJsonValue() }, { QStringLiteral("parentEventTypeId"), QJsonValue() },
        { QStringLiteral("title"), title }, { QStringLiteral("slug"), title.toLower() },
        { QStringLiteral("lengthInMinutes"), minutes }, { QStringLiteral("hidden"), true },
        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
        { QStringLiteral("hosts"),
            QJsonArray {
                QJsonObject { { QStringLiteral("userId"), host }, { QStringLiteral("mandatory"), true },
                    { QStringLiteral("priority"), QStringLiteral("high") } } } } };
}

QJsonObject booking(const QString& uid, qint64 eventType, qint64 host, const QString& start,
    const QString& status = QStringLiteral("accepted"))
{
    return QJsonObject { { QStringLiteral("id"), uid.size() }, { QStringLiteral("uid"), uid },
        { QStringLiteral("status"), status }, { QStringLiteral("start"), start },
        { QStringLiteral("end"), start }, { QStringLiteral("eventTypeId"), eventType },
        { QStringLiteral("eventType"),
            QJsonObject {
                { QStringLiteral("id"), eventType }, { QStringLiteral("slug"), QStringLiteral("cut") } } },
        { QStringLiteral("hosts"), QJsonArray { QJsonObject { { QStringLiteral("id"), host } } } } };
}

QJsonObject state(const QJsonArray& eventTypes, const QJsonArray& bookings)
{
    return QJsonObject { { QStringLiteral("users"),
                             QJsonArray { user(1, QStringLiteral("Ann")), user(2, QStringLiteral("Bob")) } },
        { QStringLiteral("eventTypes"), eventTypes }, { QStringLiteral("bookings"), bookings } };
}

const Record* find(const QList<Record>& records, Record::Kind kind, const QString& id)
{
    for (const Record& r : records)
        if (r.kind == kind && r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestDifferenceReport : public QObject
{
    Q_OBJECT
private slots:
    void identicalStatesShowNothing();
    void eventTypesByStaffMember();
    void bookingsCreatedCancelledMoved();
    void datasetsByStaffMember();
    void textAndCsv();
};

void TestDifferenceReport::identicalStatesShowNothing()
{
    const QJsonObject s = state({ teamType(10, QStringLiteral("Cut"), 1) },
        { booking(QStringLiteral("b1"), 10, 1, QStringLiteral("2030-11-25T09:00:00.000Z")) });
    QVERIFY(CalcomStateDiff::compare(s, s).isEmpty());
    SalonDataset d;
    d.staff.append(StaffMember { QStringLiteral("s1"), QStringLiteral("Ann"), {}, 1, {}, true });
    QVERIFY(DatasetDiff::compare(d, d).isEmpty());
}

void TestDifferenceReport::eventTypesByStaffMember()
{
    const QJsonObject before
        = state({ teamType(10, QStringLiteral("Cut"), 1), teamType(11, QStringLiteral("Dye"), 2) }, {});
    QJsonObject longer = teamType(10, QStringLiteral("Cut"), 1, 45);
    longer.insert(QStringLiteral("hosts"),
        QJsonArray { QJsonObject { { QStringLiteral("userId"), 2 }, { QStringLiteral("mandatory"), true },
            { QStringLiteral("priority"), QStringLiteral("high") } } });
    const QJsonObject after = state({ longer, teamType(12, QStringLiteral("Wash"), 2) }, {});
    const QList<Record> records = CalcomStateDiff::compare(before, after);
    QCOMPARE(records.size(), 3);
    const Record* changed = find(records, Record::Kind::EventType, QStringLiteral("10"));
    QVERIFY(changed);
    QCOMPARE(changed->change, Record::Change::Changed);
    QVERIFY2(changed->details.contains(QStringLiteral("lengthInMinutes: 30 → 45")),
        qPrintable(changed->details.join(u'|')));
    QVERIFY2(
        changed->details.contains(QStringLiteral("hosts: Ann (mandatory, high) → Bob (mandatory, high)")),
        qPrintable(changed->details.join(u'|')));
    QCOMPARE(find(records, Record::Kind::EventType, QStringLiteral("11"))->change, Record::Change::Deleted);
    const Record* created = find(records, Record::Kind::EventType, QStringLiteral("12"));
    QCOMPARE(created->change, Record::Change::Created);
    QCOMPARE(created->staff, QStringLiteral("Bob"));
    QCOMPARE(created->area, Record::Area::Calcom);
}

void TestDifferenceReport::bookingsCreatedCancelledMoved()
{
    const QJsonObject before = state({ teamType(10, QStringLiteral("Cut"), 1) },
        { booking(QStringLiteral("keep"), 10, 1, QStringLiteral("2030-11-25T09:00:00.000Z")),
            booking(QStringLiteral("cancel"), 10, 1, QStringLiteral("2030-11-25T10:00:00.000Z")),
            booking(QStringLiteral("move"), 10, 1, QStringLiteral("2030-11-25T11:00:00.000Z")) });
    QJsonObject cancelled = booking(QStringLiteral("cancel"), 10, 1,
        QStringLiteral("2030-11-25T10:00:00.000Z"), QStringLiteral("cancelled"));
    cancelled.insert(QStringLiteral("cancellationReason"), QStringLiteral("ill"));
    QJsonObject movedAway = booking(QStringLiteral("move"), 10, 1, QStringLiteral("2030-11-25T11:00:00.000Z"),
        QStringLiteral("cancelled"));
    movedAway.insert(QStringLiteral("rescheduledToUid"), QStringLiteral("moved"));
    QJsonObject moved = booking(QStringLiteral("moved"), 10, 1, QStringLiteral("2030-11-26T11:00:00.000Z"));
    moved.insert(QStringLiteral("rescheduledFromUid"), QStringLiteral("move"));
    const QJsonObject after = state({ teamType(10, QStringLiteral("Cut"), 1) },
        { booking(QStringLiteral("keep"), 10, 1, QStringLiteral("2030-11-25T09:00:00.000Z")), cancelled,
            movedAway, moved,
            booking(QStringLiteral("new"), 10, 2, QStringLiteral("2030-11-27T09:00:00.000Z")) });
    const QList<Record> records = CalcomStateDiff::compare(before, after);
    QCOMPARE(records.size(), 3); // the reschedule is one move, not a cancel plus a create
    QCOMPARE(
        find(records, Record::Kind::Booking, QStringLiteral("cancel"))->change, Record::Change::Cancelled);
    QVERIFY(find(records, Record::Kind::Booking, QStringLiteral("cancel"))
                ->details.contains(QStringLiteral("cancellationReason: ill")));
    const Record* move = find(records, Record::Kind::Booking, QStringLiteral("move → moved"));
    QVERIFY(move);
    QCOMPARE(move->change, Record::Change::Moved);
    QCOMPARE(move->details.first(), QStringLiteral("start: 2030-11-25 11:00 UTC → 2030-11-26 11:00 UTC"));
    const Record* created = find(records, Record::Kind::Booking, QStringLiteral("new"));
    QCOMPARE(created->change, Record::Change::Created);
    QCOMPARE(created->staff, QStringLiteral("Bob"));
}

void TestDifferenceReport::datasetsByStaffMember()
{
    SalonDataset before;
    before.staff.append(
        StaffMember { QStringLiteral("s1"), QStringLiteral("Ann"), {}, 1, QStringLiteral("ann"), true });
    Service service;
    service.id = 440;
    service.name = QStringLiteral("Colour");
    service.segments.append(ServiceSegment { 1, QStringLiteral("A"), QStringLiteral("Apply"), 1, 30, true });
    before.services.append(service);
    before.eventMaps.append(
        EventMapEntry { 1, 440, QStringLiteral("A"), QStringLiteral("s1"), 100, {}, {}, {}, {} });
    Appointment appointment;
    appointment.id = 763;
    appointment.serviceId = 440;
    appointment.customerName = QStringLiteral("Kim");
    AppointmentPhase phase;
    phase.id = 269;
    phase.appointmentId = 763;
    phase.segmentKey = QStringLiteral("A");
    phase.staffId = QStringLiteral("s1");
    phase.syncStatus = SyncStatus::Failed;
    phase.syncError = QString(200, u'x');
    appointment.phases.append(phase);
    before.appointments.append(appointment);

    SalonDataset after = before;
    after.eventMaps.first().id = 2; // deleted and inserted again: the same row to people
    after.eventMaps.first().eventTypeId = 200;
    after.appointments.first().phases.first().syncStatus = SyncStatus::Synced;
    after.appointments.first().phases.first().calcomBookingUid = QStringLiteral("uid-1");
    after.appointments.first().phases.first().syncError.clear();
    after.services.first().staffIds.append(QStringLiteral("s1"));

    const QList<Record> records = DatasetDiff::compare(before, after);
    QCOMPARE(records.size(), 3);
    const Record* map = find(records, Record::Kind::EventMap, QStringLiteral("440/A/s1"));
    QVERIFY(map);
    QCOMPARE(map->change, Record::Change::Changed);
    QCOMPARE(map->staff, QStringLiteral("Ann"));
    QCOMPARE(map->details, QStringList { QStringLiteral("eventTypeId: 100 → 200") });
    const Record* synced = find(records, Record::Kind::Phase, QStringLiteral("269"));
    QVERIFY(synced->details.contains(QStringLiteral("syncStatus: failed → synced")));
    QVERIFY(synced->details.contains(QStringLiteral("calcomBookingUid: – → uid-1")));
    const QString error = synced->details.last();
    QVERIFY2(error.startsWith(QStringLiteral("syncError: xxx")) && error.contains(QStringLiteral("… → –")),
        qPrintable(error));
    QVERIFY(find(records, Record::Kind::Service, QStringLiteral("440"))
                ->details.contains(QStringLiteral("performer added: Ann")));
}

void TestDifferenceReport::textAndCsv()
{
    DifferenceReport report;
    report.calcomCompared = true;
    report.databaseCompared = true;
    report.calcom = CalcomStateDiff::compare(
        state({}, {}), state({ teamType(12, QStringLiteral("Wash, \"short\""), 2) }, {}));
    QCOMPARE(report.count(Record::Area::Calcom, Record::Kind::EventType, Record::Change::Created), 1);
    const QString text = report.toText();
    QVERIFY2(
        text.contains(QStringLiteral("  Bob\n    event type 12 created: Wash, \"short\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("database (real → rehearsal copy):\n  nothing")), qPrintable(text));
    const QString csv = report.toCsv();
    QVERIFY2(
        csv.startsWith(QStringLiteral("area,staff,kind,change,id,subject,details\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("calcom,Bob,event-type,created,12,\"Wash, \"\"short\"\"\",")),
        qPrintable(csv));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("calcom"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("change"))
                 .toString(),
        QStringLiteral("created"));
    QVERIFY(json.value(QStringLiteral("database")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDifferenceReport)
#include "tst_differencereport.moc"
