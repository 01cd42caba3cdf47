#include "TableWriter.h"

#include "ColumnValidator.h"
#include "TableReader.h"
#include "common/Clock.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "history/AuditWriter.h"
#include "history/RunId.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace salon::tables
{

namespace
{
QString toJson(const QVariantMap& record)
{
    QVariantMap plain;
    for (auto it = record.cbegin(); it != record.cend(); ++it)
        plain.insert(it.key(),
            it.value().metaType().id() == QMetaType::QDateTime ? QVariant(toSqlTime(it.value().toDateTime()))
                                                               : it.value());
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(plain)).toJson(QJsonDocument::Compact));
}

} // namespace

TableWriter::TableWriter(QSqlDatabase db, const TableSpec& spec, QString actor)
    : m_db(std::move(db))
    , m_spec(spec)
    , m_actor(std::move(actor))
{
}

Expected<QVariantMap, QString> TableWriter::validate(const TableSpec& spec, const QVariantMap& values)
{
    QVariantMap checkedValues;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int columnIndex = spec.columnOfWrite(it.key());
        if (columnIndex < 0) {
            checkedValues.insert(it.key(), it.value());
            continue;
        }
        auto checked = ColumnValidator::check(spec.columns.at(columnIndex), it.value());
        if (!checked)
            return Unexpected(checked.error());
        checkedValues.insert(it.key(), checked.value());
    }
    return checkedValues;
}

Expected<QVariantMap, QString> TableWriter::readRecord(const QVariant& key) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(m_spec.baseTable, m_spec.primaryKey), { key });
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return Unexpected(tr("The row no longer exists; someone else may have deleted it."));
    QVariantMap record;
    const QSqlRecord fields = q->record();
    for (int i = 0; i < fields.count(); ++i)
        record.insert(fields.fieldName(i), q->value(i));
    return record;
}

QString TableWriter::checkUnique(
    const QVariantMap& after, const QVariant& ownKey, const QStringList& changed) const
{
    for (const UniqueGroup& group : m_spec.uniqueGroups) {
        bool touched = false;
        for (const QString& column : group.columns)
            touched = touched || changed.contains(column);
        if (!touched)
            continue;
        QStringList conditions;
        QVariantList values;
        for (const QString& column : group.columns) {
            conditions.append(column + QStringLiteral(" = ?"));
            values.append(after.value(column));
        }
        if (ownKey.isValid()) {
            conditions.append(m_spec.primaryKey + QStringLiteral(" <> ?"));
            values.append(ownKey);
        }
        auto q = runSql(m_db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                .arg(m_spec.baseTable, conditions.join(QStringLiteral(" AND "))),
            values);
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toLongLong() > 0) {
            QString message = group.message;
            for (const QString& column : group.columns)
                message = message.arg(after.value(column).toString());
            return message;
        }
    }
    return {};
}

QString TableWriter::audit(
    const QString& action, const QVariant& key, const QVariantMap& before, const QVariantMap& after) const
{
    if (!m_spec.audited)
        return {};
    // One edit is one run (history, undo-run).
    const history::AuditWriter writer(m_db, m_actor, {}, history::RunId::kEdit);
    auto written = writer.writeText(action, m_spec.baseTable + QLatin1Char(':') + key.toString(),
        before.isEmpty() ? QString() : toJson(before), after.isEmpty() ? QString() : toJson(after));
    return written ? QString() : written.error();
}

QVariantList TableWriter::reselect(const QVariant& key) const
{
    auto row = TableReader(m_db, m_spec).row(key);
    return row ? row.value() : QVariantList();
}

WriteResult TableWriter::insert(const QVariantMap& values)
{
    auto refused = [](const QString& error) {
        return WriteResult { tr("The database refused the change: %1").arg(error), {}, {} };
    };
    auto checked = validate(m_spec, values);
    if (!checked)
        return { checked.error(), {}, {} };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return refused(transaction.error());
    QVariantMap after = checked.value();
    const QString now = toSqlTime(Clock::instance().nowUtc());
    for (const QString& column : m_spec.stampOnInsert)
        after.insert(column, now);
    if (m_spec.rowCheck)
        if (const QString problem = m_spec.rowCheck(after); !problem.isEmpty())
            return { problem, {}, {} };
    if (const QString problem = checkUnique(after, {}, after.keys()); !problem.isEmpty())
        return { problem, {}, {} };
    QStringList placeholders;
    for (int i = 0; i < after.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
            .arg(m_spec.baseTable, after.keys().join(QStringLiteral(", ")),
                placeholders.join(QStringLiteral(", ")), m_spec.primaryKey),
        after.values());
    if (!q)
        return refused(q.error());
    const QVariant key = q->next() ? q->value(0) : after.value(m_spec.primaryKey);
    q->finish();
    after.insert(m_spec.primaryKey, key);
    if (const QString error = audit(QStringLiteral("insert"), key, {}, after); !error.isEmpty())
        return refused(error);
    if (!transaction.commit())
        return refused(transaction.error());
    return { QString(), key, reselect(key) };
}

