#include "SyncQueueAccess.h"

#include "PhaseRepository.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "domain/DomainRows.h"

#include <QHash>
#include <QSqlQuery>

namespace salon::sync
{

namespace
{
const QString kQueuePhaseSelect
    = QStringLiteral("SELECT %1, COALESCE(st.name, ''), p.archived_reason "
                     "FROM appointment_phases p LEFT JOIN staff st ON st.id = p.staff_id ")
          .arg(rows::kPhaseColumns);

QueuePhase readQueuePhase(const QSqlQuery& q)
{
    QueuePhase p;
    p.phase = rows::readPhase(q);
    p.status = q.value(7).toString();
    p.staffName = q.value(rows::kPhaseColumnCount).toString();
    p.archivedReason = q.value(rows::kPhaseColumnCount + 1).toString();
    return p;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

using Outcome = std::pair<QList<qint64>, QStringList>;

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}
} // namespace

SyncQueueAccess::SyncQueueAccess(DatabaseWorker* worker)
    : m_worker(worker)
{
}

Expected<QueueChunk, QString> SyncQueueAccess::readChunk(
    const QSqlDatabase& db, const SyncQueueFilter& filter, int limit, const SyncQueueKey& after)
{
    QueueChunk chunk;
    QVariantList values;
    // One row more than shown tells whether another chunk exists.
    auto q = runSql(db, filter.appointmentsSql(&values, limit + 1, after, isPostgres(db)), values);
    if (!q)
        return Unexpected(q.error());
    while (q->next()) {
        QueueAppointment row;
        row.id = q->value(0).toLongLong();
        row.customerName = q->value(1).toString();
        row.customerEmail = q->value(2).toString();
        row.startsAt = fromSqlTime(q->value(3));
        row.serviceName = q->value(5).toString();
        chunk.rows.append(row);
        if (chunk.rows.size() <= limit)
            chunk.next = { q->value(6), row.id };
    }
    if (chunk.rows.size() > limit) {
        chunk.rows.removeLast();
        chunk.more = true;
    }
    if (chunk.rows.isEmpty())
        return chunk;
    QVariantList ids;
    QHash<qint64, int> byId;
    for (int i = 0; i < chunk.rows.size(); ++i) {
        ids.append(chunk.rows[i].id);
        byId.insert(chunk.rows[i].id, i);
    }
    auto p = runSql(db,
        kQueuePhaseSelect
            + QStringLiteral("WHERE p.appointment_id IN (%1) ORDER BY p.starts_at, p.id")
                  .arg(placeholders(ids.size())),
        ids);
    if (!p)
        return Unexpected(p.error());
    while (p->next()) {
        QueuePhase phase = readQueuePhase(*p);
        chunk.rows[byId.value(phase.phase.appointmentId)].phases.append(phase);
    }
    return chunk;
}

Expected<QueueCounts, QString> SyncQueueAccess::readCounts(
    const QSqlDatabase& db, const SyncQueueFilter& filter)
{
    QVariantList values;
    auto q = runSql(db, filter.countsSql(&values, isPostgres(db)), values);
    if (!q)
        return Unexpected(q.error());
    QueueCounts counts;
    if (q->next()) {
        for (int i = 0; i < SyncQueueFilter::kStatusCount; ++i)
            counts.appointments[size_t(i)] = q->value(i).toInt();
        counts.failedPhases = q->value(SyncQueueFilter::kStatusCount).toInt();
    }
    return counts;
}

Expected<QList<QueuePhase>, QString> SyncQueueAccess::readPhases(
    const QSqlDatabase& db, const QList<qint64>& ids)
{
    QVariantList bound;
    for (qint64 id : ids)
        bound.append(id);
    if (bound.isEmpty())
        return QList<QueuePhase>();
    auto q = runSql(
        db, kQueuePhaseSelect + QStringLiteral("WHERE p.id IN (%1)").arg(placeholders(bound.size())), bound);
    if (!q)
        return Unexpected(q.error());
    QList<QueuePhase> phases;
    while (q->next())
        phases.append(readQueuePhase(*q));
    return phases;
}

void SyncQueueAccess::chunk(const SyncQueueFilter& filter, int limit, const SyncQueueKey& after,
    QObject* context, std::function<void(Expected<QueueChunk, QString>)> done) const
{
    m_worker->post<Expected<QueueChunk, QString>>(
        [filter, limit, after](QSqlDatabase& db) { return readChunk(db, filter, limit, after); }, context,
        std::move(done));
}

void SyncQueueAccess::counts(const SyncQueueFilter& filter, QObject* context,
    std::function<void(Expected<QueueCounts, QString>)> done) const
{
    m_worker->post<Expected<QueueCounts, QString>>(
        [filter](QSqlDatabase& db) { return readCounts(db, filter); }, context, std::move(done));
}

void SyncQueueAccess::phases(const QList<qint64>& ids, QObject* context,
    std::function<void(Expected<QList<QueuePhase>, QString>)> done) const
{
    m_worker->post<Expected<QList<QueuePhase>, QString>>(
        [ids](QSqlDatabase& db) { return readPhases(db, ids); }, context, std::move(done));
}

void SyncQueueAccess::filterChoices(
    QObject* context, std::function<void(FilterChoices services, FilterChoices staff)> done) const
{
    using Lists = std::pair<FilterChoices, FilterChoices>;
    m_worker->post<Lists>(
        [](QSqlDatabase& db) {
            Lists lists;
            if (auto q = runSql(db, QStringLiteral("SELECT id, name FROM services ORDER BY name")))
                while (q->next())
                    lists.first.append({ q->value(0).toString(), q->value(1).toString() });
            if (auto q = runSql(db, QStringLiteral("SELECT id, name FROM staff ORDER BY name")))
                while (q->next())
                    lists.second.append({ q->value(0).toString(), q->value(1).toString() });
            return lists;
        },
        context, [done](Lists lists) { done(lists.first, lists.second); });
}

void SyncQueueAccess::attempts(
    qint64 phaseId, QObject* context, std::function<void(Expected<QList<SyncAttempt>, QString>)> done) const
{
    m_worker->post<Expected<QList<SyncAttempt>, QString>>(
        [phaseId](QSqlDatabase& db) { return PhaseRepository(db, {}).attempts(phaseId); }, context,
        std::move(done));
}

void SyncQueueAccess::failedPhaseIds(const QDateTime& staleBefore, QObject* context,
    std::function<void(Expected<QList<qint64>, QString>)> done) const
{
    m_worker->post<Expected<QList<qint64>, QString>>(
        [staleBefore](
            QSqlDatabase& db) { return PhaseRepository(db, {}).phaseIdsToSync(false, true, staleBefore); },
        context, std::move(done));
}

void SyncQueueAccess::archive(const QList<qint64>& ids, const QString& reason, const QString& actor,
    QObject* context, std::function<void(QList<qint64> done, QStringList errors)> done) const
{
    m_worker->post<Outcome>(
        [ids, reason, actor](QSqlDatabase& db) {
            Outcome outcome;
            PhaseRepository repository(db, actor);
            for (qint64 id : ids) {
                if (auto archived = repository.archive(id, reason); archived)
                    outcome.first.append(id);
                else
                    outcome.second.append(archived.error());
            }
            return outcome;
        },
        context, [done](Outcome outcome) { done(outcome.first, outcome.second); });
}

void SyncQueueAccess::markForResync(const QList<qint64>& ids, const QString& reason, const QString& actor,
    QObject* context, std::function<void(QList<qint64> done, QStringList errors)> done) const
{
    m_worker->post<Outcome>(
        [ids, reason, actor](QSqlDatabase& db) {
            Outcome outcome;
            PhaseRepository repository(db, actor);
            for (qint64 id : ids) {
                if (auto marked = repository.markForResync(id, reason); marked)
                    outcome.first.append(id);
                else
                    outcome.second.append(marked.error());
            }
            return outcome;
        },
        context, [done](Outcome outcome) { done(outcome.first, outcome.second); });
}

} // namespace salon::sync
