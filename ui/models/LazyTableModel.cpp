#include "LazySqlTableModel.h"

#include "ColumnValidator.h"
#include "CsvWriter.h"
#include "Icons.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"

#include <QApplication>
#include <QBrush>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace salon::ui
{

namespace
{

constexpr int kMaxCachedChunks = 96; // ~25,000 rows at the default chunk size
constexpr int kMaxWantedChunks = 6; // older wishes are dropped while the user scrolls fast

QString keyText(const QVariant& key)
{
    return key.toString();
}

QVariantList rowFrom(const QSqlQuery& query, int count)
{
    QVariantList row;
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row.append(query.value(i));
    return row;
}

Expected<QVariantMap, QString> readRecord(QSqlDatabase& db, const TableSpec& spec, const QVariant& key)
{
    auto q = runSql(
        db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(spec.baseTable, spec.primaryKey), { key });
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return Unexpected(
            LazySqlTableModel::tr("The row no longer exists; someone else may have deleted it."));
    QVariantMap record;
    const QSqlRecord fields = q->record();
    for (int i = 0; i < fields.count(); ++i)
        record.insert(fields.fieldName(i), q->value(i));
    return record;
}

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

QString databaseRefused(const QString& error)
{
    return LazySqlTableModel::tr("The database refused the change: %1").arg(error);
}

} // namespace

// A copy of what a write needs, so the job in the worker thread shares nothing with the model.
struct LazySqlTableModel::WriteContext {
    TableSpec spec;
    QString actor;
    SqlStatement selectOneTemplate;
    int valueCount = 0;

    Expected<QVariantList, QString> reselect(QSqlDatabase& db, const QVariant& key) const
    {
        auto q = runSql(db, selectOneTemplate.sql, { key });
        if (!q)
            return Unexpected(q.error());
        if (!q->next())
            return QVariantList();
        return rowFrom(*q, valueCount);
    }

    QString checkUnique(
        QSqlDatabase& db, const QVariantMap& after, const QVariant& ownKey, const QStringList& changed) const
    {
        for (const UniqueGroup& group : spec.uniqueGroups) {
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
                conditions.append(spec.primaryKey + QStringLiteral(" <> ?"));
                values.append(ownKey);
            }
            auto q = runSql(db,
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                    .arg(spec.baseTable, conditions.join(QStringLiteral(" AND "))),
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

    QString audit(QSqlDatabase& db, const QString& action, const QVariant& key, const QVariantMap& before,
        const QVariantMap& after) const
    {
        if (!spec.audited)
            return {};
        auto q = runSql(db,
            QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { toSqlTime(Clock::instance().nowUtc()), actor, action,
                spec.baseTable + QLatin1Char(':') + key.toString(),
                before.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(toJson(before)),
                after.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(toJson(after)) });
        return q ? QString() : q.error();
    }
};

LazySqlTableModel::LazySqlTableModel(TableSpec spec, const DatabaseUrl& url, QObject* parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec))
    , m_worker(std::make_unique<DatabaseWorker>(url))
    , m_timeZone(QTimeZone::utc())
    , m_actor(QStringLiteral("gui"))
    , m_liveGeneration(std::make_shared<std::atomic_int>(0))
{
    m_builder = std::make_unique<SqlQueryBuilder>(m_spec, m_worker->isPostgres());
    connect(m_worker.get(), &DatabaseWorker::connectionFailed, this, &LazySqlTableModel::loadFailed);
    restartQuery(false);
}

LazySqlTableModel::~LazySqlTableModel()
{
    // Stop the worker before the members its queued jobs refer to go away.
    m_worker.reset();
}

void LazySqlTableModel::setSearchText(const QString& text)
{
    if (text == m_state.searchText)
        return;
    m_state.searchText = text;
    restartQuery(true);
}

void LazySqlTableModel::setSearchColumn(int column)
{
    if (column == m_state.searchColumn)
        return;
    m_state.searchColumn = column;
    if (!m_state.searchText.trimmed().isEmpty())
        restartQuery(true);
}

void LazySqlTableModel::setQuickFilter(int index)
{
    if (index == m_state.quickFilter)
        return;
    m_state.quickFilter = index;
    restartQuery(true);
}

void LazySqlTableModel::setFixedFilter(const QString& whereSql, const QVariantList& values)
{
    m_state.fixedWhere = whereSql;
    m_state.fixedValues = values;
    restartQuery(true);
}

void LazySqlTableModel::refresh()
{
    restartQuery(false);
}

void LazySqlTableModel::setTimeZone(const QTimeZone& zone)
{
    m_timeZone = zone.isValid() ? zone : QTimeZone::utc();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1), { Qt::DisplayRole });
}

