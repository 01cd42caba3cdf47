// The table models against a fresh, migrated database: sorting, filtering and searching in SQL, edits
// validated and written (core's TableWriter) with an audit entry, deletes that check what depends on a row,
// CSV export (CsvExportJob), findings laid over rows (FindingsProxyModel), and rows written elsewhere
// showing up without a refresh. Every model runs under QAbstractItemModelTester.

#include "TestDatabase.h"
#include "UiTestData.h"
#include "core/db/DatabaseSession.h"
#include "core/db/SqlStatement.h"
#include "core/db/SqlTime.h"
#include "core/domain/AppointmentAccess.h"
#include "core/domain/AppointmentPhasePlanner.h"
#include "core/domain/AppointmentStore.h"
#include "core/tables/ColumnValidator.h"
#include "core/tables/StandardTables.h"
#include "core/tables/TableQuery.h"
#include "ui/models/CsvExportJob.h"
#include "ui/models/CsvWriter.h"
#include "ui/models/FindingsProxyModel.h"
#include "ui/models/LazyTableModel.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;
using namespace salon::tables;
using salon::test::scalar;

class TestTableModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void countsAndLoadsRows();
    void sortsInSql();
    void searchesWithBoundText();
    void searchTreatsWildcardsLiterally();
    void quickFilterAndColumnSearch();
    void editWritesRowAndAudit();
    void badValuesAreRefused();
    void duplicateSegmentKeyIsRefused();
    void poisonedChildIdIsRefused();
    void insertValidatesUuidAndAudits();
    void deleteIsBlockedByDependents();
    void deleteCascadesAndRemovesOneRow();
    void exportsCsv();
    void findingsColourRows();
    void storeWritesAppointmentWithPhases();
    void rowsChangedElsewhereShowWithoutRefresh();

private:
    std::unique_ptr<LazyTableModel> model(TableSpec spec);
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DatabaseSession> m_session;
};

void TestTableModels::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_db = test::TestDatabase::create(backend, &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(test::seedSalon(m_db->db()));
    m_session = std::make_unique<DatabaseSession>(m_db->url());
    QVERIFY(test::waitUntilWatching(*m_session));
}

void TestTableModels::cleanup()
{
    m_session.reset();
    m_db.reset();
}

std::unique_ptr<LazyTableModel> TestTableModels::model(TableSpec spec)
{
    auto result = std::make_unique<LazyTableModel>(std::move(spec), m_session.get());
    result->setActor(QStringLiteral("test"));
    test::checkModel(result.get());
    return result;
}

void TestTableModels::countsAndLoadsRows()
{
    auto services = model(StandardTables::services());
    QVERIFY(!services->isCountKnown());
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 3);
    QCOMPARE(services->columnCount(), 6);
    // Default order is by key: 440 first; the segment count comes from a subquery.
    QCOMPARE(services->data(services->index(0, 0)).toInt(), 440);
    QCOMPARE(services->data(services->index(0, 1)).toString(), QStringLiteral("Ansatzfärbung"));
    QCOMPARE(services->data(services->index(0, 5)).toInt(), 4);
    QCOMPARE(services->data(services->index(0, 3), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(services->data(services->index(1, 3), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // A lookup column shows the name but keeps the stored key.
    auto segments = model(StandardTables::segments());
    QVERIFY(test::waitUntilLoaded(*segments));
    QCOMPARE(segments->rowCount(), 5);
    QCOMPARE(segments->data(segments->index(0, 1)).toString(), QStringLiteral("Ansatzfärbung"));
    QCOMPARE(segments->data(segments->index(0, 1), LazyTableModel::StoredValueRole).toInt(), 440);
}

void TestTableModels::sortsInSql()
{
    auto services = model(StandardTables::services());
    QVERIFY(test::waitUntilLoaded(*services));
    services->sort(1, Qt::DescendingOrder);
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->data(services->index(0, 1)).toString(), QStringLiteral("Cut 100%"));
    QCOMPARE(services->data(services->index(2, 1)).toString(), QStringLiteral("Ansatzfärbung"));
    services->sort(2, Qt::AscendingOrder); // duration
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->data(services->index(0, 0)).toInt(), 444);
    QCOMPARE(services->data(services->index(2, 0)).toInt(), 440);
}

void TestTableModels::searchesWithBoundText()
{
    auto staff = model(StandardTables::staff());
    QVERIFY(test::waitUntilLoaded(*staff));
    QCOMPARE(staff->rowCount(), 2);
    staff->setSearchText(QStringLiteral("weber"));
    QVERIFY(test::waitUntilLoaded(*staff));
    QCOMPARE(staff->rowCount(), 1);
    QCOMPARE(staff->data(staff->index(0, 1)).toString(), QStringLiteral("Mia Weber"));
    // Text that would break a spliced statement is just text.
    staff->setSearchText(QStringLiteral("x' OR 1=1 --"));
    QVERIFY(test::waitUntilLoaded(*staff));
    QCOMPARE(staff->rowCount(), 0);
    staff->setSearchText(QString());
    QVERIFY(test::waitUntilLoaded(*staff));
    QCOMPARE(staff->rowCount(), 2);
}

void TestTableModels::searchTreatsWildcardsLiterally()
{
    QCOMPARE(TableQuery::likePattern(QStringLiteral("100%_a\\")), QStringLiteral("%100\\%\\_a\\\\%"));
    auto services = model(StandardTables::services());
    services->setSearchText(QStringLiteral("100%"));
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 1);
    services->setSearchText(QStringLiteral("%"));
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 1);
}

