#include "LazyTableModel.h"
#include "ui/DateTimeText.h"

#include "core/common/Logging.h"
#include "core/db/DatabaseSession.h"
#include "core/db/SqlTime.h"
#include "core/tables/ColumnValidator.h"
#include "core/tables/TableWriter.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QSet>

namespace salon::ui
{

using tables::ColumnSpec;
using tables::ColumnType;
using tables::TableAccess;
using tables::WriteResult;

namespace
{
constexpr int kMaxWantedChunks = 6; // older wishes are dropped while the user scrolls fast
} // namespace

LazyTableModel::LazyTableModel(tables::TableSpec spec, DatabaseSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_access(session->worker(), std::move(spec))
    , m_timeZone(QTimeZone::utc())
    , m_actor(QStringLiteral("gui"))
    , m_liveGeneration(std::make_shared<std::atomic_int>(0))
{
    connect(session->worker(), &DatabaseWorker::connectionFailed, this, &LazyTableModel::loadFailed);
    connect(session->changes(), &ChangeWatcher::changed, this, &LazyTableModel::applyChanges);
    restartQuery(false);
}

LazyTableModel::~LazyTableModel() = default;

void LazyTableModel::setSearchText(const QString& text)
{
    if (text == m_state.searchText)
        return;
    m_state.searchText = text;
    restartQuery(true);
}

void LazyTableModel::setSearchColumn(int column)
{
    if (column == m_state.searchColumn)
        return;
    m_state.searchColumn = column;
    if (!m_state.searchText.trimmed().isEmpty())
        restartQuery(true);
}

void LazyTableModel::setQuickFilter(int index)
{
    if (index == m_state.quickFilter)
        return;
    m_state.quickFilter = index;
    restartQuery(true);
}

void LazyTableModel::setFixedFilter(const tables::QuickFilter& filter)
{
    m_state.fixedWhere = filter.whereSql;
    m_state.fixedValues = filter.values;
    restartQuery(true);
}

void LazyTableModel::refresh()
{
    restartQuery(false);
}

void LazyTableModel::setTimeZone(const QTimeZone& zone)
{
    m_timeZone = zone.isValid() ? zone : QTimeZone::utc();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1), { Qt::DisplayRole });
}

void LazyTableModel::restartQuery(bool resetView)
{
    ++m_generation;
    m_liveGeneration->store(m_generation);
    m_wantedChunks.clear();
    m_chunkInFlight = -1;
    if (resetView) {
        // A new filter shows other rows: start empty rather than show stale ones under new headers.
        beginResetModel();
        m_cache.clear();
        m_rowCount = 0;
        m_countKnown = false;
        endResetModel();
    } else {
        // Same rows, new contents: keep the rows and position (they reload as placeholders) until the
        // new count arrives.
        m_cache.clear();
        m_countKnown = false;
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
    }
    const int generation = m_generation;
    m_access.count(
        m_state, m_liveGeneration, generation, this, [this, generation](Expected<int, QString> count) {
            if (generation != m_generation)
                return;
            if (!count) {
                if (!count.error().isEmpty())
                    emit loadFailed(tr("Cannot count the rows of %1: %2").arg(spec().title, count.error()));
                return;
            }
            applyCount(generation, count.value());
        });
    // The first rows are wanted at once; ask for them with the count rather than after it.
    requestChunk(0);
}

void LazyTableModel::applyCount(int generation, int count)
{
    if (generation != m_generation)
        return;
    if (count > m_rowCount) {
        beginInsertRows({}, m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    } else if (count < m_rowCount) {
        beginRemoveRows({}, count, m_rowCount - 1);
        m_rowCount = count;
        endRemoveRows();
        m_cache.dropFrom(m_cache.chunkOf(count) + 1);
    }
    m_countKnown = true;
    emit countChanged(count);
}

void LazyTableModel::requestChunk(int chunk) const
{
    if (m_cache.isChunkComplete(chunk, m_rowCount) || m_chunkInFlight == chunk)
        return;
    m_wantedChunks.removeAll(chunk);
    m_wantedChunks.append(chunk);
    while (m_wantedChunks.size() > kMaxWantedChunks)
        m_wantedChunks.removeFirst();
    if (m_chunkInFlight < 0) {
        // data() is const and may run inside a paint event: start the fetch from the event loop.
        auto* self = const_cast<LazyTableModel*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->dispatchNextChunk(); }, Qt::QueuedConnection);
    }
}