void LazySqlTableModel::restartQuery(bool resetView)
{
    ++m_generation;
    m_liveGeneration->store(m_generation);
    m_wantedChunks.clear();
    m_chunkInFlight = -1;
    if (resetView) {
        // A new filter shows other rows: start empty rather than show stale ones under new headers.
        beginResetModel();
        m_chunks.clear();
        m_rowCount = 0;
        m_countKnown = false;
        endResetModel();
    } else {
        // Same rows, new contents: keep the rows and position (they reload as placeholders) until the
        // new count arrives.
        m_chunks.clear();
        m_countKnown = false;
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
    }

    const int generation = m_generation;
    const SqlStatement statement = m_builder->count(m_state);
    auto live = m_liveGeneration;
    m_worker->post<std::pair<int, QString>>(
        [statement, live, generation](QSqlDatabase& db) -> std::pair<int, QString> {
            if (live->load() != generation)
                return { -1, QString() };
            auto q = runSql(db, statement.sql, statement.values);
            if (!q)
                return { -1, q.error() };
            return { q->next() ? q->value(0).toInt() : 0, QString() };
        },
        this,
        [this, generation](std::pair<int, QString> result) {
            if (!result.second.isEmpty()) {
                if (generation == m_generation)
                    emit loadFailed(tr("Cannot count the rows of %1: %2").arg(m_spec.title, result.second));
                return;
            }
            if (result.first >= 0)
                applyCount(generation, result.first);
        });
    // The first rows are wanted at once; ask for them with the count rather than after it.
    requestChunk(0);
}

void LazySqlTableModel::applyCount(int generation, int count)
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
    }
    m_countKnown = true;
    emit countChanged(count);
}

void LazySqlTableModel::requestChunk(int chunk) const
{
    if (m_chunks.contains(chunk) || m_chunkInFlight == chunk)
        return;
    m_wantedChunks.removeAll(chunk);
    m_wantedChunks.append(chunk);
    while (m_wantedChunks.size() > kMaxWantedChunks)
        m_wantedChunks.removeFirst();
    if (m_chunkInFlight < 0) {
        // data() is const and may run inside a paint event: start the fetch from the event loop.
        auto* self = const_cast<LazySqlTableModel*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->dispatchNextChunk(); }, Qt::QueuedConnection);
    }
}

void LazySqlTableModel::dispatchNextChunk()
{
    if (m_chunkInFlight >= 0 || m_wantedChunks.isEmpty())
        return;
    // Newest wish first: after a fast scroll the rows in view matter, not the ones scrolled past.
    const int chunk = m_wantedChunks.takeLast();
    if (m_chunks.contains(chunk))
        return dispatchNextChunk();
    m_chunkInFlight = chunk;
    const int generation = m_generation;
    const SqlStatement statement = m_builder->select(m_state, chunk * m_chunkSize, m_chunkSize);
    const int valueCount = m_builder->valueCount();
    auto live = m_liveGeneration;
    using Result = std::pair<QList<QVariantList>, QString>;
    m_worker->post<Result>(
        [statement, live, generation, valueCount](QSqlDatabase& db) -> Result {
            if (live->load() != generation)
                return {};
            auto q = runSql(db, statement.sql, statement.values);
            if (!q)
                return { {}, q.error() };
            QList<QVariantList> rows;
            while (q->next())
                rows.append(rowFrom(*q, valueCount));
            return { rows, QString() };
        },
        this,
        [this, generation, chunk](
            Result result) { applyChunk(generation, chunk, result.first, result.second); });
}

