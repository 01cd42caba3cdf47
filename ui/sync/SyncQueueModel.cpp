#include "SyncQueueModel.h"

#include "Icons.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QApplication>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStyle>

namespace salon::ui
{

using sync::PhaseStage;

namespace
{

const QString kPhaseSelect = QStringLiteral(
    "SELECT p.id, p.appointment_id, p.segment_key, COALESCE(st.name, ''), p.staff_required, p.starts_at, "
    "p.sync_status, "
    "p.calcom_booking_id, p.calcom_booking_uid, p.sync_error, p.sync_attempts, p.archived_reason "
    "FROM appointment_phases p LEFT JOIN staff st ON st.id = p.staff_id ");

SyncQueueModel::PhaseRow readPhase(const QSqlQuery& q)
{
    SyncQueueModel::PhaseRow p;
    p.id = q.value(0).toLongLong();
    p.appointmentId = q.value(1).toLongLong();
    p.segmentKey = q.value(2).toString();
    p.staffName = q.value(3).toString();
    p.staffRequired = q.value(4).toBool();
    p.startsAt = fromSqlTime(q.value(5));
    p.status = q.value(6).toString();
    p.bookingId = q.value(7).toLongLong();
    p.bookingUid = q.value(8).toString();
    p.error = q.value(9).toString();
    p.attempts = q.value(10).toInt();
    p.archivedReason = q.value(11).toString();
    return p;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString statusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return SyncQueueModel::tr("pending");
    if (status == QLatin1String("syncing"))
        return SyncQueueModel::tr("syncing");
    if (status == QLatin1String("synced"))
        return SyncQueueModel::tr("synced");
    if (status == QLatin1String("failed"))
        return SyncQueueModel::tr("failed");
    if (status == QLatin1String("skipped"))
        return SyncQueueModel::tr("skipped");
    return status;
}

QIcon syncedIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
}

QIcon statusIcon(const QString& status, bool archived)
{
    if (archived)
        return Icons::info();
    if (status == QLatin1String("failed"))
        return Icons::error();
    if (status == QLatin1String("pending") || status == QLatin1String("syncing"))
        return Icons::warning();
    if (status == QLatin1String("synced"))
        return syncedIcon();
    return {};
}

} // namespace

SyncQueueModel::SyncQueueModel(const DatabaseUrl& url, QObject* parent)
    : QAbstractItemModel(parent)
    , m_worker(std::make_unique<DatabaseWorker>(url))
{
    connect(m_worker.get(), &DatabaseWorker::connectionFailed, this, &SyncQueueModel::loadFailed);
}

SyncQueueModel::~SyncQueueModel() = default;

void SyncQueueModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_filter.zone = zone;
    if (!m_appointments.isEmpty())
        emit dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn));
}

void SyncQueueModel::setFilter(const SyncQueueFilter& filter)
{
    m_filter = filter;
    m_filter.zone = m_zone;
    reload();
}

void SyncQueueModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_appointments.clear();
    m_hasMore = false;
    m_fetching = false;
    endResetModel();
    loadCounts();
    loadChunk(0);
}

