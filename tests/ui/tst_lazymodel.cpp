// The lazy model with 100,000 appointments and 500,000 phases: the count and the rows arrive from the
// worker thread while the GUI thread keeps running its event loop.

#include "TestDatabase.h"
#include "UiTestData.h"
#include "core/tables/StandardTables.h"
#include "ui/models/LazyTableModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace salon;
using namespace salon::ui;
using tables::StandardTables;

namespace
{
constexpr int kAppointments = 100000;
constexpr int kPhasesEach = 5;

// Measures the longest pause between timer ticks on the GUI thread while the test waits.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }
    void reset()
    {
        m_clock.restart();
        m_longest = 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};
} // namespace

class TestLazyModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsInTheBackground();
    void placeholdersThenRows();
    void sortAndFilterInSql();
    void phasesTableWithHalfAMillionRows();
    void viewScrollsWithoutLoadingEverything();
    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
    }

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DatabaseSession> m_session;
};

void TestLazyModel::initTestCase()
{
    QString error;
    m_db = test::TestDatabase::create(QStringLiteral("sqlite"), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(test::seedSalon(m_db->db()));
    QSqlDatabase db = m_db->db();
    QVERIFY(db.transaction());
    QSqlQuery appointment(db);
    QVERIFY(appointment.prepare(
        QStringLiteral("INSERT INTO appointments (id, service_id, customer_name, "
                       "customer_email, starts_at, status, created_at) VALUES (?, 440, ?, '', "
                       "?, ?, ?)")));
    QSqlQuery phase(db);
    QVERIFY(
        phase.prepare(QStringLiteral("INSERT INTO appointment_phases (appointment_id, segment_key, staff_id, "
                                     "staff_required, starts_at, ends_at, sync_status, updated_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?)")));
    const QDateTime base(QDate(2030, 1, 1), QTime(8, 0), Qt::UTC);
    const QString keys = QStringLiteral("ABCDE");
    const QStringList statuses
        = { QStringLiteral("pending"), QStringLiteral("synced"), QStringLiteral("failed") };
    for (int i = 1; i <= kAppointments; ++i) {
        const QDateTime start = base.addSecs(qint64(i) * 900);
        appointment.bindValue(0, 1000 + i);
        appointment.bindValue(1, QStringLiteral("Customer %1").arg(i, 6, 10, QLatin1Char('0')));
        appointment.bindValue(2, start.toString(Qt::ISODateWithMs));
        appointment.bindValue(3, i % 10 == 0 ? QStringLiteral("cancelled") : QStringLiteral("scheduled"));
        appointment.bindValue(4, start.toString(Qt::ISODateWithMs));
        QVERIFY(appointment.exec());
        for (int p = 0; p < kPhasesEach; ++p) {
            phase.bindValue(0, 1000 + i);
            phase.bindValue(1, QString(keys.at(p)));
            phase.bindValue(2, p == 1 ? QVariant(QMetaType::fromType<QString>()) : QVariant(test::kFabian));
            phase.bindValue(3, p != 1);
            phase.bindValue(4, start.addSecs(p * 600).toString(Qt::ISODateWithMs));
            phase.bindValue(5, start.addSecs(p * 600 + 600).toString(Qt::ISODateWithMs));
            phase.bindValue(6, statuses.at((i + p) % 3));
            phase.bindValue(7, start.toString(Qt::ISODateWithMs));
            QVERIFY(phase.exec());
        }
    }
    QVERIFY(db.commit());
    m_session = std::make_unique<DatabaseSession>(m_db->url());
}

void TestLazyModel::countsInTheBackground()
{
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    LazyTableModel model(StandardTables::appointments(), m_session.get());
    // The constructor only posts work: nothing is known yet, and it returned at once.
    QVERIFY(clock.elapsed() < 500);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isCountKnown());
    QSignalSpy counted(&model, &LazyTableModel::countChanged);
    QVERIFY(counted.wait(30000));
    QCOMPARE(counted.at(0).at(0).toInt(), kAppointments + 1);
    QCOMPARE(model.rowCount(), kAppointments + 1);
    QVERIFY2(meter.longestMs() < 250,
        qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(meter.longestMs())));
}

