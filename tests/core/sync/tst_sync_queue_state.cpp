// The sync console's lists and counts (core/sync/SyncQueueAccess over migration 0015's trigger-kept
// appointment_sync_state, sync_queue_counts and text search) equal a plain reading of appointments and
// phases, on both backends: after an import, a sync, failures, archive and resync marks, a move, a cancel,
// a reinstatement, deletes, a phase moved to another appointment and a second import; for every status with
// text (FTS5 trigram / pg_trgm and the short LIKE), id, error, date, service and staff filters, read in
// chunks of two (keyset paging over equal start times). And migration 0015 fills the state of a database
// that had data already.
#include "IncidentDataset.h"
#include "LifecycleSandbox.h"
#include "TestDatabase.h"

#include "db/Migrator.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "lifecycle/CancelAppointmentsJob.h"
#include "lifecycle/MoveAppointmentsJob.h"
#include "sync/PhaseRepository.h"
#include "sync/SyncQueueAccess.h"

#include <QFile>
#include <QtTest>

#include <algorithm>

using namespace salon;
using namespace salon::sync;
using salon::test::LifecycleSandbox;
using Status = SyncQueueFilter::Status;

namespace
{

struct PlainPhase {
    QString status;
    bool archived = false;
    QString staffId;
    QString error;
};
struct PlainAppointment {
    qint64 id = 0;
    QString name;
    QString email;
    QDateTime start;
    qint64 serviceId = 0;
    QList<PlainPhase> phases;
};

// Every appointment with its phases, in the console's order (start, id), read plainly.
QList<PlainAppointment> readPlain(const QSqlDatabase& db)
{
    QList<PlainAppointment> all;
    QHash<qint64, qsizetype> at;
    auto a = runSql(db, "SELECT id, customer_name, customer_email, starts_at, service_id FROM appointments");
    while (a && a->next()) {
        at.insert(a->value(0).toLongLong(), all.size());
        all.append({ a->value(0).toLongLong(), a->value(1).toString(), a->value(2).toString(),
            fromSqlTime(a->value(3)), a->value(4).toLongLong(), {} });
    }
    auto p = runSql(db,
        "SELECT appointment_id, sync_status, archived_reason IS NOT NULL, COALESCE(staff_id, ''), "
        "COALESCE(sync_error, '') FROM appointment_phases");
    while (p && p->next())
        all[at.value(p->value(0).toLongLong())].phases.append(
            { p->value(1).toString(), p->value(2).toBool(), p->value(3).toString(), p->value(4).toString() });
    std::sort(all.begin(), all.end(), [](const PlainAppointment& x, const PlainAppointment& y) {
        return x.start != y.start ? x.start < y.start : x.id < y.id;
    });
    return all;
}

bool otherFiltersMatch(const PlainAppointment& a, const SyncQueueFilter& f)
{
    if (f.from.isValid() && a.start < QDateTime(f.from, QTime(0, 0), f.zone))
        return false;
    if (f.to.isValid() && a.start >= QDateTime(f.to.addDays(1), QTime(0, 0), f.zone))
        return false;
    if (f.serviceId > 0 && a.serviceId != f.serviceId)
        return false;
    const QString needle = f.text.trimmed().toLower();
    if (needle.isEmpty())
        return true;
    if (a.name.toLower().contains(needle) || a.email.toLower().contains(needle)
        || QString::number(a.id) == needle)
        return true;
    return std::any_of(a.phases.cbegin(), a.phases.cend(),
        [&](const PlainPhase& p) { return p.error.toLower().contains(needle); });
}

bool phaseMatches(const PlainPhase& p, Status status, const QString& staffId)
{
    return SyncQueueFilter::phaseMatches(status, p.status, p.archived)
        && (staffId.isEmpty() || p.staffId == staffId);
}

QList<qint64> plainList(const QList<PlainAppointment>& all, const SyncQueueFilter& f)
{
    QList<qint64> ids;
    for (const PlainAppointment& a : all)
        if (otherFiltersMatch(a, f)
            && std::any_of(a.phases.cbegin(), a.phases.cend(),
                [&](const PlainPhase& p) { return phaseMatches(p, f.status, f.staffId); }))
            ids.append(a.id);
    return ids;
}

QList<int> plainCounts(const QList<PlainAppointment>& all, const SyncQueueFilter& f)
{
    QList<int> counts(SyncQueueFilter::kStatusCount + 1, 0);
    for (const PlainAppointment& a : all) {
        if (!otherFiltersMatch(a, f))
            continue;
        for (int s = 0; s < SyncQueueFilter::kStatusCount; ++s)
            if (std::any_of(a.phases.cbegin(), a.phases.cend(),
                    [&](const PlainPhase& p) { return phaseMatches(p, Status(s), f.staffId); }))
                ++counts[s];
        for (const PlainPhase& p : a.phases)
            if (phaseMatches(p, Status::Failed, f.staffId))
                ++counts[SyncQueueFilter::kStatusCount];
    }
    return counts;
}

QList<std::pair<QString, SyncQueueFilter>> filters()
{
    QList<std::pair<QString, SyncQueueFilter>> list;
    for (int s = 0; s < SyncQueueFilter::kStatusCount; ++s) {
        SyncQueueFilter base;
        base.status = Status(s);
        const QString name = SyncQueueFilter::statusLabel(Status(s));
        list.append({ name, base });
        auto with = [&](const QString& label, auto change) {
            SyncQueueFilter f = base;
            change(f);
            list.append({ name + QStringLiteral(" + ") + label, f });
        };
        for (const QString& text : { QStringLiteral("Kundin"), QStringLiteral("ECKER@ex"),
                 QStringLiteral("er"), QStringLiteral("k"), QStringLiteral("763"), QStringLiteral("901"),
                 QStringLiteral("parent managed"), QStringLiteral("50% off"), QStringLiteral("5_%"),
                 QStringLiteral("\"quoted\""), QStringLiteral("nobody at all") })
            with(QStringLiteral("text '%1'").arg(text), [&](SyncQueueFilter& f) { f.text = text; });
        with(QStringLiteral("from 2030-11-26"), [](SyncQueueFilter& f) { f.from = QDate(2030, 11, 26); });
        with(QStringLiteral("to 2030-11-25"), [](SyncQueueFilter& f) { f.to = QDate(2030, 11, 25); });
        with(QStringLiteral("service 442"), [](SyncQueueFilter& f) { f.serviceId = 442; });
        with(QStringLiteral("staff Fabian #2"),
            [](SyncQueueFilter& f) { f.staffId = LifecycleSandbox::kFabian2; });
        with(QStringLiteral("staff + text"), [](SyncQueueFilter& f) {
            f.staffId = LifecycleSandbox::kFabian;
            f.text = QStringLiteral("becker");
        });
    }
    return list;
}

// What the console's reads give for every filter, compared with the plain reading; empty when all equal.
QString compareWithPlain(const QSqlDatabase& db)
{
    const QList<PlainAppointment> all = readPlain(db);
    QStringList wrong;
    for (const auto& [label, filter] : filters()) {
        QList<qint64> listed;
        SyncQueueKey after;
        for (int chunks = 0; chunks < 100; ++chunks) {
            auto chunk = SyncQueueAccess::readChunk(db, filter, 2, after);
            if (!chunk)
                return label + QStringLiteral(": ") + chunk.error();
            for (const QueueAppointment& row : chunk->rows)
                listed.append(row.id);
            if (!chunk->more)
                break;
            after = chunk->next;
        }
        const QList<qint64> expected = plainList(all, filter);
        if (listed != expected) {
            QStringList got, want;
            for (qint64 id : listed)
                got << QString::number(id);
            for (qint64 id : expected)
                want << QString::number(id);
            wrong << QStringLiteral("%1: listed [%2], plainly [%3]")
                         .arg(label, got.join(u','), want.join(u','));
        }
        auto counts = SyncQueueAccess::readCounts(db, filter);
        if (!counts)
            return label + QStringLiteral(": ") + counts.error();
        QList<int> got(counts->appointments.cbegin(), counts->appointments.cend());
        got.append(counts->failedPhases);
        const QList<int> want = plainCounts(all, filter);
        if (got != want) {
            QStringList g, w;
            for (int n : got)
                g << QString::number(n);
            for (int n : want)
                w << QString::number(n);
            wrong << QStringLiteral("%1: counts [%2], plainly [%3]").arg(label, g.join(u','), w.join(u','));
        }
    }
    return wrong.join(u'\n');
}

// Three appointments at one start (ties for the keyset), with errors that need escaping when searched.
bool insertExtras(const QSqlDatabase& db)
{
    const QString start = QStringLiteral("2030-11-27T09:00:00.000Z");
    for (qint64 id : { 902, 900, 901 }) {
        if (!runSql(db,
                "INSERT INTO appointments (id, service_id, customer_name, customer_email, starts_at, status, "
                "created_at) VALUES (?, 442, ?, ?, ?, 'scheduled', '2030-01-01T00:00:00.000Z')",
                { id, QStringLiteral("Extra %1").arg(id), QStringLiteral("extra%1@example.com").arg(id),
                    start }))
            return false;
    }
    struct Row {
        qint64 id, appointment;
        const char* status;
        const char* error;
        int minutes;
    };
    const Row rows[] = { { 9000, 900, "failed", "HTTP 500 50% off \"quoted\" 5_% rate", 0 },
        { 9001, 900, "synced", nullptr, 30 }, { 9010, 901, "pending", nullptr, 0 },
        { 9011, 901, "failed", "HTTP 409 Kundin busy", 30 }, { 9020, 902, "syncing", nullptr, 0 } };
    for (const Row& r : rows) {
        const QDateTime from = fromSqlTime(start).addSecs(60 * r.minutes);
        if (!runSql(db,
                "INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_id, staff_required, "
                "starts_at, ends_at, sync_status, sync_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?)",
                { r.id, r.appointment, r.minutes ? QStringLiteral("B") : QStringLiteral("A"),
                    LifecycleSandbox::kFabian,
                    db.driverName() == QLatin1String("QPSQL") ? QVariant(true) : QVariant(1), toSqlTime(from),
                    toSqlTime(from.addSecs(1800)), QString::fromLatin1(r.status),
                    r.error ? QVariant(QString::fromUtf8(r.error)) : QVariant(QMetaType::fromType<QString>()),
                    start }))
            return false;
    }
    return true;
}

} // namespace

