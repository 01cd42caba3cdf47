#pragma once

#include "core/tables/TableSpec.h"

#include <QStyledItemDelegate>

class QComboBox;

namespace salon::ui
{

using tables::ColumnSpec;
using tables::ColumnType;
using tables::TableSpec;

// Edits Choice columns with a combo box of the allowed values; other columns as usual. Unchecking Active
// asks before it takes effect.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(const TableSpec& spec, QObject* parent = nullptr);
    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    // One click on a checked Active box asks first (a staff member or service would drop out of new
    // appointments unnoticed): the question is "deactivateQuestion", the change follows its Deactivate.
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

protected:
    // The stored value the editor holds (its item data; typed text otherwise).
    static QString choiceValue(const QComboBox& combo);

private:
    const ColumnSpec* choiceColumn(const QModelIndex& index) const;
    bool isActiveColumn(const QModelIndex& index) const;
    void askBeforeDeactivating(QAbstractItemModel* model, const QModelIndex& index, QWidget* parent);
    TableSpec m_spec;
};

} // namespace salon::ui