void LazyTableModel::dispatchNextChunk()
{
    if (m_chunkInFlight >= 0 || m_wantedChunks.isEmpty())
        return;
    // Newest wish first: after a fast scroll the rows in view matter, not the ones scrolled past.
    const int chunk = m_wantedChunks.takeLast();
    if (m_cache.isChunkComplete(chunk, m_rowCount))
        return dispatchNextChunk();
    m_chunkInFlight = chunk;
    const int generation = m_generation;
    m_access.rows(m_state, chunk * chunkSize(), chunkSize(), m_liveGeneration, generation, this,
        [this, generation, chunk](
            Expected<TableAccess::Rows, QString> rows) { applyChunk(generation, chunk, rows); });
}

void LazyTableModel::applyChunk(int generation, int chunk, const Expected<TableAccess::Rows, QString>& rows)
{
    if (generation != m_generation)
        return; // restartQuery already cleared the in-flight mark
    m_chunkInFlight = -1;
    if (!rows) {
        emit loadFailed(tr("Cannot load the rows of %1: %2").arg(spec().title, rows.error()));
        m_wantedChunks.clear();
        return;
    }
    m_cache.insertChunk(chunk, rows.value(), chunk);
    const int first = chunk * chunkSize();
    const int last = qMin(first + int(rows->size()), m_rowCount) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit rowsLoaded(first, last);
    }
    dispatchNextChunk();
}

void LazyTableModel::applyChanges(const ChangeSet& changes)
{
    const tables::TableSpec& table = spec();
    bool touched = changes.touches(table.baseTable);
    bool everythingInView = changes.isWholeTable(table.baseTable);
    QSet<QString> keys = changes.keys(table.baseTable);
    for (const tables::ShownTable& shown : table.alsoShows) {
        if (!changes.touches(shown.table))
            continue;
        touched = true;
        if (!shown.byParentKey || changes.isWholeTable(shown.table))
            everythingInView = true;
        else
            keys.unite(changes.parentKeys(shown.table));
    }
    if (!touched)
        return;
    if (everythingInView)
        return refresh();
    // Loaded rows are read again under the current filter; the others may have been added or removed.
    QStringList loaded;
    bool unloaded = false;
    for (const QString& key : std::as_const(keys)) {
        if (m_cache.rowOfKey(key) >= 0)
            loaded.append(key);
        else
            unloaded = true;
    }
    if (!loaded.isEmpty()) {
        QVariantList bound;
        for (const QString& key : std::as_const(loaded))
            bound.append(table.textPrimaryKey ? QVariant(key) : QVariant(key.toLongLong()));
        const int generation = m_generation;
        m_access.rowsWithKeys(
            m_state, bound, this, [this, generation, loaded](Expected<TableAccess::Rows, QString> rows) {
                if (generation != m_generation)
                    return;
                if (!rows)
                    return refresh();
                applyRows(rows.value(), loaded);
            });
    }
    if (unloaded)
        recountAfterChange();
}

void LazyTableModel::applyRows(const TableAccess::Rows& rows, const QStringList& asked)
{
    QSet<QString> answered;
    for (const QVariantList& values : rows) {
        const QString key = values.value(0).toString();
        answered.insert(key);
        const int row = m_cache.rowOfKey(key);
        if (row >= 0 && m_cache.replaceRow(row, values))
            emitRowChanged(row);
    }
    // A row that no longer matches (deleted, or out of the filter): the rows after it move up.
    for (const QString& key : asked)
        if (!answered.contains(key))
            return refresh();
}

void LazyTableModel::recountAfterChange()
{
    const int generation = m_generation;
    m_access.count(
        m_state, m_liveGeneration, generation, this, [this, generation](Expected<int, QString> count) {
            if (generation == m_generation && count && count.value() != m_rowCount)
                refresh();
        });
}