void TestTableModels::quickFilterAndColumnSearch()
{
    auto services = model(StandardTables::services());
    services->setQuickFilter(0); // active only
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 2);
    services->setQuickFilter(2); // composite only
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 1);
    services->setQuickFilter(-1);

    // "44" is in every id but in no name: a search limited to the name column finds nothing.
    services->setSearchText(QStringLiteral("44"));
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 3);
    services->setSearchColumn(1);
    QVERIFY(test::waitUntilLoaded(*services));
    QCOMPARE(services->rowCount(), 0);

    auto segments = model(StandardTables::segments());
    segments->setFixedFilter({ QStringLiteral("of 442"), QStringLiteral("t.service_id = ?"), { 442 } });
    QVERIFY(test::waitUntilLoaded(*segments));
    QCOMPARE(segments->rowCount(), 1);
}

void TestTableModels::editWritesRowAndAudit()
{
    auto services = model(StandardTables::services());
    QVERIFY(test::waitUntilLoaded(*services));
    QSignalSpy written(services.get(), &LazyTableModel::writeSucceeded);
    QSignalSpy reset(services.get(), &QAbstractItemModel::modelReset);
    QVERIFY(services->setData(services->index(1, 2), QStringLiteral("45")));
    QVERIFY(written.wait(10000));
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT duration_minutes FROM services WHERE id = 442")).toInt(),
        45);
    QCOMPARE(services->data(services->index(1, 2)).toInt(), 45);
    QCOMPARE(reset.count(), 0); // only the row changed, no reload

    QVERIFY(services->setData(services->index(1, 4), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(written.wait(10000));
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT active FROM services WHERE id = 442")).toBool(), false);

    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = 'services:442' AND "
                                "action = 'update' AND actor = 'test'"))
                 .toInt(),
        2);
    const QString before
        = scalar(m_db->db(), QStringLiteral("SELECT before_json FROM audit_log ORDER BY id LIMIT 1"))
              .toString();
    const QString after
        = scalar(m_db->db(), QStringLiteral("SELECT after_json FROM audit_log ORDER BY id LIMIT 1"))
              .toString();
    QVERIFY2(before.contains(QStringLiteral("\"duration_minutes\":30")), qPrintable(before));
    QVERIFY2(after.contains(QStringLiteral("\"duration_minutes\":45")), qPrintable(after));

    // The event map stamps updated_at on every write.
    auto map = model(StandardTables::eventMap());
    QVERIFY(test::waitUntilLoaded(*map));
    QSignalSpy mapWritten(map.get(), &LazyTableModel::writeSucceeded);
    const int row = map->rowOfKey(1);
    QVERIFY(row >= 0);
    QVERIFY(map->setData(map->index(row, 4), QStringLiteral("3985599")));
    QVERIFY(mapWritten.wait(10000));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE id = 1"))
                 .toLongLong(),
        qlonglong(3985599));
    QVERIFY(fromSqlTime(
                scalar(m_db->db(), QStringLiteral("SELECT updated_at FROM calcom_event_map WHERE id = 1")))
        != QDateTime(QDate(2030, 11, 25), QTime(8, 0), Qt::UTC));
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = 'calcom_event_map:1'"))
                 .toInt(),
        1);
}