void LazySqlTableModel::applyChunk(
    int generation, int chunk, const QList<QVariantList>& rows, const QString& error)
{
    if (generation != m_generation)
        return; // restartQuery already cleared the in-flight mark
    m_chunkInFlight = -1;
    if (!error.isEmpty()) {
        emit loadFailed(tr("Cannot load the rows of %1: %2").arg(m_spec.title, error));
        m_wantedChunks.clear();
        return;
    }
    m_chunks.insert(chunk, rows);
    evictChunks(chunk);
    const int first = chunk * m_chunkSize;
    const int last = qMin(first + int(rows.size()), m_rowCount) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit rowsLoaded(first, last);
    }
    dispatchNextChunk();
}

void LazySqlTableModel::evictChunks(int keepNear)
{
    while (m_chunks.size() > kMaxCachedChunks) {
        int farthest = -1;
        for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it)
            if (farthest < 0 || qAbs(it.key() - keepNear) > qAbs(farthest - keepNear))
                farthest = it.key();
        m_chunks.remove(farthest);
    }
}

const QVariantList* LazySqlTableModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto it = m_chunks.constFind(row / m_chunkSize);
    if (it == m_chunks.cend())
        return nullptr;
    const int offset = row % m_chunkSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariantList* LazySqlTableModel::cachedRow(int row)
{
    return const_cast<QVariantList*>(std::as_const(*this).cachedRow(row));
}

bool LazySqlTableModel::isRowLoaded(int row) const
{
    return cachedRow(row) != nullptr;
}

int LazySqlTableModel::loadedRowCount() const
{
    int count = 0;
    for (const auto& chunk : m_chunks)
        count += chunk.size();
    return count;
}

QVariant LazySqlTableModel::keyOf(int row) const
{
    const QVariantList* values = cachedRow(row);
    return values ? values->value(0) : QVariant();
}

int LazySqlTableModel::rowOfKey(const QVariant& key) const
{
    const QString wanted = keyText(key);
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (keyText(it->at(i).value(0)) == wanted)
                return it.key() * m_chunkSize + i;
    return -1;
}

QVariantMap LazySqlTableModel::recordValues(int row) const
{
    QVariantMap record;
    const QVariantList* values = cachedRow(row);
    if (!values)
        return record;
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        const ColumnSpec& column = m_spec.columns.at(i);
        if (!column.writeColumn.isEmpty())
            record.insert(column.writeColumn, values->value(i));
    }
    record.insert(m_spec.primaryKey, values->value(0));
    return record;
}

QVariantList LazySqlTableModel::displayRow(int row) const
{
    QVariantList result;
    const QVariantList* values = cachedRow(row);
    if (!values)
        return result;
    for (int i = 0; i < m_spec.columns.size(); ++i)
        result.append(displayValue(i, *values));
    return result;
}

QString LazySqlTableModel::describeRow(int row) const
{
    const QVariantList values = displayRow(row);
    if (values.isEmpty())
        return {};
    if (m_spec.describeRow)
        return m_spec.describeRow(values);
    return tr("row %1").arg(values.value(0).toString());
}

int LazySqlTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LazySqlTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant LazySqlTableModel::displayValue(int column, const QVariantList& row) const
{
    const ColumnSpec& spec = m_spec.columns.at(column);
    const QVariant value = row.value(m_builder->displayIndex(column));
    if (value.isNull())
        return {};
    switch (spec.type) {
    case ColumnType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case ColumnType::DateTime: {
        const QDateTime time = fromSqlTime(value);
        return time.isValid() ? time.toTimeZone(m_timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QVariant();
    }
    default:
        return value;
    }
}

QVariant LazySqlTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_spec.columns.size())
        return {};
    const ColumnSpec& column = m_spec.columns.at(index.column());
    const QVariantList* row = cachedRow(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == RowLoadedRole)
            requestChunk(index.row() / m_chunkSize);
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

    const auto findings = m_findings.constFind(keyText(row->value(0)));
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
    case StoredValueRole:
        return row->value(index.column());
    case RowLoadedRole:
        return true;
    case PrimaryKeyRole:
        return row->value(0);
    case Qt::ToolTipRole:
        if (findings != m_findings.cend()) {
            QStringList lines;
            for (const RowFinding& finding : *findings)
                lines.append(finding.message);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DecorationRole:
    case Qt::BackgroundRole: {
        if (findings == m_findings.cend())
            return {};
        RowFinding::Severity worst = RowFinding::Severity::Info;
        for (const RowFinding& finding : *findings)
            worst = qMax(worst, finding.severity);
        if (role == Qt::DecorationRole) {
            if (index.column() != 0)
                return {};
            switch (worst) {
            case RowFinding::Severity::Error:
                return Icons::error();
            case RowFinding::Severity::Warning:
                return Icons::warning();
            case RowFinding::Severity::Info:
                return Icons::info();
            }
            return {};
        }
        switch (worst) {
        case RowFinding::Severity::Error:
            return QBrush(QColor(255, 205, 205));
        case RowFinding::Severity::Warning:
            return QBrush(QColor(255, 236, 190));
        case RowFinding::Severity::Info:
            return QBrush(QColor(215, 232, 255));
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant LazySqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_spec.columns.size()) {
        if (role == Qt::DisplayRole)
            return m_spec.columns.at(section).title;
        return {};
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags LazySqlTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const ColumnSpec& column = m_spec.columns.at(index.column());
    if (!column.editableInPlace || column.writeColumn.isEmpty() || !isRowLoaded(index.row()))
        return result;
    if (column.type == ColumnType::Bool)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

bool LazySqlTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const ColumnSpec& column = m_spec.columns.at(index.column());
    QVariant input = value;
    if (role == Qt::CheckStateRole && column.type == ColumnType::Bool)
        input = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;

    auto checked = ColumnValidator::check(column, input);
    if (!checked) {
        emit editRejected(checked.error());
        return false;
    }
    QVariantList* row = cachedRow(index.row());
    const QVariant key = row->value(0);
    if (row->value(index.column()) == checked.value()
        && row->value(index.column()).isNull() == checked->isNull())
        return true;
    // Show the new value at once; the write confirms it or puts the stored row back.
    (*row)[index.column()] = checked.value();
    if (m_builder->displayIndex(index.column()) != index.column())
        (*row)[m_builder->displayIndex(index.column())] = checked.value();
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    updateRecord(key, { { column.writeColumn, checked.value() } });
    return true;
}

void LazySqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_state.sortColumn && order == m_state.sortOrder)
        return;
    if (column >= 0 && column < m_spec.columns.size() && !m_spec.columns.at(column).sortable)
        return;
    m_state.sortColumn = column;
    m_state.sortOrder = order;
    restartQuery(true);
}

LazySqlTableModel::WriteContext LazySqlTableModel::writeContext() const
{
    return WriteContext { m_spec, m_actor, m_builder->selectOne(QVariant()), m_builder->valueCount() };
}

Expected<QVariantMap, QString> LazySqlTableModel::validateRecord(const QVariantMap& values) const
{
    QVariantMap checkedValues;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int columnIndex = m_spec.columnOfWrite(it.key());
        if (columnIndex < 0) {
            checkedValues.insert(it.key(), it.value());
            continue;
        }
        auto checked = ColumnValidator::check(m_spec.columns.at(columnIndex), it.value());
        if (!checked)
            return Unexpected(checked.error());
        checkedValues.insert(it.key(), checked.value());
    }
    return checkedValues;
}

