// Import and export on both backends: round trip, idempotence, dry run, and every invalid record
// aborting the import with its JSON path while the database stays exactly as before.
#include "TestDatabase.h"
#include "db/SqlStatement.h"
#include "io/DatasetImporter.h"
#include "io/DatasetJson.h"
#include "io/DatasetReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace salon;
using namespace salon::test;

namespace
{

QByteArray incidentDataset()
{
    QFile file(QStringLiteral(SALON_SOURCE_DIR "/resources/scenarios/incident-salon.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the incident dataset");
    return file.readAll();
}

QByteArray exportJson(const QSqlDatabase& db)
{
    const auto data = DatasetReader(db).read();
    if (!data)
        qFatal("export failed: %s", qPrintable(data.error()));
    return DatasetJson::serialize(*data);
}

// Applies a JSON edit to the incident dataset.
QByteArray edited(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(incidentDataset()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

void setIn(QJsonObject& root, const QString& list, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray items = root.value(list).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    root.insert(list, items);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void roundTripIsIdentical()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));

        const auto parsed = DatasetJson::parse(incidentDataset());
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().toString()));
        const auto report = DatasetImporter(database->db(), QStringLiteral("test")).import(*parsed, false);
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->counts.value(QStringLiteral("eventMaps")).created, 24);
        QCOMPARE(report->counts.value(QStringLiteral("phases")).created, 15);

        const QByteArray first = exportJson(database->db());
        // The export holds what the file held.
        const auto reparsed = DatasetJson::parse(first);
        QVERIFY(reparsed.has_value());
        QCOMPARE(reparsed->eventMaps, parsed->eventMaps);
        QCOMPARE(reparsed->staff, parsed->staff);
        QCOMPARE(reparsed->services, parsed->services);

        // export → import → export is identical, and the re-import changes nothing.
        const auto again = DatasetImporter(database->db(), QStringLiteral("test")).import(*reparsed, false);
        QVERIFY(again.has_value());
        QCOMPARE(again->changes(), 0);
        QCOMPARE(exportJson(database->db()), first);

        // Into a second, empty database: the same export again.
        auto second = TestDatabase::create(backend, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(DatasetImporter(second->db(), QStringLiteral("test")).import(*reparsed, false).has_value());
        QCOMPARE(exportJson(second->db()), first);
    }

    void dryRunWritesNothing()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const auto parsed = DatasetJson::parse(incidentDataset());
        const auto report = DatasetImporter(database->db(), QStringLiteral("test")).import(*parsed, true);
        QVERIFY(report.has_value());
        QVERIFY(report->dryRun);
        QCOMPARE(report->counts.value(QStringLiteral("appointments")).created, 3);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM appointments")).toInt(), 0);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    void importAuditsEventMapChanges()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const auto parsed = DatasetJson::parse(incidentDataset());
        QVERIFY(DatasetImporter(database->db(), QStringLiteral("tester")).import(*parsed, false).has_value());
        QCOMPARE(scalar(database->db(),
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'event-map.import'"))
                     .toInt(),
            24);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT actor FROM audit_log LIMIT 1")).toString(),
            QStringLiteral("tester"));
    }

    void invalidRecordAbortsWithPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not json") << QByteArray("{ \"staff\": [") << QStringLiteral("$");
        QTest::newRow("missing field") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("staff"), 1, QStringLiteral("name"), QJsonValue::Undefined);
        }) << QStringLiteral("$.staff[1].name");
        QTest::newRow("wrong type") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("services"), 2, QStringLiteral("durationMinutes"), QStringLiteral("135"));
        }) << QStringLiteral("$.services[2].durationMinutes");
        QTest::newRow("bad uuid") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("staff"), 0, QStringLiteral("id"), QStringLiteral("fabian"));
        }) << QStringLiteral("$.staff[0].id");
        QTest::newRow("unknown staff reference") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("eventMaps"), 5, QStringLiteral("staffId"),
                QStringLiteral("00000000-0000-4000-8000-000000000000"));
        }) << QStringLiteral("$.eventMaps[5].staffId");
        QTest::newRow("unknown service") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("appointments"), 1, QStringLiteral("serviceId"), 999);
        }) << QStringLiteral("$.appointments[1].serviceId");
        QTest::newRow("child equals parent") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("eventMaps"), 7, QStringLiteral("childEventTypeId"), 3982568);
        }) << QStringLiteral("$.eventMaps[7].childEventTypeId");
        QTest::newRow("segment key not in service") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("eventMaps"), 3, QStringLiteral("segmentKey"), QStringLiteral("Z"));
        }) << QStringLiteral("$.eventMaps[3].segmentKey");
        QTest::newRow("phase segment not in service") << edited([](QJsonObject& r) {
            QJsonArray appts = r.value(QStringLiteral("appointments")).toArray();
            QJsonObject appt = appts.at(0).toObject();
            QJsonArray phases = appt.value(QStringLiteral("phases")).toArray();
            QJsonObject phase = phases.at(2).toObject();
            phase.insert(QStringLiteral("segmentKey"), QStringLiteral("X"));
            phases.replace(2, phase);
            appt.insert(QStringLiteral("phases"), phases);
            appts.replace(0, appt);
            r.insert(QStringLiteral("appointments"), appts);
        }) << QStringLiteral("$.appointments[0].phases[2].segmentKey");
        QTest::newRow("bad time") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("appointments"), 2, QStringLiteral("startsAt"),
                QStringLiteral("2030-11-26 08:00"));
        }) << QStringLiteral("$.appointments[2].startsAt");
        QTest::newRow("duplicate id") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("eventMaps"), 1, QStringLiteral("id"), 1);
        }) << QStringLiteral("$.eventMaps[1].id");
        QTest::newRow("unknown key (a typo)") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("staff"), 0, QStringLiteral("calcomUserID"), 1346406);
        }) << QStringLiteral("$.staff[0].calcomUserID");
        QTest::newRow("unknown key in a phase") << edited([](QJsonObject& r) {
            QJsonArray appts = r.value(QStringLiteral("appointments")).toArray();
            QJsonObject appt = appts.at(0).toObject();
            QJsonArray phases = appt.value(QStringLiteral("phases")).toArray();
            QJsonObject phase = phases.at(1).toObject();
            phase.insert(QStringLiteral("bookingId"), 5);
            phases.replace(1, phase);
            appt.insert(QStringLiteral("phases"), phases);
            appts.replace(0, appt);
            r.insert(QStringLiteral("appointments"), appts);
        }) << QStringLiteral("$.appointments[0].phases[1].bookingId");
        QTest::newRow("version as a string")
            << edited([](QJsonObject& r) { r.insert(QStringLiteral("version"), QStringLiteral("1")); })
            << QStringLiteral("$.version");
        QTest::newRow("NUL in a name") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("staff"), 0, QStringLiteral("name"),
                QStringLiteral("Fa") + QChar(0) + QStringLiteral("bian"));
        }) << QStringLiteral("$.staff[0].name");
        QTest::newRow("duplicate map key (database refuses)") << edited([](QJsonObject& r) {
            setIn(r, QStringLiteral("eventMaps"), 1, QStringLiteral("staffId"),
                QStringLiteral("3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01"));
        }) << QStringLiteral("$.eventMaps[1]");
    }

    void invalidRecordAbortsWithPath()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));

        // A database with content: the failed import must leave it exactly as it was.
        const auto original = DatasetJson::parse(incidentDataset());
        QVERIFY(DatasetImporter(database->db(), QStringLiteral("test")).import(*original, false).has_value());
        QVERIFY(runSql(
            database->db(), QStringLiteral("DELETE FROM appointment_phases WHERE appointment_id = 764")));
        QVERIFY(runSql(database->db(), QStringLiteral("DELETE FROM appointments WHERE id = 764")));
        QVERIFY(runSql(database->db(),
            QStringLiteral("UPDATE calcom_event_map SET event_type_id = 4000001 WHERE id = 2")));
        const QByteArray before = exportJson(database->db());
        const QVariant auditBefore = scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        QString message;
        const auto parsed = DatasetJson::parse(json);
        if (!parsed) {
            message = parsed.error().toString();
        } else {
            const auto report
                = DatasetImporter(database->db(), QStringLiteral("test")).import(*parsed, false);
            QVERIFY2(!report.has_value(), "the invalid dataset was imported");
            message = report.error().toString();
        }
        QVERIFY2(message.startsWith(path + QLatin1Char(':')) || message.startsWith(path + QLatin1Char('.')),
            qPrintable(QStringLiteral("expected path %1 in: %2").arg(path, message)));
        QCOMPARE(exportJson(database->db()), before);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    }

    void messagesSayWhatIsWrong()
    {
        auto message = [](const QByteArray& json) {
            const auto parsed = DatasetJson::parse(json);
            return parsed ? QString() : parsed.error().toString();
        };
        QCOMPARE(message(R"({"version": "1"})"),
            QStringLiteral("$.version: must be the number 1, found the string \"1\""));
        QVERIFY(message(R"({"version": 2})").contains(QLatin1String("format version 2 is not supported")));
        QVERIFY2(
            message(
                R"({"staff": [{"id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "F", "calcomUserId": 1346406.5}]})")
                .endsWith(QLatin1String("found 1346406.5")),
            qPrintable(message(
                R"({"staff": [{"id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "F", "calcomUserId": 1346406.5}]})")));
        QVERIFY(message(
            R"({"staff": [{"id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "F", "calcomUserID": 5}]})")
                    .contains(QLatin1String("did you mean \"calcomUserId\"")));
        QVERIFY(message(R"({"format": "other", "staff": []})").startsWith(QLatin1String("$.format:")));
        QVERIFY(message(QByteArray("{\"a\0\": 1}", 9)).contains(QLatin1String("NUL byte")));
        // Comments are allowed anywhere a key is.
        QCOMPARE(
            message(
                R"({"x-why": "test", "staff": [{"x-note": 1, "id": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "name": "F"}]})"),
            QString());
    }

    void readFileIsBounded()
    {
        const auto zero = DatasetJson::readFile(QStringLiteral("/dev/zero"), 1024 * 1024);
        QVERIFY(!zero);
        QVERIFY2(zero.error().contains(QLatin1String("larger than 1 MiB")), qPrintable(zero.error()));
        const auto file = DatasetJson::readFile(
            QStringLiteral(SALON_SOURCE_DIR "/resources/scenarios/incident-salon.json"));
        QVERIFY(file);
        QCOMPARE(*file, incidentDataset());
        QVERIFY(!DatasetJson::readFile(QStringLiteral("/nonexistent/x.json")));
    }

    void bookingLinksAreNeverDroppedSilently()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const auto original = DatasetJson::parse(incidentDataset());
        QVERIFY(DatasetImporter(database->db(), QStringLiteral("test")).import(*original, false).has_value());
        QVERIFY(runSql(database->db(),
            QStringLiteral("UPDATE appointment_phases SET sync_status = 'synced', calcom_booking_id = 4711, "
                           "calcom_booking_uid = 'uid-4711' WHERE id = 271")));
        QVERIFY(runSql(database->db(),
            QStringLiteral("UPDATE appointment_phases SET sync_status = 'syncing', sync_claim_token = 't' "
                           "WHERE id = 272")));
        const QByteArray before = exportJson(database->db());

        DatasetImporter refusing(database->db(), QStringLiteral("test"));
        const auto refused = refusing.import(*original, false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().path.contains(QLatin1String(".phases[2]")),
            qPrintable(refused.error().toString()));
        QVERIFY2(
            refused.error().message.contains(QLatin1String("4711")), qPrintable(refused.error().toString()));
        QCOMPARE(exportJson(database->db()), before);

        // The same file with the booking in it is fine: nothing would be lost (272 is still held, though).
        DatasetImporter keeping(database->db(), QStringLiteral("test"));
        keeping.setSyncStatePolicy(DatasetImporter::SyncStatePolicy::Keep);
        QVERIFY(keeping.import(*original, false));
        QCOMPARE(exportJson(database->db()), before);

        DatasetImporter replacing(database->db(), QStringLiteral("test"));
        replacing.setSyncStatePolicy(DatasetImporter::SyncStatePolicy::Replace);
        QVERIFY(replacing.import(*original, false));
        QVERIFY(scalar(
            database->db(), QStringLiteral("SELECT calcom_booking_id FROM appointment_phases WHERE id = 271"))
                    .isNull());
    }

    void cancelledImportWritesNothing()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const auto original = DatasetJson::parse(incidentDataset());
        int asked = 0;
        DatasetImporter importer(database->db(), QStringLiteral("test"));
        importer.setCancelCheck([&asked] { return ++asked > 20; });
        const auto report = importer.import(*original, false);
        QVERIFY(!report);
        QVERIFY(report.error().cancelled);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM staff")).toInt(), 0);
        QCOMPARE(scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    void referencesMayPointIntoTheDatabase()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const auto original = DatasetJson::parse(incidentDataset());
        QVERIFY(DatasetImporter(database->db(), QStringLiteral("test")).import(*original, false).has_value());
        // A file with only an appointment for a stored service and staff member.
        const QByteArray json
            = R"({"version": 1, "appointments": [{"id": 900, "serviceId": 440, "customerName": "Neu",
            "startsAt": "2030-12-01T09:00:00Z", "phases": [{"id": 9001, "segmentKey": "A",
            "staffId": "9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c", "staffRequired": true,
            "startsAt": "2030-12-01T09:00:00Z", "endsAt": "2030-12-01T09:30:00Z"}]}]})";
        const auto parsed = DatasetJson::parse(json);
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().toString()));
        const auto report = DatasetImporter(database->db(), QStringLiteral("test")).import(*parsed, false);
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(scalar(database->db(),
                     QStringLiteral("SELECT sync_status FROM appointment_phases WHERE id = 9001"))
                     .toString(),
            QStringLiteral("pending"));
        if (backend == QLatin1String("postgresql")) {
            // Identity columns continue above imported ids.
            QVERIFY(runSql(database->db(),
                QStringLiteral("INSERT INTO appointments (service_id, customer_name, starts_at, created_at) "
                               "VALUES (440, 'Auto', '2030-12-02T09:00:00Z', '2030-12-01T09:00:00Z')")));
            QVERIFY(scalar(database->db(), QStringLiteral("SELECT MAX(id) FROM appointments")).toLongLong()
                > 900);
        }
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