void TestTableModels::badValuesAreRefused()
{
    auto services = model(StandardTables::services());
    QVERIFY(test::waitUntilLoaded(*services));
    QSignalSpy rejected(services.get(), &LazyTableModel::editRejected);
    QVERIFY(!services->setData(services->index(0, 2), QStringLiteral("0")));
    QVERIFY(!services->setData(services->index(0, 2), QStringLiteral("-5")));
    QVERIFY(!services->setData(services->index(0, 2), QStringLiteral("abc")));
    QVERIFY(!services->setData(services->index(0, 1), QStringLiteral("   ")));
    QCOMPARE(rejected.count(), 4);
    QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("at least 1")));
    QVERIFY(rejected.at(2).at(0).toString().contains(QStringLiteral("whole number")));
    QVERIFY(!services->setData(services->index(0, 0), QStringLiteral("9"))); // the id is read-only
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT duration_minutes FROM services WHERE id = 440")).toInt(),
        135);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);

    // Cal.com ids must be above zero; an optional one may be emptied.
    auto staff = model(StandardTables::staff());
    QVERIFY(test::waitUntilLoaded(*staff));
    QSignalSpy staffRejected(staff.get(), &LazyTableModel::editRejected);
    const int fabian = staff->rowOfKey(test::kFabian);
    QVERIFY(!staff->setData(staff->index(fabian, 3), QStringLiteral("0")));
    QCOMPARE(staffRejected.count(), 1);
    QSignalSpy written(staff.get(), &LazyTableModel::writeSucceeded);
    QVERIFY(staff->setData(staff->index(fabian, 3), QString()));
    QVERIFY(written.wait(10000));
    QVERIFY(
        scalar(m_db->db(), QStringLiteral("SELECT calcom_user_id FROM staff WHERE id = ?"), { test::kFabian })
            .isNull());

    QVERIFY(!ColumnValidator::isUuid(QStringLiteral("9f47fda1-0000-4000-8000-00000000000")));
    QVERIFY(ColumnValidator::isUuid(test::kMia));
}

void TestTableModels::duplicateSegmentKeyIsRefused()
{
    auto segments = model(StandardTables::segments());
    QVERIFY(test::waitUntilLoaded(*segments));
    QSignalSpy failed(segments.get(), &LazyTableModel::writeFailed);
    const int row = segments->rowOfKey(3); // "C" of service 440
    QVERIFY(row >= 0);
    // Passes the value check, so the cell shows it at once; the write is refused and the cell reverts.
    QVERIFY(segments->setData(segments->index(row, 2), QStringLiteral("A")));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("already used")),
        qPrintable(failed.at(0).at(0).toString()));
    QTRY_COMPARE(segments->data(segments->index(row, 2)).toString(), QStringLiteral("C"));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT segment_key FROM service_segments WHERE id = 3"))
                 .toString(),
        QStringLiteral("C"));
    // The same key in another service is fine.
    QSignalSpy written(segments.get(), &LazyTableModel::writeSucceeded);
    const int other = segments->rowOfKey(5);
    QVERIFY(segments->setData(segments->index(other, 2), QStringLiteral("C")));
    QVERIFY(written.wait(10000));
}