void LazySqlTableModel::finishWrite(const WriteResult& result, const WriteCallback& done, bool refreshAfter)
{
    if (!result.error.isEmpty()) {
        qCInfo(lcUi) << "write to" << m_spec.baseTable << "failed:" << result.error;
        emit writeFailed(result.error);
    } else {
        if (refreshAfter)
            refresh();
        emit writeSucceeded(result.key);
    }
    if (done)
        done(result);
}

void LazySqlTableModel::insertRecord(const QVariantMap& values, WriteCallback done)
{
    auto checked = validateRecord(values);
    if (!checked) {
        emit editRejected(checked.error());
        if (done)
            done({ checked.error(), {}, {} });
        return;
    }
    const WriteContext context = writeContext();
    const QVariantMap record = checked.value();
    m_worker->post<WriteResult>(
        [context, record](QSqlDatabase& db) -> WriteResult {
            const TableSpec& spec = context.spec;
            Transaction transaction(db);
            if (!transaction.isActive())
                return { databaseRefused(transaction.error()), {}, {} };
            QVariantMap after = record;
            const QString now = toSqlTime(Clock::instance().nowUtc());
            for (const QString& column : spec.stampOnInsert)
                after.insert(column, now);
            if (spec.rowCheck)
                if (const QString problem = spec.rowCheck(after); !problem.isEmpty())
                    return { problem, {}, {} };
            if (const QString problem = context.checkUnique(db, after, {}, after.keys()); !problem.isEmpty())
                return { problem, {}, {} };
            QStringList placeholders;
            for (int i = 0; i < after.size(); ++i)
                placeholders.append(QStringLiteral("?"));
            auto q = runSql(db,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                    .arg(spec.baseTable, after.keys().join(QStringLiteral(", ")),
                        placeholders.join(QStringLiteral(", ")), spec.primaryKey),
                after.values());
            if (!q)
                return { databaseRefused(q.error()), {}, {} };
            const QVariant key = q->next() ? q->value(0) : after.value(spec.primaryKey);
            q->finish();
            after.insert(spec.primaryKey, key);
            if (const QString error = context.audit(db, QStringLiteral("insert"), key, {}, after);
                !error.isEmpty())
                return { databaseRefused(error), {}, {} };
            if (!transaction.commit())
                return { databaseRefused(transaction.error()), {}, {} };
            auto row = context.reselect(db, key);
            return { QString(), key, row ? row.value() : QVariantList() };
        },
        this, [this, done](WriteResult result) { finishWrite(result, done, true); });
}

