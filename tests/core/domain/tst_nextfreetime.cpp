// Where a new appointment starts by default (NextFreeTime, issue 21): the first quarter hour within the
// salon's working hours at which the chosen staff are free for their steps; the busy steps come from the
// database on both backends, cancelled appointments free their time.
#include "IncidentDataset.h"
#include "TestDatabase.h"
#include "db/SqlStatement.h"
#include "domain/NextFreeTime.h"

#include <QTest>

using namespace salon;
using namespace salon::test;

namespace
{

const QString kFabian2 = QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c"); // incident dataset
const QString kAnna = QStringLiteral("00000000-0000-4000-8000-00000000000a");
const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime berlin(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kBerlin);
}

// Colour: apply (staff), process (no staff), wash (staff): 75 minutes.
const QList<SegmentTemplate> kColour = {
    { QStringLiteral("A"), QStringLiteral("Apply"), 1, 30, true },
    { QStringLiteral("P"), QStringLiteral("Process"), 2, 30, false },
    { QStringLiteral("B"), QStringLiteral("Wash"), 3, 15, true },
};

} // namespace

class TestNextFreeTime : public QObject
{
    Q_OBJECT
private slots:
    void workingHoursWithoutStaff()
    {
        // Wednesday 2 December 2026: the next quarter hour, never before 09:00, ending by 18:00.
        QCOMPARE(NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 2, 10, 20), kBerlin),
            berlin(2026, 12, 2, 10, 30));
        QCOMPARE(NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 2, 10, 30), kBerlin),
            berlin(2026, 12, 2, 10, 30));
        QCOMPARE(NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 2, 5, 55), kBerlin),
            berlin(2026, 12, 2, 9, 0));
        QCOMPARE(NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 2, 16, 45), kBerlin),
            berlin(2026, 12, 2, 16, 45)); // ends 18:00
        QCOMPARE(NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 2, 17, 0), kBerlin),
            berlin(2026, 12, 3, 9, 0));
        QCOMPARE(NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 2, 21, 30), kBerlin),
            berlin(2026, 12, 3, 9, 0)); // never 22:00
        // Saturday evening → Monday morning; the result is in the salon's zone whatever `from` is in.
        const QDateTime monday
            = NextFreeTime::find(kColour, {}, {}, berlin(2026, 12, 5, 17, 10).toUTC(), kBerlin);
        QCOMPARE(monday, berlin(2026, 12, 7, 9, 0));
        QCOMPARE(monday.timeZone(), kBerlin);
        // Longer than a working day: the next working morning.
        const QList<SegmentTemplate> long_
            = { { QStringLiteral("A"), QStringLiteral("All day"), 1, 600, true } };
        QCOMPARE(NextFreeTime::find(long_, {}, {}, berlin(2026, 12, 2, 10, 20), kBerlin),
            berlin(2026, 12, 3, 9, 0));
    }

    void theChosenStaffsStepsMustBeFree()
    {
        const QHash<QString, QString> anna { { QStringLiteral("A"), kAnna }, { QStringLiteral("B"), kAnna } };
        const QDateTime from = berlin(2026, 12, 2, 10, 20);
        // Busy 10:30–11:00: apply at 10:30 or 10:45 overlaps, 11:00 is free.
        const QList<BusyTime> morning { { kAnna, berlin(2026, 12, 2, 10, 30), berlin(2026, 12, 2, 11, 0) } };
        QCOMPARE(NextFreeTime::find(kColour, anna, morning, from, kBerlin), berlin(2026, 12, 2, 11, 0));
        // Busy during the processing time only: Anna serves someone else meanwhile.
        const QList<BusyTime> gap { { kAnna, berlin(2026, 12, 2, 11, 0), berlin(2026, 12, 2, 11, 30) } };
        QCOMPARE(NextFreeTime::find(kColour, anna, gap, from, kBerlin), berlin(2026, 12, 2, 10, 30));
        // Someone else's steps and a staff member not chosen yet do not count.
        const QList<BusyTime> other { { QStringLiteral("x"), berlin(2026, 12, 2, 9, 0),
            berlin(2026, 12, 2, 18, 0) } };
        QCOMPARE(NextFreeTime::find(kColour, anna, other, from, kBerlin), berlin(2026, 12, 2, 10, 30));
        QCOMPARE(NextFreeTime::find(kColour, { { QStringLiteral("A"), QString() } }, morning, from, kBerlin),
            berlin(2026, 12, 2, 10, 30));
        // Booked all day: the next day.
        const QList<BusyTime> allDay { { kAnna, berlin(2026, 12, 2, 9, 0), berlin(2026, 12, 2, 18, 0) } };
        QCOMPARE(NextFreeTime::find(kColour, anna, allDay, from, kBerlin), berlin(2026, 12, 3, 9, 0));
    }

    void readsTheBusyStepsFromTheDatabase_data() { TestDatabase::addBackendRows(); }
    void readsTheBusyStepsFromTheDatabase()
    {
        QFETCH(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlDatabase db = database->db();
        const QString imported = importIncidentSalon(db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        // Appointment 763: Fabian #2 busy 10:00–10:30 and 11:00–12:15 on Monday 25 November 2030 (Berlin).
        const QList<SegmentTemplate> ninety
            = { { QStringLiteral("A"), QStringLiteral("Long"), 1, 90, true } };
        const QHash<QString, QString> fabian { { QStringLiteral("A"), kFabian2 } };
        const QDateTime from = berlin(2030, 11, 25, 9, 0);
        auto busy = NextFreeTime::readBusy(db, { kFabian2 }, from, from.addSecs(12 * 3600));
        QVERIFY2(busy, busy ? "" : qPrintable(busy.error()));
        QCOMPARE(busy->size(), 4);
        auto start = NextFreeTime::read(db, ninety, fabian, from, kBerlin);
        QVERIFY2(start, start ? "" : qPrintable(start.error()));
        QCOMPARE(start.value(), berlin(2030, 11, 25, 12, 15));
        // Another staff member is free at once.
        auto other = NextFreeTime::read(db, ninety, { { QStringLiteral("A"), kAnna } }, from, kBerlin);
        QVERIFY(other);
        QCOMPARE(other.value(), from);
        // A cancelled appointment frees its time.
        QVERIFY(runSql(db, QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE id = 763")));
        start = NextFreeTime::read(db, ninety, fabian, from, kBerlin);
        QVERIFY(start);
        QCOMPARE(start.value(), from);
    }
};

QTEST_GUILESS_MAIN(TestNextFreeTime)
#include "tst_nextfreetime.moc"
