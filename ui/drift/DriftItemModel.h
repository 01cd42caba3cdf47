#pragma once

#include "DriftWording.h"
#include "core/drift/DriftItem.h"

#include <QAbstractListModel>
#include <QTimeZone>

#include <array>
#include <optional>

namespace salon::ui
{

// The changes made in Cal.com that the looks found and the admin has not settled yet (stored by
// drift::DriftItemStore, so they are there again after a restart), oldest first.
// A change of the same step (or, for a second booking, of the same booking) replaces the older one. Shows
// one group or all; counts per group for the filter.
class DriftItemModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { GroupRole = Qt::UserRole, PhaseIdRole, KeyRole };

    explicit DriftItemModel(QObject* parent = nullptr);

    void setTimeZone(const QTimeZone& zone);
    // Shows exactly these (every unsettled change, as drift::DriftItemStore lists them).
    void setItems(const QList<drift::DriftItem>& items);
    // Forgets a settled change (applied, or kept as ours).
    void remove(const QString& key);
    // nullopt: every group.
    void setGroupFilter(std::optional<DriftGroup> group);
    std::optional<DriftGroup> groupFilter() const { return m_filter; }

    int count(DriftGroup group) const { return m_counts[size_t(group)]; }
    int total() const { return int(m_items.size()); }
    // The shown row's change, or null.
    const drift::DriftItem* item(int row) const;
    const drift::DriftItem* item(const QString& key) const;
    static QString keyOf(const drift::DriftItem& item);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    // Recounts and shows the rows after beginResetModel() and a change of the list or the filter.
    void endReset();

    QList<drift::DriftItem> m_items;
    QList<int> m_shown; // indexes into m_items
    std::optional<DriftGroup> m_filter;
    std::array<int, kDriftGroupCount> m_counts {};
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
};

} // namespace salon::ui