void LazySqlTableModel::updateRecord(const QVariant& key, const QVariantMap& values, WriteCallback done)
{
    auto checked = validateRecord(values);
    if (!checked) {
        emit editRejected(checked.error());
        if (done)
            done({ checked.error(), key, {} });
        return;
    }
    const WriteContext context = writeContext();
    const QVariantMap changes = checked.value();
    m_worker->post<WriteResult>(
        [context, key, changes](QSqlDatabase& db) -> WriteResult {
            const TableSpec& spec = context.spec;
            Transaction transaction(db);
            if (!transaction.isActive())
                return { databaseRefused(transaction.error()), key, {} };
            auto before = readRecord(db, spec, key);
            if (!before)
                return { before.error(), key, {} };
            QVariantMap after = before.value();
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                after.insert(it.key(), it.value());
            QVariantMap written = changes;
            const QString now = toSqlTime(Clock::instance().nowUtc());
            for (const QString& column : spec.touchOnUpdate) {
                after.insert(column, now);
                written.insert(column, now);
            }
            if (spec.rowCheck)
                if (const QString problem = spec.rowCheck(after); !problem.isEmpty())
                    return { problem, key, {} };
            if (const QString problem = context.checkUnique(db, after, key, changes.keys());
                !problem.isEmpty())
                return { problem, key, {} };
            QStringList assignments;
            for (const QString& column : written.keys())
                assignments.append(column + QStringLiteral(" = ?"));
            QVariantList bound = written.values();
            bound.append(key);
            auto q = runSql(db,
                QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                    .arg(spec.baseTable, assignments.join(QStringLiteral(", ")), spec.primaryKey),
                bound);
            if (!q)
                return { databaseRefused(q.error()), key, {} };
            if (const QString error = context.audit(db, QStringLiteral("update"), key, before.value(), after);
                !error.isEmpty())
                return { databaseRefused(error), key, {} };
            if (!transaction.commit())
                return { databaseRefused(transaction.error()), key, {} };
            auto row = context.reselect(db, key);
            return { QString(), key, row ? row.value() : QVariantList() };
        },
        this,
        [this, done, context, key](WriteResult result) {
            if (result.error.isEmpty()) {
                replaceRow(result.key, result.row);
            } else {
                // Put the stored row back over the optimistic edit.
                m_worker->post<QVariantList>(
                    [context, key](QSqlDatabase& db) {
                        auto row = context.reselect(db, key);
                        return row ? row.value() : QVariantList();
                    },
                    this, [this, key](QVariantList row) { replaceRow(key, row); });
            }
            finishWrite(result, done, false);
        });
}

