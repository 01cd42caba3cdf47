#include "PlanTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace salon::ui
{

using namespace salon::eventtypes;
using C = PlanItem::Classification;
using S = ItemProgress::State;

PlanTableModel::PlanTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlanTableModel::setPlan(const EventTypePlan& plan)
{
    beginResetModel();
    m_plan = plan;
    m_progress = QList<ItemProgress>(plan.items.size());
    endResetModel();
}

void PlanTableModel::clear()
{
    setPlan({});
}

void PlanTableModel::setProgress(int row, const ItemProgress& progress)
{
    if (row < 0 || row >= m_progress.size())
        return;
    m_progress[row] = progress;
    emit dataChanged(index(row, Status), index(row, Message));
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::requestSummary(const PlanItem& item)
{
    switch (item.classification) {
    case C::Create:
    case C::Replace:
        // In the salon's words; requestDetails() has what goes over the wire.
        return tr("A new booking type for %1, %n min, not on the public booking page", nullptr,
            item.durationMinutes)
            .arg(item.staffName);
    case C::Adopt:
        return tr("Nothing; the map is pointed at event type %1").arg(item.existingEventTypeId.value_or(0));
    case C::Keep:
    case C::Conflict:
    case C::Blocked:
        return tr("Nothing");
    }
    return {};
}

QString PlanTableModel::requestDetails(const PlanItem& item)
{
    if (item.classification != C::Create && item.classification != C::Replace)
        return requestSummary(item);
    return tr("Details: POST round robin, hidden, %1 min, host %2 (mandatory, high), slug %3")
        .arg(item.durationMinutes)
        .arg(item.calcomUserId.value_or(0))
        .arg(item.slug);
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.items.size())
        return {};
    const PlanItem& item = m_plan.items.at(index.row());
    const ItemProgress& progress = m_progress.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Service:
            return item.serviceName;
        case Segment:
            return item.segmentName.isEmpty()
                ? item.segmentKey
                : QStringLiteral("%1 – %2").arg(item.segmentKey, item.segmentName);
        case Staff:
            return item.staffName;
        case Minutes:
            return item.durationMinutes;
        case Classification:
            return PlanItem::classificationLabel(item.classification);
        case Slug:
            return item.slug;
        case Request:
            return requestSummary(item);
        case Reason:
            return item.reason;
        case Status:
            return ItemProgress::stateLabel(progress.state);
        case EventType:
            return progress.eventTypeId
                ? QVariant(*progress.eventTypeId)
                : (item.existingEventTypeId ? QVariant(*item.existingEventTypeId) : QVariant());
        case Message:
            return progress.message;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Message || index.column() == Status)
            return progress.message.isEmpty() ? QVariant() : QVariant(progress.message);
        if (index.column() == Classification || index.column() == Reason)
            return item.reason;
        if (index.column() == Request)
            return requestDetails(item);
        if (index.column() == Slug)
            return item.title;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Classification
            && (item.classification == C::Conflict || item.classification == C::Blocked))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (index.column() == Status && progress.state == S::Failed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    if (role == Qt::FontRole && index.column() == Classification && item.changesMap()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // Stable machine values for tests and scripting.
    if (role == Qt::UserRole) {
        if (index.column() == Classification)
            return PlanItem::classificationName(item.classification);
        if (index.column() == Status)
            return ItemProgress::stateName(progress.state);
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case Segment:
        return tr("Segment");
    case Staff:
        return tr("Staff");
    case Minutes:
        return tr("Minutes");
    case Classification:
        return tr("Plan");
    case Slug:
        return tr("Link name");
    case Request:
        return tr("What will be sent");
    case Reason:
        return tr("Why");
    case Status:
        return tr("Status");
    case EventType:
        return tr("Event type");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace salon::ui