void TestTableModels::poisonedChildIdIsRefused()
{
    auto map = model(StandardTables::eventMap());
    QVERIFY(test::waitUntilLoaded(*map));
    QSignalSpy failed(map.get(), &LazyTableModel::writeFailed);
    const int row = map->rowOfKey(1);
    QVERIFY(map->setData(map->index(row, 5), QStringLiteral("3985540"))); // child = parent
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("MANAGED")));
    QVERIFY(
        scalar(m_db->db(), QStringLiteral("SELECT child_event_type_id FROM calcom_event_map WHERE id = 1"))
            .isNull());
    QTRY_VERIFY(map->data(map->index(row, 5)).toString().isEmpty());

    // A duplicate (service, segment, staff) is named clearly.
    WriteResult result;
    bool done = false;
    map->insertRecord(
        { { QStringLiteral("service_id"), 440 }, { QStringLiteral("segment_key"), QStringLiteral("A") },
            { QStringLiteral("staff_id"), test::kFabian },
            { QStringLiteral("event_type_id"), QStringLiteral("4000000") } },
        [&](const WriteResult& r) {
            result = r;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(result.error.contains(QStringLiteral("already have an event type")), qPrintable(result.error));
}

void TestTableModels::insertValidatesUuidAndAudits()
{
    auto staff = model(StandardTables::staff());
    QVERIFY(test::waitUntilLoaded(*staff));
    QSignalSpy rejected(staff.get(), &LazyTableModel::editRejected);
    staff->insertRecord({ { QStringLiteral("id"), QStringLiteral("not-a-uuid") },
        { QStringLiteral("name"), QStringLiteral("X") } });
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("UUID")));

    QSignalSpy written(staff.get(), &LazyTableModel::writeSucceeded);
    const QString id = QStringLiteral("3F2504E0-4F89-41D3-9A0C-0305E82C3301");
    staff->insertRecord({ { QStringLiteral("id"), id },
        { QStringLiteral("name"), QStringLiteral("Lena Koch") }, { QStringLiteral("email"), QString() },
        { QStringLiteral("calcom_user_id"), QStringLiteral("77") }, { QStringLiteral("active"), true } });
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0).at(0).toString(), id.toLower());
    QTRY_COMPARE(staff->rowCount(), 3);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT name FROM staff WHERE id = ?"), { id.toLower() })
                 .toString(),
        QStringLiteral("Lena Koch"));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT action FROM audit_log WHERE subject = ?"),
                 { QStringLiteral("staff:") + id.toLower() })
                 .toString(),
        QStringLiteral("insert"));

    // Event-map inserts stamp created_at/updated_at.
    auto map = model(StandardTables::eventMap());
    QVERIFY(test::waitUntilLoaded(*map));
    QSignalSpy mapWritten(map.get(), &LazyTableModel::writeSucceeded);
    map->insertRecord({ { QStringLiteral("service_id"), 440 },
        { QStringLiteral("segment_key"), QStringLiteral("D") }, { QStringLiteral("staff_id"), test::kFabian },
        { QStringLiteral("event_type_id"), QStringLiteral("3985549") },
        { QStringLiteral("child_event_type_id"), QString() } });
    QVERIFY(mapWritten.wait(10000));
    QTRY_COMPARE(map->rowCount(), 3);
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE segment_key = 'D' AND "
                                "created_at IS NOT NULL AND child_event_type_id IS NULL"))
                 .toInt(),
        1);
}

void TestTableModels::deleteIsBlockedByDependents()
{
    auto services = model(StandardTables::services());
    QVERIFY(test::waitUntilLoaded(*services));
    QList<DependentCount> counts;
    bool done = false;
    services->countDependents(440, [&](QList<DependentCount> c, QString error) {
        QVERIFY(error.isEmpty());
        counts = c;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(counts.size(), 3); // 4 segments, 1 qualified staff, 2 event-map rows
    // No translator is installed here: the source text's plural form.
    QCOMPARE(counts.at(0).description, QStringLiteral("4 segment(s)"));
    QVERIFY(!counts.at(0).blocksDelete);
    QCOMPARE(counts.at(2).description, QStringLiteral("2 event-map row(s)"));
    QVERIFY(counts.at(2).blocksDelete);

    QSignalSpy failed(services.get(), &LazyTableModel::writeFailed);
    services->deleteRecord(442); // has an appointment
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("1 appointment")),
        qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM services")).toInt(), 3);

    auto staff = model(StandardTables::staff());
    QVERIFY(test::waitUntilLoaded(*staff));
    QSignalSpy staffFailed(staff.get(), &LazyTableModel::writeFailed);
    staff->deleteRecord(test::kFabian);
    QVERIFY(staffFailed.wait(10000));
    QVERIFY(staffFailed.at(0).at(0).toString().contains(QStringLiteral("event-map")));
}

void TestTableModels::deleteCascadesAndRemovesOneRow()
{
    auto services = model(StandardTables::services());
    QVERIFY(test::waitUntilLoaded(*services));
    QSignalSpy written(services.get(), &LazyTableModel::writeSucceeded);
    QSignalSpy removed(services.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(services.get(), &QAbstractItemModel::modelReset);
    services->deleteRecord(444);
    QVERIFY(written.wait(10000));
    QCOMPARE(services->rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM services WHERE id = 444")).toInt(), 0);
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete'")).toInt(),
        1);

    // An appointment goes with its phases.
    NewAppointment appointment;
    appointment.serviceId = 442;
    appointment.customerName = QStringLiteral("Test");
    appointment.startsAt = QDateTime(QDate(2030, 12, 1), QTime(9, 0), Qt::UTC);
    appointment.phases = AppointmentPhasePlanner::plan(
        { { QStringLiteral("A"), QStringLiteral("Cut"), 1, 30, true } }, appointment.startsAt,
        { { QStringLiteral("A"),
            test::kMia } }).value();
    QSqlDatabase db = m_db->db();
    auto id = AppointmentStore::insert(db, appointment, QStringLiteral("test"));
    QVERIFY2(id, id ? "" : qPrintable(id.error()));
    auto appointments = model(StandardTables::appointments());
    QVERIFY(test::waitUntilLoaded(*appointments));
    QSignalSpy appointmentWritten(appointments.get(), &LazyTableModel::writeSucceeded);
    appointments->deleteRecord(id.value());
    QVERIFY(appointmentWritten.wait(10000));
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ?"),
            { id.value() })
            .toInt(),
        0);
}

