#include "TableAccess.h"

#include "TableWriter.h"
#include "db/DatabaseWorker.h"

namespace salon::tables
{

namespace
{
// A superseded read: the caller has moved on and drops it.
QString skipped()
{
    return {};
}
} // namespace

TableAccess::TableAccess(DatabaseWorker* worker, TableSpec spec)
    : m_worker(worker)
    , m_spec(std::make_shared<const TableSpec>(std::move(spec)))
    , m_query(*m_spec, worker->isPostgres())
{
}

void TableAccess::count(const QueryState& state, Generation live, int generation, QObject* context,
    std::function<void(Expected<int, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<int, QString>>(
        [spec, state, live, generation](QSqlDatabase& db) -> Expected<int, QString> {
            if (live->load() != generation)
                return Unexpected(skipped());
            return TableReader(db, *spec).count(state);
        },
        context, std::move(done));
}

void TableAccess::rows(const QueryState& state, int offset, int limit, Generation live, int generation,
    QObject* context, std::function<void(Expected<Rows, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<Rows, QString>>(
        [spec, state, offset, limit, live, generation](QSqlDatabase& db) -> Expected<Rows, QString> {
            if (live->load() != generation)
                return Unexpected(skipped());
            return TableReader(db, *spec).rows(state, offset, limit);
        },
        context, std::move(done));
}

void TableAccess::rowsWithKeys(const QueryState& state, const QVariantList& keys, QObject* context,
    std::function<void(Expected<Rows, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<Rows, QString>>(
        [spec, state, keys](QSqlDatabase& db) { return TableReader(db, *spec).rowsWithKeys(state, keys); },
        context, std::move(done));
}

void TableAccess::row(
    const QVariant& key, QObject* context, std::function<void(Expected<QVariantList, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<QVariantList, QString>>(
        [spec, key](QSqlDatabase& db) { return TableReader(db, *spec).row(key); }, context, std::move(done));
}

void TableAccess::lookups(
    QObject* context, std::function<void(Expected<QHash<QString, LookupRows>, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<QHash<QString, LookupRows>, QString>>(
        [spec](QSqlDatabase& db) { return TableReader(db, *spec).lookups(); }, context, std::move(done));
}

void TableAccess::exportRows(const QueryState& state, std::shared_ptr<RowSink> sink, QObject* context,
    std::function<void(Expected<int, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<int, QString>>(
        [spec, state, sink](QSqlDatabase& db) -> Expected<int, QString> {
            if (const QString error = sink->begin(); !error.isEmpty())
                return Unexpected(error);
            auto rows = TableReader(db, *spec).forEachRow(
                state, [&sink](const QVariantList& row) { sink->row(row); });
            const QString error = sink->finish();
            if (!rows)
                return rows;
            if (!error.isEmpty())
                return Unexpected(error);
            return rows;
        },
        context, std::move(done));
}

void TableAccess::insert(const QVariantMap& values, const QString& actor, QObject* context,
    std::function<void(WriteResult)> done) const
{
    auto spec = m_spec;
    m_worker->post<WriteResult>(
        [spec, values, actor](QSqlDatabase& db) { return TableWriter(db, *spec, actor).insert(values); },
        context, std::move(done));
}

void TableAccess::update(const QVariant& key, const QVariantMap& changes, const QString& actor,
    QObject* context, std::function<void(WriteResult)> done) const
{
    auto spec = m_spec;
    m_worker->post<WriteResult>(
        [spec, key, changes, actor](
            QSqlDatabase& db) { return TableWriter(db, *spec, actor).update(key, changes); },
        context, std::move(done));
}

void TableAccess::remove(
    const QVariant& key, const QString& actor, QObject* context, std::function<void(WriteResult)> done) const
{
    auto spec = m_spec;
    m_worker->post<WriteResult>(
        [spec, key, actor](QSqlDatabase& db) { return TableWriter(db, *spec, actor).remove(key); }, context,
        std::move(done));
}

void TableAccess::positionOf(const QueryState& state, const QVariant& key, QObject* context,
    std::function<void(Expected<int, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<int, QString>>(
        [spec, state, key](QSqlDatabase& db) { return TableReader(db, *spec).positionOf(state, key); },
        context, std::move(done));
}

void TableAccess::countDependents(const QVariant& key, QObject* context,
    std::function<void(Expected<QList<DependentCount>, QString>)> done) const
{
    auto spec = m_spec;
    m_worker->post<Expected<QList<DependentCount>, QString>>(
        [spec, key](QSqlDatabase& db) { return TableWriter(db, *spec, QString()).countDependents(key); },
        context, std::move(done));
}

} // namespace salon::tables
