// A new appointment's phases follow from its service's segments (AppointmentPhasePlanner), and
// AppointmentStore writes the appointment with its phases and an audit entry in one transaction, on both
// backends; a refused appointment writes nothing.
#include "IncidentDataset.h"
#include "TestDatabase.h"
#include "db/SqlStatement.h"
#include "domain/AppointmentPhasePlanner.h"
#include "domain/AppointmentStore.h"

#include <QTest>

using namespace salon;
using namespace salon::test;

namespace
{

// Staff of the incident dataset (resources/scenarios/incident-salon.json).
const QString kFabian2 = QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c");
const QString kOther = QStringLiteral("00000000-0000-4000-8000-000000000002");

} // namespace

class TestAppointmentPlanner : public QObject
{
    Q_OBJECT
private slots:
    void plannerBuildsConsecutivePhases()
    {
        const QDateTime start(QDate(2030, 11, 26), QTime(9, 0), Qt::UTC);
        const QList<SegmentTemplate> segments = {
            { QStringLiteral("D"), QStringLiteral("Cut"), 4, 30, true },
            { QStringLiteral("A"), QStringLiteral("Apply"), 1, 30, true },
            { QStringLiteral("B"), QStringLiteral("Process"), 2, 45, false },
            { QStringLiteral("C"), QStringLiteral("Wash"), 3, 15, true },
        };
        // Every staff-required segment needs a person; the message names the one missing.
        auto missing = AppointmentPhasePlanner::plan(segments, start, { { QStringLiteral("A"), kFabian2 } });
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("\"C\"")));

        auto phases = AppointmentPhasePlanner::plan(segments, start,
            { { QStringLiteral("A"), kFabian2 }, { QStringLiteral("C"), kOther },
                { QStringLiteral("D"), kFabian2 }, { QStringLiteral("B"), kOther } });
        QVERIFY(phases);
        QCOMPARE(phases->size(), 4);
        QCOMPARE(phases->at(0).segmentKey, QStringLiteral("A")); // position order, not list order
        QCOMPARE(phases->at(0).startsAt, start);
        QCOMPARE(phases->at(1).segmentKey, QStringLiteral("B"));
        QVERIFY(phases->at(1).staffId.isEmpty()); // a gap never gets staff
        QVERIFY(!phases->at(1).staffRequired);
        for (int i = 1; i < phases->size(); ++i)
            QCOMPARE(phases->at(i).startsAt, phases->at(i - 1).endsAt);
        QCOMPARE(phases->last().endsAt, start.addSecs((30 + 45 + 15 + 30) * 60));
        QVERIFY(!AppointmentPhasePlanner::plan({}, start, {})); // a service without segments
    }

    void storeWritesAppointmentWithPhases_data() { TestDatabase::addBackendRows(); }
    void storeWritesAppointmentWithPhases()
    {
        QFETCH(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlDatabase db = database->db();
        const QString imported = importIncidentSalon(db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        const int appointmentsBefore
            = scalar(db, QStringLiteral("SELECT COUNT(*) FROM appointments")).toInt();

        NewAppointment appointment;
        appointment.serviceId = 440;
        appointment.customerName = QStringLiteral("  Erika  ");
        appointment.startsAt = QDateTime(QDate(2030, 12, 2), QTime(9, 0), Qt::UTC);
        appointment.phases = AppointmentPhasePlanner::plan(
            { { QStringLiteral("A"), QStringLiteral("Apply"), 1, 30, true },
                { QStringLiteral("P"), QStringLiteral("Process"), 2, 30, false } },
            appointment.startsAt,
            { { QStringLiteral("A"),
                kFabian2 } }).value();
        auto id = AppointmentStore::insert(db, appointment, QStringLiteral("test"));
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT customer_name FROM appointments WHERE id = ?"), { *id })
                     .toString(),
            QStringLiteral("Erika"));
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ? "
                                    "AND sync_status = 'pending'"),
                     { *id })
                     .toInt(),
            2);
        QVERIFY(scalar(db,
            QStringLiteral("SELECT staff_id FROM appointment_phases WHERE appointment_id = ? AND "
                           "segment_key = 'P'"),
            { *id })
                    .isNull());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ?"),
                     { QStringLiteral("appointments:%1").arg(*id) })
                     .toInt(),
            1);

        // No customer: refused with a reason, and nothing is written.
        appointment.customerName = QStringLiteral(" ");
        const auto refused = AppointmentStore::insert(db, appointment, QStringLiteral("test"));
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM appointments")).toInt(), appointmentsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentPlanner)
#include "tst_appointmentplanner.moc"
