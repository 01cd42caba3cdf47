#pragma once

#include "core/tables/TableSpec.h"

#include <QStyledItemDelegate>

namespace salon::ui
{

using tables::ColumnSpec;
using tables::ColumnType;
using tables::TableSpec;

// Edits Choice columns with a combo box of the allowed values; other columns as usual.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(const TableSpec& spec, QObject* parent = nullptr);
    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const ColumnSpec* choiceColumn(const QModelIndex& index) const;
    TableSpec m_spec;
};

} // namespace salon::ui
