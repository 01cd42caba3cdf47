#include "RunListModel.h"
#include "ui/DateTimeText.h"

#include "AuditEntryText.h"

#include <QLocale>

#include <algorithm>

namespace salon::ui
{

using history::RunSummary;

RunListModel::RunListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RunListModel::setRuns(const QList<RunSummary>& runs)
{
    beginResetModel();
    m_runs = runs;
    std::reverse(m_runs.begin(), m_runs.end());
    endResetModel();
}

void RunListModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, StartedColumn), index(rowCount() - 1, StartedColumn));
}

const RunSummary* RunListModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunListModel::rowOfRun(const QString& runId) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).runId == runId)
            return row;
    return -1;
}

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::actionsText(const RunSummary& run)
{
    QList<QPair<QString, int>> counts;
    for (auto it = run.actions.cbegin(); it != run.actions.cend(); ++it)
        counts.append({ it.key(), it.value() });
    std::stable_sort(
        counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (const auto& [action, count] : std::as_const(counts))
        parts.append(tr("%1 × %2").arg(count).arg(AuditEntryText::action(action)));
    return parts.join(QStringLiteral(", "));
}

QString RunListModel::stateText(const RunSummary& run)
{
    if (!run.undoneBy.isEmpty())
        return tr("undone (%1)").arg(run.undoneBy);
    if (run.isUndoable())
        return tr("can be undone");
    return {};
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    const RunSummary* run = runAt(index.row());
    if (!run || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == RunIdRole)
        return run->runId;
    if (role == Qt::ToolTipRole && index.column() == KindColumn)
        return run->runId.isEmpty() ? tr("Entries written before runs were recorded (they cannot be undone)")
                                    : run->runId;
    if (role == Qt::TextAlignmentRole && index.column() == EntriesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case StartedColumn:
        return DateTimeText::dateTime(run->firstAt, m_zone);
    case KindColumn:
        return run->kindLabel();
    case ActorColumn:
        return run->actors.join(QStringLiteral(", "));
    case ActionsColumn:
        return actionsText(*run);
    case EntriesColumn:
        return run->entryCount;
    case StateColumn:
        return stateText(*run);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StartedColumn:
        return tr("Started");
    case KindColumn:
        return tr("Run");
    case ActorColumn:
        return tr("By");
    case ActionsColumn:
        return tr("What it did");
    case EntriesColumn:
        return tr("Entries");
    case StateColumn:
        return tr("Undo");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace salon::ui