void TestTableModels::exportsCsv()
{
    QTemporaryDir dir;
    auto services = model(StandardTables::services());
    services->sort(1, Qt::AscendingOrder);
    QVERIFY(test::waitUntilLoaded(*services));
    CsvExportJob job(
        services->access(), services->queryState(), dir.filePath(QStringLiteral("services.csv")));
    QVERIFY(job.waitForFinished(10000));
    QVERIFY2(!job.hasError(), qPrintable(job.errorString()));
    QCOMPARE(job.rowCount(), 3);
    QFile file(dir.filePath(QStringLiteral("services.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("ID,Name,Duration (min),Composite,Active,Segments"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("440,Ansatzfärbung,135,")), qPrintable(lines.at(1)));

    QCOMPARE(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(CsvWriter::escape(QStringLiteral("-5")), QStringLiteral("-5"));
}

void TestTableModels::findingsColourRows()
{
    auto source = model(StandardTables::eventMap());
    QVERIFY(test::waitUntilLoaded(*source));
    FindingsProxyModel map(LazyTableModel::PrimaryKeyRole, QStringLiteral("calcom_event_map"));
    map.setSourceModel(source.get());
    connect(m_session->changes(), &ChangeWatcher::changed, &map, &FindingsProxyModel::forgetChanged);
    test::checkModel(&map);
    const int row = source->rowOfKey(2);
    QVERIFY(!map.data(map.index(row, 0), Qt::BackgroundRole).isValid());
    map.setFindings({ { 2, RowFinding::Severity::Error, QStringLiteral("child equals parent"), {} },
        { 2, RowFinding::Severity::Warning, QStringLiteral("second note"), {} },
        { QVariant(), RowFinding::Severity::Warning, QStringLiteral("about staff"),
            { { QStringLiteral("staff"), test::kMia } } } });
    QVERIFY(map.data(map.index(row, 3), Qt::BackgroundRole).isValid());
    QVERIFY(map.data(map.index(row, 0), Qt::DecorationRole).isValid());
    QCOMPARE(map.data(map.index(row, 2), Qt::ToolTipRole).toString(),
        QStringLiteral("child equals parent\nsecond note"));
    QVERIFY(!map.data(map.index(source->rowOfKey(1), 0), Qt::BackgroundRole).isValid());
    QCOMPARE(map.counts().errors, 1);
    QCOMPARE(map.counts().warnings, 2);

    // A change of a row a finding describes drops it: it may no longer hold.
    QSignalSpy changed(&map, &FindingsProxyModel::findingsChanged);
    QVERIFY(
        runSql(m_db->db(), QStringLiteral("UPDATE staff SET name = 'Mia W.' WHERE id = ?"), { test::kMia }));
    QTRY_COMPARE(map.counts().warnings, 1);
    QCOMPARE(map.counts().errors, 1);
    QVERIFY(runSql(
        m_db->db(), QStringLiteral("UPDATE calcom_event_map SET event_type_id = 3985541 WHERE id = 2")));
    QTRY_COMPARE(map.counts().total(), 0);
    QVERIFY(!map.data(map.index(row, 0), Qt::BackgroundRole).isValid());
    QVERIFY(changed.size() >= 2);
}

// The appointments page's path: AppointmentStore through the model's write worker (the planner and the
// store alone: tests/core/domain).
void TestTableModels::storeWritesAppointmentWithPhases()
{
    NewAppointment appointment;
    appointment.serviceId = 440;
    appointment.customerName = QStringLiteral("  Erika  ");
    appointment.startsAt = QDateTime(QDate(2030, 11, 26), QTime(9, 0), Qt::UTC);
    appointment.phases = AppointmentPhasePlanner::plan(
        { { QStringLiteral("A"), QStringLiteral("Apply"), 1, 30, true },
            { QStringLiteral("B"), QStringLiteral("Process"), 2, 30, false } },
        appointment.startsAt, { { QStringLiteral("A"), test::kFabian } })
                             .value();
    auto appointments = model(StandardTables::appointments());
    QVERIFY(test::waitUntilLoaded(*appointments));
    QCOMPARE(appointments->rowCount(), 1);
    const QString actor = QStringLiteral("test");
    AppointmentAccess access(m_session->worker());
    qint64 id = 0;
    access.create(appointment, actor, this, [&id](Expected<qint64, QString> created) {
        QVERIFY2(created, created ? "" : qPrintable(created.error()));
        id = created.value();
    });
    QTRY_VERIFY_WITH_TIMEOUT(id > 0, 10000);
    // The model was not told: the change watcher reports the new rows and it counts again.
    QTRY_COMPARE(appointments->rowCount(), 2);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT customer_name FROM appointments WHERE id = ?"), { id })
                 .toString(),
        QStringLiteral("Erika"));
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ? "
                                "AND sync_status = 'pending'"),
                 { id })
                 .toInt(),
        2);
    QVERIFY(scalar(m_db->db(),
        QStringLiteral("SELECT staff_id FROM appointment_phases WHERE appointment_id = ? AND "
                       "segment_key = 'B'"),
        { id })
                .isNull());
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ?"),
                 { QStringLiteral("appointments:%1").arg(id) })
                 .toInt(),
        1);
    // No customer, no appointment, nothing written.
    appointment.customerName = QStringLiteral(" ");
    QSqlDatabase db = m_db->db();
    QVERIFY(!AppointmentStore::insert(db, appointment, actor));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM appointments")).toInt(), 2);
}

