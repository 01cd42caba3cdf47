#include "FindingsProxyModel.h"

#include "Icons.h"
#include "StatePalette.h"

#include <QApplication>
#include <QBrush>

namespace salon::ui
{

FindingsProxyModel::FindingsProxyModel(int keyRole, QString table, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_keyRole(keyRole)
    , m_table(std::move(table))
{
}

void FindingsProxyModel::setFindings(const QList<RowFinding>& findings)
{
    m_findings.clear();
    m_general.clear();
    for (const RowFinding& finding : findings) {
        if (finding.rowId.isValid())
            m_findings[finding.rowId.toString()].append(finding);
        else
            m_general.append(finding);
    }
    repaintAll();
    emit findingsChanged();
}

bool FindingsProxyModel::isStale(const RowFinding& finding, const ChangeSet& changes) const
{
    if (finding.rowId.isValid()
        && (changes.isWholeTable(m_table) || changes.keys(m_table).contains(finding.rowId.toString())))
        return true;
    // A described row changed, or a row of that table was added or removed under it (parent key).
    for (const auto& [table, key] : finding.describes)
        if (changes.isWholeTable(table) || changes.keys(table).contains(key)
            || changes.parentKeys(table).contains(key))
            return true;
    return false;
}

void FindingsProxyModel::forgetChanged(const ChangeSet& changes)
{
    const int before = counts().total();
    for (auto it = m_findings.begin(); it != m_findings.end();) {
        it->removeIf([&](const RowFinding& finding) { return isStale(finding, changes); });
        it = it->isEmpty() ? m_findings.erase(it) : std::next(it);
    }
    m_general.removeIf([&](const RowFinding& finding) { return isStale(finding, changes); });
    if (counts().total() == before)
        return;
    repaintAll();
    emit findingsChanged();
}

void FindingsProxyModel::clearFindings()
{
    if (m_findings.isEmpty() && m_general.isEmpty())
        return;
    setFindings({});
}

FindingsProxyModel::Counts FindingsProxyModel::counts() const
{
    Counts counts;
    auto add = [&counts](const RowFinding& finding) {
        switch (finding.severity) {
        case RowFinding::Severity::Error:
            ++counts.errors;
            break;
        case RowFinding::Severity::Warning:
            ++counts.warnings;
            break;
        case RowFinding::Severity::Info:
            ++counts.notes;
            break;
        }
    };
    for (const QList<RowFinding>& findings : m_findings)
        for (const RowFinding& finding : findings)
            add(finding);
    for (const RowFinding& finding : m_general)
        add(finding);
    return counts;
}

void FindingsProxyModel::repaintAll()
{
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1),
            { Qt::BackgroundRole, Qt::ForegroundRole, Qt::DecorationRole, Qt::ToolTipRole });
}

QVariant FindingsProxyModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::DecorationRole
        && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    if (m_findings.isEmpty() || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const auto found = m_findings.constFind(QIdentityProxyModel::data(index, m_keyRole).toString());
    if (found == m_findings.cend())
        return QIdentityProxyModel::data(index, role);
    RowFinding::Severity worst = RowFinding::Severity::Info;
    QStringList lines;
    for (const RowFinding& finding : *found) {
        worst = qMax(worst, finding.severity);
        lines.append(finding.message);
    }
    const StatePalette colours(QApplication::palette());
    switch (role) {
    case Qt::ToolTipRole:
        return lines.join(QLatin1Char('\n'));
    case Qt::BackgroundRole:
        return QBrush(colours.background(worst));
    case Qt::ForegroundRole:
        return QBrush(colours.text());
    case Qt::DecorationRole:
        if (index.column() != 0)
            return QIdentityProxyModel::data(index, role);
        return worst == RowFinding::Severity::Error  ? Icons::error()
            : worst == RowFinding::Severity::Warning ? Icons::warning()
                                                     : Icons::info();
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace salon::ui
