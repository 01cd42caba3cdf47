#include "SyncQueueModel.h"

#include "core/db/DatabaseSession.h"
#include "core/db/SqlTime.h"
#include "core/sync/SyncErrorAdvice.h"
#include "ui/DateTimeText.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QMap>
#include <QSet>
#include <QStyle>

namespace salon::ui
{

using sync::PhaseStage;

namespace
{

// Appointments per chunk of the list.
constexpr int kChunkSize = 200;

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

QString SyncQueueModel::statusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("syncing"))
        return tr("syncing");
    if (status == QLatin1String("synced"))
        return tr("synced");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return status;
}

SyncQueueModel::SyncQueueModel(DatabaseSession* session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_access(session->worker())
{
    connect(session->worker(), &DatabaseWorker::connectionFailed, this, &SyncQueueModel::loadFailed);
    connect(session->changes(), &ChangeWatcher::changed, this, &SyncQueueModel::applyChanges);
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
    m_phaseAt.clear();
    m_appointmentAt.clear();
    m_hasMore = false;
    m_next = {};
    m_fetching = false;
    endResetModel();
    loadCounts();
    loadChunk({});
}

void SyncQueueModel::indexAppointment(int row)
{
    const AppointmentRow& appointment = m_appointments.at(row);
    m_appointmentAt.insert(appointment.id, row);
    for (int p = 0; p < appointment.phases.size(); ++p)
        m_phaseAt.insert(appointment.phases.at(p).phase.id, { row, p });
}

void SyncQueueModel::loadChunk(const sync::SyncQueueKey& after)
{
    m_fetching = true;
    ++m_loading;
    const int generation = m_generation;
    m_access.chunk(
        m_filter, kChunkSize, after, this, [this, generation](Expected<sync::QueueChunk, QString> chunk) {
            --m_loading;
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!chunk) {
                emit loadFailed(chunk.error());
                return;
            }
            m_hasMore = chunk->more;
            m_next = chunk->next;
            if (!chunk->rows.isEmpty()) {
                const int first = int(m_appointments.size());
                beginInsertRows({}, first, first + int(chunk->rows.size()) - 1);
                m_appointments += chunk->rows;
                for (int row = first; row < m_appointments.size(); ++row)
                    indexAppointment(row);
                endInsertRows();
            }
            emit loaded();
        });
}

void SyncQueueModel::loadCounts()
{
    ++m_loading;
    const int generation = m_generation;
    m_access.counts(m_filter, this, [this, generation](Expected<Counts, QString> counts) {
        --m_loading;
        if (generation != m_generation)
            return;
        if (!counts) {
            emit loadFailed(counts.error());
            return;
        }
        m_counts = counts.value();
        m_countsKnown = true;
        emit countsChanged();
    });
}

void SyncQueueModel::applyChanges(const ChangeSet& changes)
{
    const QString phases = QStringLiteral("appointment_phases");
    // Appointments (names, times), services and staff (labels) change rarely: read the list again.
    for (const QString& table :
        { QStringLiteral("appointments"), QStringLiteral("services"), QStringLiteral("staff") }) {
        if (changes.touches(table))
            return reload();
    }
    if (!changes.touches(phases))
        return;
    if (changes.isWholeTable(phases))
        return reload();
    QList<qint64> ids;
    for (const QString& key : changes.keys(phases))
        ids.append(key.toLongLong());
    refreshPhases(ids);
}