void LazySqlTableModel::replaceRow(const QVariant& key, const QVariantList& values)
{
    const int row = rowOfKey(key);
    if (row < 0 || values.isEmpty())
        return;
    *cachedRow(row) = values;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void LazySqlTableModel::deleteRecord(const QVariant& key, WriteCallback done)
{
    const WriteContext context = writeContext();
    m_worker->post<WriteResult>(
        [context, key](QSqlDatabase& db) -> WriteResult {
            const TableSpec& spec = context.spec;
            Transaction transaction(db);
            if (!transaction.isActive())
                return { databaseRefused(transaction.error()), key, {} };
            auto before = readRecord(db, spec, key);
            if (!before)
                return { before.error(), key, {} };
            for (const Dependent& dependent : spec.dependents) {
                QVariantList keys;
                for (const QString& column : dependent.keyColumns)
                    keys.append(before->value(column));
                if (dependent.blocksDelete) {
                    auto q = runSql(db, dependent.countSql, keys);
                    if (!q)
                        return { databaseRefused(q.error()), key, {} };
                    const int count = q->next() ? q->value(0).toInt() : 0;
                    if (count > 0)
                        return { tr("Cannot delete it: %1 still refer to it.").arg(dependent.describe(count)),
                            key, {} };
                } else if (!dependent.deleteSql.isEmpty()) {
                    if (auto q = runSql(db, dependent.deleteSql, keys); !q)
                        return { databaseRefused(q.error()), key, {} };
                }
            }
            if (auto q = runSql(db,
                    QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(spec.baseTable, spec.primaryKey),
                    { key });
                !q)
                return { databaseRefused(q.error()), key, {} };
            if (const QString error = context.audit(db, QStringLiteral("delete"), key, before.value(), {});
                !error.isEmpty())
                return { databaseRefused(error), key, {} };
            if (!transaction.commit())
                return { databaseRefused(transaction.error()), key, {} };
            return { QString(), key, {} };
        },
        this,
        [this, done](WriteResult result) {
            if (result.error.isEmpty()) {
                const int row = rowOfKey(result.key);
                if (row >= 0) {
                    // Remove just this row; the chunks after it shift and reload when seen.
                    beginRemoveRows({}, row, row);
                    const int firstStale = row / m_chunkSize;
                    for (auto it = m_chunks.begin(); it != m_chunks.end();)
                        it = it.key() >= firstStale ? m_chunks.erase(it) : std::next(it);
                    --m_rowCount;
                    endRemoveRows();
                    if (m_rowCount > row)
                        emit dataChanged(index(row, 0), index(m_rowCount - 1, columnCount() - 1));
                    finishWrite(result, done, false);
                    emit countChanged(m_rowCount);
                    return;
                }
            }
            finishWrite(result, done, result.error.isEmpty());
        });
}

void LazySqlTableModel::runWrite(WriteJob job, WriteCallback done)
{
    m_worker->post<WriteResult>(
        std::move(job), this, [this, done](WriteResult result) { finishWrite(result, done, true); });
}

void LazySqlTableModel::countDependents(
    const QVariant& key, std::function<void(QList<DependentCount>, QString error)> done)
{
    const TableSpec spec = m_spec;
    using Result = std::pair<QList<DependentCount>, QString>;
    m_worker->post<Result>(
        [spec, key](QSqlDatabase& db) -> Result {
            auto before = readRecord(db, spec, key);
            if (!before)
                return { {}, before.error() };
            QList<DependentCount> counts;
            for (const Dependent& dependent : spec.dependents) {
                QVariantList keys;
                for (const QString& column : dependent.keyColumns)
                    keys.append(before->value(column));
                auto q = runSql(db, dependent.countSql, keys);
                if (!q)
                    return { {}, q.error() };
                const int count = q->next() ? q->value(0).toInt() : 0;
                if (count > 0)
                    counts.append({ dependent.describe(count), count, dependent.blocksDelete });
            }
            return { counts, QString() };
        },
        this, [done](Result result) { done(result.first, result.second); });
}

void LazySqlTableModel::exportCsv(const QString& filePath, std::function<void(int rows, QString error)> done)
{
    const SqlStatement statement = m_builder->select(m_state, 0, -1);
    QStringList headers;
    QList<int> indexes;
    QList<bool> timeColumns;
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        headers.append(m_spec.columns.at(i).title);
        indexes.append(m_builder->displayIndex(i));
        timeColumns.append(m_spec.columns.at(i).type == ColumnType::DateTime);
    }
    const int valueCount = m_builder->valueCount();
    using Result = std::pair<int, QString>;
    m_worker->post<Result>(
        [statement, headers, indexes, timeColumns, valueCount, filePath](QSqlDatabase& db) -> Result {
            auto q = runSql(db, statement.sql, statement.values);
            if (!q)
                return { 0, q.error() };
            QSaveFile file(filePath);
            if (!file.open(QIODevice::WriteOnly))
                return { 0, file.errorString() };
            CsvWriter writer(&file);
            writer.writeRow(headers);
            int rows = 0;
            while (q->next()) {
                const QVariantList row = rowFrom(*q, valueCount);
                QStringList fields;
                for (int i = 0; i < indexes.size(); ++i) {
                    const QVariant value = row.value(indexes.at(i));
                    // Times stay UTC ISO-8601 in the file, so they sort and import unambiguously.
                    fields.append(timeColumns.at(i) ? toSqlTimeOrNull(fromSqlTime(value)).toString()
                                                    : value.toString());
                }
                writer.writeRow(fields);
                ++rows;
            }
            if (!file.commit())
                return { 0, file.errorString() };
            return { rows, QString() };
        },
        this, [done](Result result) { done(result.first, result.second); });
}

void LazySqlTableModel::setRowFindings(const QList<RowFinding>& findings)
{
    m_findings.clear();
    for (const RowFinding& finding : findings)
        m_findings[keyText(finding.rowId)].append(finding);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1),
            { Qt::BackgroundRole, Qt::DecorationRole, Qt::ToolTipRole });
}

QList<RowFinding> LazySqlTableModel::rowFindings(const QVariant& key) const
{
    return m_findings.value(keyText(key));
}

void LazySqlTableModel::waitForWorker()
{
    m_worker->waitForIdle();
}

} // namespace salon::ui