WriteResult TableWriter::update(const QVariant& key, const QVariantMap& changes)
{
    auto refused = [key](const QString& error) {
        return WriteResult { tr("The database refused the change: %1").arg(error), key, {} };
    };
    auto checked = validate(m_spec, changes);
    if (!checked)
        return { checked.error(), key, {} };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return refused(transaction.error());
    auto before = readRecord(key);
    if (!before)
        return { before.error(), key, {} };
    QVariantMap after = before.value();
    for (auto it = checked->cbegin(); it != checked->cend(); ++it)
        after.insert(it.key(), it.value());
    QVariantMap written = checked.value();
    const QString now = toSqlTime(Clock::instance().nowUtc());
    for (const QString& column : m_spec.touchOnUpdate) {
        after.insert(column, now);
        written.insert(column, now);
    }
    if (m_spec.rowCheck)
        if (const QString problem = m_spec.rowCheck(after); !problem.isEmpty())
            return { problem, key, {} };
    if (const QString problem = checkUnique(after, key, checked->keys()); !problem.isEmpty())
        return { problem, key, {} };
    QStringList assignments;
    for (const QString& column : written.keys())
        assignments.append(column + QStringLiteral(" = ?"));
    QVariantList bound = written.values();
    bound.append(key);
    if (auto q = runSql(m_db,
            QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                .arg(m_spec.baseTable, assignments.join(QStringLiteral(", ")), m_spec.primaryKey),
            bound);
        !q)
        return refused(q.error());
    if (const QString error = audit(QStringLiteral("update"), key, before.value(), after); !error.isEmpty())
        return refused(error);
    if (!transaction.commit())
        return refused(transaction.error());
    return { QString(), key, reselect(key) };
}

WriteResult TableWriter::remove(const QVariant& key)
{
    auto refused = [key](const QString& error) {
        return WriteResult { tr("The database refused the change: %1").arg(error), key, {} };
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return refused(transaction.error());
    auto before = readRecord(key);
    if (!before)
        return { before.error(), key, {} };
    for (const Dependent& dependent : m_spec.dependents) {
        QVariantList keys;
        for (const QString& column : dependent.keyColumns)
            keys.append(before->value(column));
        if (dependent.blocksDelete) {
            auto q = runSql(m_db, dependent.countSql, keys);
            if (!q)
                return refused(q.error());
            const int count = q->next() ? q->value(0).toInt() : 0;
            if (count > 0)
                return { tr("Cannot delete it: %1 still refer to it.").arg(dependent.describe(count)), key,
                    {} };
        } else if (!dependent.deleteSql.isEmpty()) {
            if (auto q = runSql(m_db, dependent.deleteSql, keys); !q)
                return refused(q.error());
        }
    }
    if (auto q = runSql(m_db,
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_spec.baseTable, m_spec.primaryKey), { key });
        !q)
        return refused(q.error());
    if (const QString error = audit(QStringLiteral("delete"), key, before.value(), {}); !error.isEmpty())
        return refused(error);
    if (!transaction.commit())
        return refused(transaction.error());
    return { QString(), key, {} };
}

Expected<QList<DependentCount>, QString> TableWriter::countDependents(const QVariant& key) const
{
    auto before = readRecord(key);
    if (!before)
        return Unexpected(before.error());
    QList<DependentCount> counts;
    for (const Dependent& dependent : m_spec.dependents) {
        QVariantList keys;
        for (const QString& column : dependent.keyColumns)
            keys.append(before->value(column));
        auto q = runSql(m_db, dependent.countSql, keys);
        if (!q)
            return Unexpected(q.error());
        const int count = q->next() ? q->value(0).toInt() : 0;
        if (count > 0)
            counts.append({ dependent.describe(count), count, dependent.blocksDelete });
    }
    return counts;
}

} // namespace salon::tables