void LazyTableModel::emitRowChanged(int row)
{
    if (row < 0 || row >= m_rowCount)
        return;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QVariant LazyTableModel::keyOf(int row) const
{
    const QVariantList* values = m_cache.row(row);
    return values ? values->value(0) : QVariant();
}

QVariantMap LazyTableModel::recordValues(int row) const
{
    QVariantMap record;
    const QVariantList* values = m_cache.row(row);
    if (!values)
        return record;
    for (int i = 0; i < spec().columns.size(); ++i) {
        const ColumnSpec& column = spec().columns.at(i);
        if (!column.writeColumn.isEmpty())
            record.insert(column.writeColumn, values->value(i));
    }
    record.insert(spec().primaryKey, values->value(0));
    return record;
}

QVariantList LazyTableModel::displayRow(int row) const
{
    QVariantList result;
    const QVariantList* values = m_cache.row(row);
    if (!values)
        return result;
    for (int i = 0; i < spec().columns.size(); ++i)
        result.append(displayValue(i, *values));
    return result;
}

QString LazyTableModel::describeRow(int row) const
{
    const QVariantList values = displayRow(row);
    if (values.isEmpty())
        return {};
    if (spec().describeRow)
        return spec().describeRow(values);
    return tr("row %1").arg(values.value(0).toString());
}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LazyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(spec().columns.size());
}

QVariant LazyTableModel::displayValue(int column, const QVariantList& row) const
{
    const ColumnSpec& columnSpec = spec().columns.at(column);
    const QVariant value = row.value(m_access.query().displayIndex(column));
    if (value.isNull())
        return {};
    // Stored values in the salon's words ("no_show" → "No-show"); unknown ones as they are.
    if (!columnSpec.valueLabels.isEmpty())
        return columnSpec.valueLabels.value(value.toString(), value.toString());
    if (columnSpec.readable)
        return columnSpec.readable(value.toString());
    switch (columnSpec.type) {
    case ColumnType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case ColumnType::DateTime: {
        const QDateTime time = fromSqlTime(value);
        return time.isValid() ? QVariant(DateTimeText::dateTime(time, m_timeZone)) : QVariant();
    }
    default:
        return value;
    }
}

QVariant LazyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= spec().columns.size())
        return {};
    const ColumnSpec& column = spec().columns.at(index.column());
    const QVariantList* row = m_cache.row(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == RowLoadedRole)
            requestChunk(m_cache.chunkOf(index.row()));
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? QVariant(QStringLiteral("…")) : QVariant();
        case Qt::ForegroundRole:
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        case RowLoadedRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return column.type == ColumnType::Bool ? QVariant() : displayValue(index.column(), *row);
    case Qt::EditRole:
        if (column.type == ColumnType::Integer || column.type == ColumnType::Text
            || column.type == ColumnType::Uuid)
            return row->value(index.column()).toString(); // a line edit: bad input reaches validation
        if (column.type == ColumnType::DateTime)
            return fromSqlTime(row->value(index.column())).toTimeZone(m_timeZone);
        return row->value(index.column());
    case Qt::CheckStateRole:
        if (column.type == ColumnType::Bool)
            return row->value(index.column()).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column.type == ColumnType::Integer)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // What a readable column shows in other words, as stored.
        if (column.readable) {
            const QString stored = row->value(index.column()).toString();
            if (column.readable(stored) != stored)
                return stored;
        }
        return {};
    case StoredValueRole:
        return row->value(index.column());
    case RowLoadedRole:
        return true;
    case PrimaryKeyRole:
        return row->value(0);
    default:
        return {};
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < spec().columns.size()) {
        if (role == Qt::DisplayRole)
            return spec().columns.at(section).title;
        return {};
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags LazyTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const ColumnSpec& column = spec().columns.at(index.column());
    if (!column.editableInPlace || column.writeColumn.isEmpty() || !isRowLoaded(index.row()))
        return result;
    if (column.type == ColumnType::Bool)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

bool LazyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const ColumnSpec& column = spec().columns.at(index.column());
    QVariant input = value;
    if (role == Qt::CheckStateRole && column.type == ColumnType::Bool)
        input = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;

    auto checked = tables::ColumnValidator::check(column, input);
    if (!checked) {
        emit editRejected(checked.error());
        return false;
    }
    const QVariantList* row = m_cache.row(index.row());
    const QVariant key = row->value(0);
    if (row->value(index.column()) == checked.value()
        && row->value(index.column()).isNull() == checked->isNull())
        return true;
    // Show the new value at once; the write confirms it or puts the stored row back.
    m_cache.setValue(index.row(), index.column(), checked.value());
    const int shownAt = m_access.query().displayIndex(index.column());
    if (shownAt != index.column())
        m_cache.setValue(index.row(), shownAt, checked.value());
    emitRowChanged(index.row());
    updateRecord(key, { { column.writeColumn, checked.value() } });
    return true;
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_state.sortColumn && order == m_state.sortOrder)
        return;
    if (column >= 0 && column < spec().columns.size() && !spec().columns.at(column).sortable)
        return;
    m_state.sortColumn = column;
    m_state.sortOrder = order;
    restartQuery(true);
}