void TestTableModels::rowsChangedElsewhereShowWithoutRefresh()
{
    auto services = model(StandardTables::services());
    QVERIFY(test::waitUntilLoaded(*services));
    auto segments = model(StandardTables::segments());
    QVERIFY(test::waitUntilLoaded(*segments));
    QSignalSpy reset(services.get(), &QAbstractItemModel::modelReset);
    // Another program renames a service and adds a segment: just those rows are read again.
    QVERIFY(runSql(m_db->db(), QStringLiteral("UPDATE services SET name = 'Colour' WHERE id = 440")));
    QTRY_COMPARE(
        services->data(services->index(services->rowOfKey(440), 1)).toString(), QStringLiteral("Colour"));
    // The segments show the service's name through a join.
    QTRY_COMPARE(
        segments->data(segments->index(segments->rowOfKey(1), 1)).toString(), QStringLiteral("Colour"));
    QVERIFY(runSql(m_db->db(),
        QStringLiteral("INSERT INTO service_segments (id, service_id, segment_key, name, position, "
                       "duration_minutes, staff_required) VALUES (9, 442, 'B', 'Wash', 2, 10, ?)"),
        { true }));
    // The count column of the service (a parent key) and the new segment row.
    QTRY_COMPARE(services->data(services->index(services->rowOfKey(442), 5)).toInt(), 2);
    QTRY_COMPARE(segments->rowCount(), 6);
    QCOMPARE(reset.count(), 0);
    // A deleted row leaves.
    QVERIFY(runSql(m_db->db(), QStringLiteral("DELETE FROM services WHERE id = 444")));
    QTRY_COMPARE(services->rowCount(), 2);
    QCOMPARE(services->rowOfKey(444), -1);
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
