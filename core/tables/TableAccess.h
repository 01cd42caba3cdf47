#pragma once

#include "TableQuery.h"
#include "TableReader.h"
#include "TableSpec.h"
#include "common/Expected.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace salon
{
class DatabaseWorker;
}

namespace salon::tables
{

// Receives every row of an export in the worker thread: begin() first, then row() per row, then finish().
// A non-empty message from begin() or finish() is the export's error.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual QString begin() = 0;
    virtual void row(const QVariantList& values) = 0;
    virtual QString finish() = 0;
};

// The GUI's way to one table: every TableReader and TableWriter call runs in the application's one
// DatabaseWorker (the GUI thread never waits on the database), and its result comes back on the thread of
// a context object (dropped if that object is gone). A read that a newer query has superseded is skipped in
// the worker without running: pass the model's live generation; a skipped read ends with an empty error.
class TableAccess
{
public:
    using Rows = TableReader::Rows;
    // The generation the caller is at now; reads posted for an older one are skipped.
    using Generation = std::shared_ptr<const std::atomic_int>;

    TableAccess(DatabaseWorker* worker, TableSpec spec);

    const TableSpec& spec() const { return *m_spec; }
    const TableQuery& query() const { return m_query; }
    DatabaseWorker* worker() const { return m_worker; }

    void count(const QueryState& state, Generation live, int generation, QObject* context,
        std::function<void(Expected<int, QString>)> done) const;
    void rows(const QueryState& state, int offset, int limit, Generation live, int generation,
        QObject* context, std::function<void(Expected<Rows, QString>)> done) const;
    void rowsWithKeys(const QueryState& state, const QVariantList& keys, QObject* context,
        std::function<void(Expected<Rows, QString>)> done) const;
    // Where a key's row is among the state's rows (-1: not among them).
    void positionOf(const QueryState& state, const QVariant& key, QObject* context,
        std::function<void(Expected<int, QString>)> done) const;
    void row(const QVariant& key, QObject* context,
        std::function<void(Expected<QVariantList, QString>)> done) const;
    void lookups(
        QObject* context, std::function<void(Expected<QHash<QString, LookupRows>, QString>)> done) const;
    // Feeds every row of the state to sink in the worker thread (it must not touch widgets); done gets the
    // number of rows on the context's thread.
    void exportRows(const QueryState& state, std::shared_ptr<RowSink> sink, QObject* context,
        std::function<void(Expected<int, QString>)> done) const;

    void insert(const QVariantMap& values, const QString& actor, QObject* context,
        std::function<void(WriteResult)> done) const;
    void update(const QVariant& key, const QVariantMap& changes, const QString& actor, QObject* context,
        std::function<void(WriteResult)> done) const;
    void remove(const QVariant& key, const QString& actor, QObject* context,
        std::function<void(WriteResult)> done) const;
    void countDependents(const QVariant& key, QObject* context,
        std::function<void(Expected<QList<DependentCount>, QString>)> done) const;

private:
    DatabaseWorker* m_worker;
    std::shared_ptr<const TableSpec> m_spec;
    TableQuery m_query;
};

} // namespace salon::tables