void TestLazyModel::placeholdersThenRows()
{
    LazyTableModel model(StandardTables::appointments(), m_session.get());
    QVERIFY(test::waitUntilLoaded(model));
    const int far = 73456;
    StallMeter meter;
    // A row far away is a placeholder at first and asks for its chunk...
    QVERIFY(!model.isRowLoaded(far));
    QCOMPARE(model.data(model.index(far, 0)).toString(), QStringLiteral("…"));
    QCOMPARE(model.data(model.index(far, 0), LazyTableModel::RowLoadedRole).toBool(), false);
    QSignalSpy loaded(&model, &LazyTableModel::rowsLoaded);
    // ...which arrives later without the GUI thread waiting for it.
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(far), 20000);
    QVERIFY(loaded.count() >= 1);
    // Ordered by id: row 0 is appointment 763, then 1001, 1002, ...
    QCOMPARE(model.data(model.index(far, 0)).toInt(), 1000 + far);
    QCOMPARE(model.data(model.index(far, 2)).toString(),
        QStringLiteral("Customer %1").arg(far, 6, 10, QLatin1Char('0')));
    QCOMPARE(model.data(model.index(far, 6)).toInt(), kPhasesEach);
    // Only a few chunks are in memory, not the table.
    QVERIFY(model.loadedRowCount() <= 4 * model.chunkSize());
    QVERIFY2(meter.longestMs() < 250,
        qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(meter.longestMs())));
}

void TestLazyModel::sortAndFilterInSql()
{
    LazyTableModel model(StandardTables::appointments(), m_session.get());
    QVERIFY(test::waitUntilLoaded(model));
    model.sort(2, Qt::DescendingOrder);
    QVERIFY(test::waitUntilLoaded(model));
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("Erika Mustermann"));
    QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("Customer 100000"));
    model.setQuickFilter(2); // cancelled
    QVERIFY(test::waitUntilLoaded(model));
    QCOMPARE(model.rowCount(), kAppointments / 10);
    model.setQuickFilter(-1);
    model.setSearchText(QStringLiteral("Customer 09999"));
    QVERIFY(test::waitUntilLoaded(model));
    QCOMPARE(model.rowCount(), 10); // 099990..099999
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("Customer 099999"));
}

void TestLazyModel::phasesTableWithHalfAMillionRows()
{
    StallMeter meter;
    LazyTableModel model(StandardTables::phases(), m_session.get());
    QVERIFY(test::waitUntilLoaded(model, 60000));
    QCOMPARE(model.rowCount(), kAppointments * kPhasesEach);
    model.setQuickFilter(3); // failed
    QVERIFY(test::waitUntilLoaded(model, 60000));
    const int failed = model.rowCount();
    QVERIFY(failed > kAppointments && failed < 2 * kAppointments);
    QCOMPARE(
        model.data(model.index(0, 7), LazyTableModel::StoredValueRole).toString(), QStringLiteral("failed"));
    // The last row too: fetched by offset, not by loading everything before it.
    model.data(model.index(failed - 1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(failed - 1), 30000);
    QCOMPARE(model.data(model.index(failed - 1, 7), LazyTableModel::StoredValueRole).toString(),
        QStringLiteral("failed"));
    QVERIFY2(meter.longestMs() < 250,
        qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(meter.longestMs())));
}

void TestLazyModel::viewScrollsWithoutLoadingEverything()
{
    LazyTableModel model(StandardTables::phases(), m_session.get());
    QTableView view;
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(test::waitUntilLoaded(model, 60000));
    StallMeter meter;
    for (int step = 1; step <= 10; ++step) {
        view.scrollTo(model.index(step * 45000, 0));
        QTest::qWait(20);
    }
    const int last = model.index(10 * 45000, 0).row();
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(last), 30000);
    // Skipped-over chunks were dropped from the wish list; the cache stays small.
    QVERIFY(model.loadedRowCount() < 20 * model.chunkSize());
    QVERIFY2(meter.longestMs() < 300,
        qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(meter.longestMs())));
}

QTEST_MAIN(TestLazyModel)
#include "tst_lazymodel.moc"
