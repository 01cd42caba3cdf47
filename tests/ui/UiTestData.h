#pragma once

#include "TestDatabase.h"
#include "core/db/DatabaseSession.h"
#include "core/db/IdentitySequences.h"
#include "ui/models/LazyTableModel.h"

#include <QAbstractItemModelTester>

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace salon::test
{

// Staff ids of the sample salon.
inline const QString kFabian = QStringLiteral("9f47fda1-0000-4000-8000-000000000001");
inline const QString kMia = QStringLiteral("9f47fda1-0000-4000-8000-000000000002");

// The incident's salon in small: a composite root-colour service (440) with four segments, one with a
// processing gap, a simple cut (442), two staff, event-map rows and one appointment for the cut.
inline bool seedSalon(const QSqlDatabase& db)
{
    const QString now = QStringLiteral("2030-11-25T08:00:00.000Z");
    const QList<std::pair<QString, QVariantList>> statements = {
        { QStringLiteral("INSERT INTO services (id, name, duration_minutes, is_composite, active) VALUES (?, "
                         "?, ?, ?, ?)"),
            { 440, QStringLiteral("Ansatzfärbung"), 135, true, true } },
        { QStringLiteral("INSERT INTO services (id, name, duration_minutes, is_composite, active) VALUES (?, "
                         "?, ?, ?, ?)"),
            { 442, QStringLiteral("Cut 100%"), 30, false, true } },
        { QStringLiteral("INSERT INTO services (id, name, duration_minutes, is_composite, active) VALUES (?, "
                         "?, ?, ?, ?)"),
            { 444, QStringLiteral("Blow-dry"), 20, false, false } },
        { QStringLiteral(
              "INSERT INTO service_segments (id, service_id, segment_key, name, position, duration_minutes, "
              "staff_required) VALUES (?, 440, ?, ?, ?, ?, ?)"),
            { 1, QStringLiteral("A"), QStringLiteral("Apply colour"), 1, 30, true } },
        { QStringLiteral(
              "INSERT INTO service_segments (id, service_id, segment_key, name, position, duration_minutes, "
              "staff_required) VALUES (?, 440, ?, ?, ?, ?, ?)"),
            { 2, QStringLiteral("B"), QStringLiteral("Processing"), 2, 30, false } },
        { QStringLiteral(
              "INSERT INTO service_segments (id, service_id, segment_key, name, position, duration_minutes, "
              "staff_required) VALUES (?, 440, ?, ?, ?, ?, ?)"),
            { 3, QStringLiteral("C"), QStringLiteral("Wash"), 3, 15, true } },
        { QStringLiteral(
              "INSERT INTO service_segments (id, service_id, segment_key, name, position, duration_minutes, "
              "staff_required) VALUES (?, 440, ?, ?, ?, ?, ?)"),
            { 4, QStringLiteral("D"), QStringLiteral("Cut"), 4, 30, true } },
        { QStringLiteral(
              "INSERT INTO service_segments (id, service_id, segment_key, name, position, duration_minutes, "
              "staff_required) VALUES (?, 442, ?, ?, ?, ?, ?)"),
            { 5, QStringLiteral("A"), QStringLiteral("Cut"), 1, 30, true } },
        { QStringLiteral(
              "INSERT INTO staff (id, name, email, calcom_user_id, active) VALUES (?, ?, ?, ?, ?)"),
            { kFabian, QStringLiteral("Fabian Spitzer"), QStringLiteral("fabian@example.org"), 1346408,
                true } },
        { QStringLiteral(
              "INSERT INTO staff (id, name, email, calcom_user_id, active) VALUES (?, ?, ?, ?, ?)"),
            { kMia, QStringLiteral("Mia Weber"), QStringLiteral("mia@example.org"),
                QVariant(QMetaType::fromType<qlonglong>()), true } },
        { QStringLiteral("INSERT INTO service_staff (service_id, staff_id) VALUES (440, ?)"), { kFabian } },
        { QStringLiteral(
              "INSERT INTO calcom_event_map (id, service_id, segment_key, staff_id, event_type_id, "
              "created_at, updated_at) VALUES (?, 440, ?, ?, ?, ?, ?)"),
            { 1, QStringLiteral("A"), kFabian, 3985540, now, now } },
        { QStringLiteral(
              "INSERT INTO calcom_event_map (id, service_id, segment_key, staff_id, event_type_id, "
              "created_at, updated_at) VALUES (?, 440, ?, ?, ?, ?, ?)"),
            { 2, QStringLiteral("C"), kFabian, 3985544, now, now } },
        { QStringLiteral(
              "INSERT INTO appointments (id, service_id, customer_name, customer_email, starts_at, status, "
              "created_at) VALUES (?, 442, ?, '', ?, 'scheduled', ?)"),
            { 763, QStringLiteral("Erika Mustermann"), QStringLiteral("2030-11-26T09:00:00.000Z"), now } },
    };
    for (const auto& [sql, values] : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning() << "seed failed:" << sql << query.lastError().text();
            return false;
        }
    }
    // The rows above carry explicit ids; the models insert without one.
    return syncIdentitySequences(db).has_value();
}

// Waits until the model knows its row count and has loaded its first rows.
inline bool waitUntilLoaded(ui::LazyTableModel& model, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&] { return model.isCountKnown(); }, timeoutMs))
        return false;
    if (model.rowCount() == 0)
        return true;
    model.data(model.index(0, 0)); // asks for the first chunk
    return QTest::qWaitFor([&] { return model.isRowLoaded(0); }, timeoutMs);
}

// Qt's model checker on a model for the rest of its life; failures fail the running test.
inline void checkModel(QAbstractItemModel* model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

// Waits until the session's change watcher reports changes (it starts in its own thread).
inline bool waitUntilWatching(DatabaseSession& session, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return session.changes()->isWatching(); }, timeoutMs);
}

} // namespace salon::test