Expected<QVariantMap, QString> LazyTableModel::validateRecord(const QVariantMap& values) const
{
    return tables::TableWriter::validate(spec(), values);
}

void LazyTableModel::finishWrite(const WriteResult& result, const WriteCallback& done, bool refreshAfter)
{
    if (!result.ok()) {
        qCInfo(lcUi) << "write to" << spec().baseTable << "failed:" << result.error;
        emit writeFailed(result.error);
    } else {
        if (refreshAfter)
            refresh();
        emit writeSucceeded(result.key);
    }
    if (done)
        done(result);
}

void LazyTableModel::insertRecord(const QVariantMap& values, WriteCallback done)
{
    auto checked = validateRecord(values);
    if (!checked) {
        emit editRejected(checked.error());
        if (done)
            done({ checked.error(), {}, {} });
        return;
    }
    m_access.insert(checked.value(), m_actor, this,
        [this, done](WriteResult result) { finishWrite(result, done, true); });
}

void LazyTableModel::updateRecord(const QVariant& key, const QVariantMap& values, WriteCallback done)
{
    auto checked = validateRecord(values);
    if (!checked) {
        emit editRejected(checked.error());
        if (done)
            done({ checked.error(), key, {} });
        return;
    }
    m_access.update(key, checked.value(), m_actor, this, [this, done, key](WriteResult result) {
        if (result.ok()) {
            replaceRow(result.key, result.row);
        } else {
            // Put the stored row back over the optimistic edit.
            m_access.row(key, this, [this, key](Expected<QVariantList, QString> row) {
                if (row)
                    replaceRow(key, row.value());
            });
        }
        finishWrite(result, done, false);
    });
}

void LazyTableModel::replaceRow(const QVariant& key, const QVariantList& values)
{
    const int row = rowOfKey(key);
    if (row < 0 || values.isEmpty())
        return;
    m_cache.replaceRow(row, values);
    emitRowChanged(row);
}

void LazyTableModel::deleteRecord(const QVariant& key, WriteCallback done)
{
    m_access.remove(key, m_actor, this, [this, done](WriteResult result) {
        const int row = result.ok() ? rowOfKey(result.key) : -1;
        if (row < 0)
            return finishWrite(result, done, result.ok());
        // Remove just this row; the rows after it move up and reload when seen.
        beginRemoveRows({}, row, row);
        m_cache.removeRow(row);
        --m_rowCount;
        endRemoveRows();
        finishWrite(result, done, false);
        emit countChanged(m_rowCount);
    });
}

void LazyTableModel::countDependents(
    const QVariant& key, std::function<void(QList<tables::DependentCount>, QString error)> done)
{
    m_access.countDependents(key, this, [done](Expected<QList<tables::DependentCount>, QString> counts) {
        if (counts)
            done(counts.value(), QString());
        else
            done({}, counts.error());
    });
}

} // namespace salon::ui