void SyncQueueModel::loadChunk(int offset)
{
    m_fetching = true;
    ++m_loading;
    const int generation = m_generation;
    const SyncQueueFilter filter = m_filter;
    const int limit = m_chunkSize;
    m_worker->post<Chunk>(
        [filter, limit, offset](QSqlDatabase& db) {
            Chunk chunk;
            QVariantList values;
            // One row more than shown tells whether another chunk exists.
            auto q = runSql(db, filter.appointmentsSql(&values, limit + 1, offset), values);
            if (!q) {
                chunk.error = q.error();
                return chunk;
            }
            while (q->next()) {
                AppointmentRow row;
                row.id = q->value(0).toLongLong();
                row.customerName = q->value(1).toString();
                row.customerEmail = q->value(2).toString();
                row.startsAt = fromSqlTime(q->value(3));
                row.serviceName = q->value(5).toString();
                chunk.rows.append(row);
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
                kPhaseSelect
                    + QStringLiteral("WHERE p.appointment_id IN (%1) ORDER BY p.starts_at, p.id")
                          .arg(placeholders(ids.size())),
                ids);
            if (!p) {
                chunk.error = p.error();
                return chunk;
            }
            while (p->next()) {
                PhaseRow phase = readPhase(*p);
                chunk.rows[byId.value(phase.appointmentId)].phases.append(phase);
            }
            return chunk;
        },
        this,
        [this, generation](Chunk chunk) {
            --m_loading;
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!chunk.error.isEmpty()) {
                emit loadFailed(chunk.error);
                return;
            }
            m_hasMore = chunk.more;
            if (!chunk.rows.isEmpty()) {
                beginInsertRows(
                    {}, int(m_appointments.size()), int(m_appointments.size() + chunk.rows.size()) - 1);
                m_appointments += chunk.rows;
                endInsertRows();
            }
            emit loaded();
        });
}

void SyncQueueModel::loadCounts()
{
    ++m_loading;
    const int generation = m_generation;
    const SyncQueueFilter filter = m_filter;
    using Result = std::pair<Counts, QString>;
    m_worker->post<Result>(
        [filter](QSqlDatabase& db) {
            Result result;
            QVariantList values;
            auto q = runSql(db, filter.countsSql(&values), values);
            if (!q) {
                result.second = q.error();
                return result;
            }
            if (q->next()) {
                for (int i = 0; i < SyncQueueFilter::kStatusCount; ++i)
                    result.first.appointments[size_t(i)] = q->value(i).toInt();
                result.first.failedPhases = q->value(SyncQueueFilter::kStatusCount).toInt();
            }
            return result;
        },
        this,
        [this, generation](Result result) {
            --m_loading;
            if (generation != m_generation)
                return;
            if (!result.second.isEmpty()) {
                emit loadFailed(result.second);
                return;
            }
            m_counts = result.first;
            m_countsKnown = true;
            emit countsChanged();
        });
}

void SyncQueueModel::refreshPhases(const QList<qint64>& phaseIds)
{
    if (phaseIds.isEmpty())
        return;
    ++m_loading;
    const int generation = m_generation;
    QVariantList ids;
    for (qint64 id : phaseIds)
        ids.append(id);
    using Result = std::pair<QList<PhaseRow>, QString>;
    m_worker->post<Result>(
        [ids](QSqlDatabase& db) {
            Result result;
            auto q = runSql(
                db, kPhaseSelect + QStringLiteral("WHERE p.id IN (%1)").arg(placeholders(ids.size())), ids);
            if (!q) {
                result.second = q.error();
                return result;
            }
            while (q->next())
                result.first.append(readPhase(*q));
            return result;
        },
        this,
        [this, generation](Result result) {
            --m_loading;
            if (generation != m_generation)
                return;
            if (!result.second.isEmpty()) {
                emit loadFailed(result.second);
                return;
            }
            bool unknown = false;
            for (const PhaseRow& row : std::as_const(result.first)) {
                const QModelIndex at = indexOfPhase(row.id);
                if (!at.isValid()) {
                    unknown = true;
                    continue;
                }
                AppointmentRow& appointment = m_appointments[at.parent().row()];
                appointment.phases[at.row()] = row;
                emit dataChanged(
                    index(at.row(), 0, at.parent()), index(at.row(), ColumnCount - 1, at.parent()));
                emit dataChanged(index(at.parent().row(), 0), index(at.parent().row(), ColumnCount - 1));
            }
            // New appointments may have entered the view: count again, and reload when one is missing.
            if (unknown)
                reload();
            else
                loadCounts();
        });
}

