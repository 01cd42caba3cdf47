#pragma once

#include "core/history/AuditEntry.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace salon::ui
{

// The audit entries of one run, in the order they were written: when, who, what, which row, and the
// fields that changed (before → after). A plain model over core's AuditEntry (no SQL).
class RunEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, SubjectColumn, ChangeColumn, ColumnCount };

    explicit RunEntryModel(QObject* parent = nullptr);

    void setEntries(const QList<history::AuditEntry>& entries);
    const QList<history::AuditEntry>& entries() const { return m_entries; }
    void setTimeZone(const QTimeZone& zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<history::AuditEntry> m_entries;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
};

} // namespace salon::ui
