#pragma once

#include "core/history/RunSummary.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace salon::ui
{

// The runs of the audit log as Tools → History lists them, newest first: when, what kind, who, what it
// did, how many entries, and whether it was undone. A plain model over core's RunSummary (no SQL): the
// page loads the runs with HistoryLoadJob and hands them over.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        KindColumn,
        ActorColumn,
        ActionsColumn,
        EntriesColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int RunIdRole = Qt::UserRole;

    explicit RunListModel(QObject* parent = nullptr);

    // Takes the runs in core's order (by first entry) and shows them newest first.
    void setRuns(const QList<history::RunSummary>& runs);
    void setTimeZone(const QTimeZone& zone);

    const history::RunSummary* runAt(int row) const;
    int rowOfRun(const QString& runId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 × event-type.create, 1 × event-type.retire-managed", most frequent first.
    static QString actionsText(const history::RunSummary& run);
    // "can be undone", "undone by undo-…", "" — what the State column says.
    static QString stateText(const history::RunSummary& run);

private:
    QList<history::RunSummary> m_runs;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
};

} // namespace salon::ui
