#include "ChoiceDelegate.h"

#include <QComboBox>

namespace salon::ui
{

ChoiceDelegate::ChoiceDelegate(const TableSpec& spec, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_spec(spec)
{
}

const ColumnSpec* ChoiceDelegate::choiceColumn(const QModelIndex& index) const
{
    if (index.column() < 0 || index.column() >= m_spec.columns.size())
        return nullptr;
    const ColumnSpec& column = m_spec.columns.at(index.column());
    return column.type == ColumnType::Choice ? &column : nullptr;
}

QWidget* ChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const ColumnSpec* column = choiceColumn(index);
    if (!column)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->addItems(column->choices);
    combo->setAccessibleName(column->title);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && choiceColumn(index))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && choiceColumn(index))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace salon::ui