class TestSyncQueueState : public QObject
{
    Q_OBJECT
    std::unique_ptr<LifecycleSandbox> m_s;

private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_s = LifecycleSandbox::create(backend, &error);
        QVERIFY2(m_s, qPrintable(error));
        QVERIFY(insertExtras(m_s->db()));
    }
    void cleanup() { m_s.reset(); }

    void equalsPlainReadingThroughImportSyncMoveCancel()
    {
        QSqlDatabase db = m_s->db();
        QString diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after the import:\n") + diff));

        QVERIFY(m_s->book());
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after a sync:\n") + diff));

        // A failure, an archived failure, a resync mark (the console's writes).
        QVERIFY(runSql(db,
            "UPDATE appointment_phases SET sync_status = 'failed', sync_error = 'HTTP 400 Maria besetzt' "
            "WHERE id = 276"));
        PhaseRepository repository(db, QStringLiteral("test"));
        QVERIFY(repository.archive(9000, QStringLiteral("known")));
        QVERIFY(repository.markForResync(9011, QStringLiteral("try again")));
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after archive and resync:\n") + diff));

        const QDateTime nextDay = m_s->appointmentStart().addDays(1);
        auto move = m_s->run(new lifecycle::MoveAppointmentsJob(
            m_s->worker(), m_s->client(), 12345, { { 763, nextDay } }, m_s->options()));
        QVERIFY2(!move->hasError(), qPrintable(move->errorString()));
        QCOMPARE(m_s->appointmentStart(), nextDay);
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after a move:\n") + diff));

        auto cancel = m_s->run(new lifecycle::CancelAppointmentsJob(
            m_s->worker(), m_s->client(), 12345, { 763 }, QStringLiteral("krank"), m_s->options()));
        QVERIFY2(!cancel->hasError(), qPrintable(cancel->errorString()));
        QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after a cancel:\n") + diff));

        QVERIFY(runSql(db, "UPDATE appointments SET status = 'scheduled' WHERE id = 763"));
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after a reinstatement:\n") + diff));

        // A phase moved to another appointment, a name changed, a phase and appointments deleted.
        QVERIFY(runSql(db, "UPDATE appointment_phases SET appointment_id = 902 WHERE id = 9011"));
        QVERIFY(runSql(db, "UPDATE appointments SET customer_name = 'Kundin Neu' WHERE id = 902"));
        QVERIFY(runSql(db, "DELETE FROM appointment_phases WHERE id = 9010"));
        QVERIFY(runSql(db, "DELETE FROM appointments WHERE id = 901"));
        QVERIFY(runSql(db, "DELETE FROM appointment_phases WHERE appointment_id = 900"));
        QVERIFY(runSql(db, "DELETE FROM appointments WHERE id = 900"));
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after deletes:\n") + diff));

        // The import again: its upserts set the incident's statuses and starts back.
        QCOMPARE(test::importIncidentSalon(db), QString());
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after a second import:\n") + diff));
    }

    // A database with data from before 0015 gets its state in the migration, and keeps it current afterwards.
    void migrationFillsTheStateOfExistingData()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = test::TestDatabase::create(backend, &error, false);
        QVERIFY2(database, qPrintable(error));
        QSqlDatabase db = database->db();
        QVERIFY(runSql(db,
            db.driverName() == QLatin1String("QPSQL")
                ? "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                  "applied_at TIMESTAMPTZ NOT NULL)"
                : "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                  "applied_at TEXT NOT NULL)"));
        Migrator migrator(db);
        for (const Migrator::Migration& m : migrator.migrations()) {
            if (m.version >= 15)
                continue;
            QFile file(m.resourcePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll())))
                QVERIFY2(runSql(db, statement), qPrintable(m.name));
            QVERIFY(runSql(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                { m.version, m.name, "2030-01-01T00:00:00Z" }));
        }
        QCOMPARE(test::importIncidentSalon(db), QString());
        QVERIFY(insertExtras(db));
        QVERIFY(runSql(db, "UPDATE appointment_phases SET archived_reason = 'known' WHERE id = 9000"));
        QVERIFY(!db.tables().contains(QStringLiteral("appointment_sync_state")));

        auto migrated = migrator.migrate();
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error()));
        QVERIFY(*migrated >= 1);
        QString diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after the migration:\n") + diff));

        QVERIFY(runSql(
            db, "UPDATE appointment_phases SET sync_status = 'synced', sync_error = NULL WHERE id = 9011"));
        QVERIFY(runSql(db, "UPDATE appointments SET starts_at = '2030-11-20T08:00:00.000Z' WHERE id = 765"));
        diff = compareWithPlain(db);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after writes:\n") + diff));
    }
};

QTEST_GUILESS_MAIN(TestSyncQueueState)
#include "tst_sync_queue_state.moc"