void SyncQueueModel::setLiveStage(qint64 phaseId, PhaseStage stage, const QString& message)
{
    m_live.insert(phaseId, { stage, message });
    const QModelIndex at = indexOfPhase(phaseId);
    if (!at.isValid())
        return;
    emit dataChanged(index(at.row(), 0, at.parent()), index(at.row(), ColumnCount - 1, at.parent()));
    emit dataChanged(index(at.parent().row(), StatusColumn), index(at.parent().row(), StatusColumn));
}

void SyncQueueModel::clearLiveStages()
{
    m_live.clear();
    if (!m_appointments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SyncQueueModel::setRateLimitWait(int seconds)
{
    if (m_rateWait == seconds)
        return;
    m_rateWait = seconds;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->first == PhaseStage::Queued || it->first == PhaseStage::Booking
            || it->first == PhaseStage::Resolving) {
            const QModelIndex at = indexOfPhase(it.key(), StatusColumn);
            if (at.isValid())
                emit dataChanged(at, at);
        }
    }
}

const SyncQueueModel::AppointmentRow* SyncQueueModel::appointment(int row) const
{
    return row >= 0 && row < m_appointments.size() ? &m_appointments[row] : nullptr;
}

const SyncQueueModel::PhaseRow* SyncQueueModel::phase(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const AppointmentRow* a = appointment(int(index.internalId()) - 1);
    if (!a || index.row() >= a->phases.size())
        return nullptr;
    return &a->phases[index.row()];
}

QModelIndex SyncQueueModel::indexOfPhase(qint64 phaseId, int column) const
{
    for (int a = 0; a < m_appointments.size(); ++a) {
        const QList<PhaseRow>& phases = m_appointments[a].phases;
        for (int p = 0; p < phases.size(); ++p) {
            if (phases[p].id == phaseId)
                return createIndex(p, column, quintptr(a + 1));
        }
    }
    return {};
}

QModelIndex SyncQueueModel::indexOfAppointment(qint64 appointmentId, int column) const
{
    for (int a = 0; a < m_appointments.size(); ++a) {
        if (m_appointments[a].id == appointmentId)
            return createIndex(a, column, quintptr(0));
    }
    return {};
}

QList<qint64> SyncQueueModel::loadedFailedPhaseIds() const
{
    QList<qint64> ids;
    for (const AppointmentRow& a : m_appointments) {
        for (const PhaseRow& p : a.phases) {
            if (p.status == QLatin1String("failed") && p.archivedReason.isEmpty())
                ids.append(p.id);
        }
    }
    return ids;
}

QModelIndex SyncQueueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_appointments.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const AppointmentRow* a = appointment(parent.row());
    if (!a || row >= a->phases.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SyncQueueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int SyncQueueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_appointments.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const AppointmentRow* a = appointment(parent.row());
    return a ? int(a->phases.size()) : 0;
}

int SyncQueueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

void SyncQueueModel::loadMore()
{
    if (m_hasMore && !m_fetching)
        loadChunk(int(m_appointments.size()));
}

QString SyncQueueModel::worstStatus(const AppointmentRow& row)
{
    static const QStringList order { QStringLiteral("failed"), QStringLiteral("syncing"),
        QStringLiteral("pending"), QStringLiteral("synced"), QStringLiteral("skipped") };
    for (const QString& status : order) {
        for (const PhaseRow& p : row.phases) {
            if (p.status == status && (status != QLatin1String("failed") || p.archivedReason.isEmpty()))
                return status;
        }
    }
    return row.phases.isEmpty() ? QString() : row.phases.first().status;
}

QVariant SyncQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const AppointmentRow* a = appointment(index.row());
        return a ? appointmentData(*a, index.column(), role) : QVariant();
    }
    const PhaseRow* p = phase(index);
    return p ? phaseData(*p, index.column(), role) : QVariant();
}