void SyncQueueModel::refreshPhases(const QList<qint64>& phaseIds)
{
    if (phaseIds.isEmpty())
        return;
    ++m_loading;
    const int generation = m_generation;
    m_access.phases(phaseIds, this, [this, generation, phaseIds](Expected<QList<PhaseRow>, QString> rows) {
        --m_loading;
        if (generation != m_generation)
            return;
        if (!rows) {
            emit loadFailed(rows.error());
            return;
        }
        // Phases that are gone or not loaded change the list.
        bool listChanged = rows->size() != phaseIds.size();
        QSet<int> touched;
        for (const PhaseRow& row : std::as_const(rows.value())) {
            const auto at = m_phaseAt.constFind(row.phase.id);
            if (at == m_phaseAt.cend()) {
                listChanged = true;
                continue;
            }
            m_appointments[at->first].phases[at->second] = row;
            touched.insert(at->first);
            const QModelIndex parent = index(at->first, 0);
            emit dataChanged(index(at->second, 0, parent), index(at->second, ColumnCount - 1, parent));
            emit dataChanged(index(at->first, 0), index(at->first, ColumnCount - 1));
        }
        // An appointment none of whose phases matches any more has left the view — but not while a run
        // shows its live stages here (the run reloads at its end).
        if (m_live.isEmpty())
            for (int row : std::as_const(touched))
                if (!stillMatches(m_appointments.at(row)))
                    listChanged = true;
        // New appointments may have entered the view: count again, and reload when one is missing.
        if (listChanged)
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
    const auto at = m_phaseAt.constFind(phaseId);
    return at == m_phaseAt.cend() ? QModelIndex() : createIndex(at->second, column, quintptr(at->first + 1));
}

QModelIndex SyncQueueModel::indexOfAppointment(qint64 appointmentId, int column) const
{
    const auto at = m_appointmentAt.constFind(appointmentId);
    return at == m_appointmentAt.cend() ? QModelIndex() : createIndex(*at, column, quintptr(0));
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
        loadChunk(m_next);
}

bool SyncQueueModel::stillMatches(const AppointmentRow& row) const
{
    for (const PhaseRow& p : row.phases)
        if (SyncQueueFilter::phaseMatches(m_filter.status, p.status, !p.archivedReason.isEmpty()))
            return true;
    return false;
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
        return DateTimeText::dateTime(row.startsAt, m_zone);
    case StatusColumn: {
        QMap<QString, int> byStatus;
        for (const PhaseRow& p : row.phases) {
            const auto live = m_live.constFind(p.phase.id);
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
            attempts += p.phase.syncAttempts;
        return attempts;
    }
    case ErrorColumn:
        // In the salon's words; the tooltip keeps what was stored (Cal.com's own answer).
        for (const PhaseRow& p : row.phases) {
            if (p.status == QLatin1String("failed") && !p.phase.syncError.isEmpty())
                return role == Qt::ToolTipRole ? p.phase.syncError
                                               : sync::SyncErrorAdvice::readable(p.phase.syncError);
        }
        return {};
    default:
        return {};
    }
}

QVariant SyncQueueModel::phaseData(const PhaseRow& row, int column, int role) const
{
    const auto live = m_live.constFind(row.phase.id);
    const bool hasLive = live != m_live.constEnd();
    switch (role) {
    case PhaseIdRole:
        return row.phase.id;
    case AppointmentIdRole:
        return row.phase.appointmentId;
    case StatusRole:
        return row.status;
    case LiveStageRole:
        return hasLive ? QVariant(int(live->first)) : QVariant();
    case ErrorRole:
        return row.phase.syncError;
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
        return row.phase.syncError.isEmpty() ? QVariant() : QVariant(row.phase.syncError);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return row.phase.staffRequired ? tr("%1 - %2").arg(
                   row.phase.segmentKey, row.staffName.isEmpty() ? tr("no staff") : row.staffName)
                                       : tr("%1 - processing time (no staff)").arg(row.phase.segmentKey);
    case StartColumn:
        return DateTimeText::dateTime(row.phase.startsAt, m_zone);
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
        return row.phase.calcomBookingId ? QVariant(*row.phase.calcomBookingId) : QVariant();
    case AttemptsColumn:
        return row.phase.syncAttempts;
    case ErrorColumn:
        if (hasLive && (live->first == PhaseStage::Failed || live->first == PhaseStage::WaitingToRetry))
            return sync::SyncErrorAdvice::readable(live->second);
        return row.status == QLatin1String("failed") ? sync::SyncErrorAdvice::readable(row.phase.syncError)
                                                     : QString();
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
