#include "RunEntryModel.h"
#include "ui/DateTimeText.h"

#include "AuditEntryText.h"
#include "core/history/AuditHistory.h"

#include <QJsonDocument>
#include <QLocale>

namespace salon::ui
{

using history::AuditEntry;

RunEntryModel::RunEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RunEntryModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void RunEntryModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

int RunEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ActionColumn:
            return entry.action;
        case SubjectColumn:
            return entry.subject;
        case ChangeColumn:
            // Before and after in full, for the long values the column cuts off.
            return tr("Before: %1\nAfter: %2")
                .arg(QString::fromUtf8(QJsonDocument(entry.before).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(entry.after).toJson(QJsonDocument::Compact)));
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: {
        // The page's one format; the tooltip has the seconds that order entries of one run.
        if (role == Qt::ToolTipRole)
            return QLocale().toString(entry.at.toTimeZone(m_zone), QLocale::LongFormat);
        return DateTimeText::dateTime(entry.at, m_zone);
    }
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return AuditEntryText::action(entry.action);
    case SubjectColumn:
        return AuditEntryText::subject(entry.subjectTable(), entry.subjectKey());
    case ChangeColumn:
        return AuditEntryText::change(entry, m_zone);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case ActionColumn:
        return tr("What");
    case SubjectColumn:
        return tr("Row");
    case ChangeColumn:
        return tr("Change (before → after)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace salon::ui
