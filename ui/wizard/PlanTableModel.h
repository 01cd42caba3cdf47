#pragma once

#include "eventtypes/EventTypePlan.h"
#include "eventtypes/ItemProgress.h"

#include <QAbstractTableModel>
#include <QList>

namespace salon::ui
{

// The plan as a table: one row per item with its classification, what will be sent, why — and, once the
// run started, its live status. The review page and the run page show different columns of the same model.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Service,
        Segment,
        Staff,
        Minutes,
        Classification,
        Slug,
        Request,
        Reason,
        Status,
        EventType,
        Message,
        ColumnCount
    };

    explicit PlanTableModel(QObject* parent = nullptr);

    void setPlan(const eventtypes::EventTypePlan& plan);
    void clear();
    void setProgress(int row, const eventtypes::ItemProgress& progress);
    const eventtypes::EventTypePlan& plan() const { return m_plan; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the plan does, in the salon's words ("A new booking type for Mia, 30 min, ...").
    static QString requestSummary(const eventtypes::PlanItem& item);
    // The request itself, for the tooltip: "POST round robin, hidden, 30 min, host 1346408 (...)".
    static QString requestDetails(const eventtypes::PlanItem& item);

private:
    eventtypes::EventTypePlan m_plan;
    QList<eventtypes::ItemProgress> m_progress;
};

} // namespace salon::ui
