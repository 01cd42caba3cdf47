#include "DriftItemModel.h"

namespace salon::ui
{

DriftItemModel::DriftItemModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

QString DriftItemModel::keyOf(const drift::DriftItem& item)
{
    return item.key();
}

void DriftItemModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0), index(int(m_shown.size()) - 1));
}

void DriftItemModel::setItems(const QList<drift::DriftItem>& items)
{
    // The reset begins before the list changes: views still read the old rows until then.
    beginResetModel();
    m_items.clear();
    for (const drift::DriftItem& item : items) {
        const QString key = keyOf(item);
        m_items.erase(std::remove_if(m_items.begin(), m_items.end(),
                          [&](const drift::DriftItem& old) { return keyOf(old) == key; }),
            m_items.end());
        m_items.append(item);
    }
    endReset();
}

void DriftItemModel::remove(const QString& key)
{
    const auto it = std::find_if(
        m_items.cbegin(), m_items.cend(), [&](const drift::DriftItem& old) { return keyOf(old) == key; });
    if (it == m_items.cend())
        return;
    const qsizetype at = it - m_items.cbegin();
    beginResetModel();
    m_items.removeAt(at);
    endReset();
}

void DriftItemModel::setGroupFilter(std::optional<DriftGroup> group)
{
    if (group == m_filter)
        return;
    beginResetModel();
    m_filter = group;
    endReset();
}

void DriftItemModel::endReset()
{
    m_shown.clear();
    m_counts.fill(0);
    for (int i = 0; i < m_items.size(); ++i) {
        const DriftGroup group = DriftWording::groupOf(m_items[i].finding.kind);
        ++m_counts[size_t(group)];
        if (!m_filter || *m_filter == group)
            m_shown.append(i);
    }
    endResetModel();
    emit countsChanged();
}

const drift::DriftItem* DriftItemModel::item(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_items[m_shown[row]] : nullptr;
}

const drift::DriftItem* DriftItemModel::item(const QString& key) const
{
    for (const drift::DriftItem& i : m_items)
        if (keyOf(i) == key)
            return &i;
    return nullptr;
}

int DriftItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant DriftItemModel::data(const QModelIndex& index, int role) const
{
    const drift::DriftItem* i = item(index.row());
    if (!i || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return DriftWording::title(*i, m_zone);
    case Qt::ToolTipRole:
        return DriftWording::whatChanged(*i, m_zone);
    case GroupRole:
        return int(DriftWording::groupOf(i->finding.kind));
    case PhaseIdRole:
        return i->finding.phaseId;
    case KeyRole:
        return keyOf(*i);
    default:
        return {};
    }
}

} // namespace salon::ui