QVariant SyncQueueModel::appointmentData(const AppointmentRow& row, int column, int role) const
{
    switch (role) {
    case PhaseIdRole:
        return qint64(0);
    case AppointmentIdRole:
        return row.id;
    case StatusRole:
        return worstStatus(row);
    default:
        break;
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusIcon(worstStatus(row), false);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NameColumn:
        return tr("#%1 %2 (%3)").arg(row.id).arg(row.customerName, row.serviceName);
    case StartColumn:
        return QLocale().toString(row.startsAt.toTimeZone(m_zone), QLocale::ShortFormat);
    case StatusColumn: {
        QMap<QString, int> byStatus;
        for (const PhaseRow& p : row.phases) {
            const auto live = m_live.constFind(p.id);
            byStatus[live != m_live.constEnd() ? sync::stageLabel(live->first) : statusText(p.status)] += 1;
        }
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        return parts.join(QStringLiteral(", "));
    }
    case AttemptsColumn: {
        int attempts = 0;
        for (const PhaseRow& p : row.phases)
            attempts += p.attempts;
        return attempts;
    }
    case ErrorColumn:
        for (const PhaseRow& p : row.phases) {
            if (p.status == QLatin1String("failed") && !p.error.isEmpty())
                return p.error;
        }
        return {};
    default:
        return {};
    }
}

QVariant SyncQueueModel::phaseData(const PhaseRow& row, int column, int role) const
{
    const auto live = m_live.constFind(row.id);
    const bool hasLive = live != m_live.constEnd();
    switch (role) {
    case PhaseIdRole:
        return row.id;
    case AppointmentIdRole:
        return row.appointmentId;
    case StatusRole:
        return row.status;
    case LiveStageRole:
        return hasLive ? QVariant(int(live->first)) : QVariant();
    case ErrorRole:
        return row.error;
    case ArchivedRole:
        return row.archivedReason;
    default:
        break;
    }
    if (role == Qt::DecorationRole && column == StatusColumn) {
        if (hasLive) {
            switch (live->first) {
            case PhaseStage::Synced:
                return syncedIcon();
            case PhaseStage::Failed:
                return Icons::error();
            case PhaseStage::Skipped:
                return QVariant();
            default:
                return Icons::warning();
            }
        }
        return statusIcon(row.status, !row.archivedReason.isEmpty());
    }
    if (role == Qt::ToolTipRole && (column == ErrorColumn || column == StatusColumn)) {
        if (hasLive && !live->second.isEmpty())
            return live->second;
        return row.error.isEmpty() ? QVariant() : QVariant(row.error);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return row.staffRequired
            ? tr("%1 - %2").arg(row.segmentKey, row.staffName.isEmpty() ? tr("no staff") : row.staffName)
            : tr("%1 - processing time (no staff)").arg(row.segmentKey);
    case StartColumn:
        return QLocale().toString(row.startsAt.toTimeZone(m_zone), QLocale::ShortFormat);
    case StatusColumn: {
        if (hasLive) {
            const PhaseStage stage = live->first;
            if (m_rateWait > 0
                && (stage == PhaseStage::Queued || stage == PhaseStage::Booking
                    || stage == PhaseStage::Resolving))
                return tr("waiting %1 s").arg(m_rateWait);
            return sync::stageLabel(stage);
        }
        QString text = statusText(row.status);
        if (!row.archivedReason.isEmpty())
            text = tr("%1 (archived: %2)").arg(text, row.archivedReason);
        return text;
    }
    case BookingColumn:
        return row.bookingId > 0 ? QVariant(row.bookingId) : QVariant();
    case AttemptsColumn:
        return row.attempts;
    case ErrorColumn:
        if (hasLive && (live->first == PhaseStage::Failed || live->first == PhaseStage::WaitingToRetry))
            return live->second;
        return row.status == QLatin1String("failed") ? row.error : QString();
    default:
        return {};
    }
}

QVariant SyncQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Appointment / phase");
    case StartColumn:
        return tr("Start");
    case StatusColumn:
        return tr("Status");
    case BookingColumn:
        return tr("Booking");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace salon::ui
