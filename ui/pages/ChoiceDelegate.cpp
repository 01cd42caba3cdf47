#include "ChoiceDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QPushButton>

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
    for (const QString& choice : column->choices)
        combo->addItem(column->valueLabels.value(choice, choice), choice);
    combo->setAccessibleName(column->title);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && choiceColumn(index)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            combo->setCurrentText(value);
    } else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && choiceColumn(index))
        model->setData(index, choiceValue(*combo), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

QString ChoiceDelegate::choiceValue(const QComboBox& combo)
{
    return combo.currentData().isValid() ? combo.currentData().toString() : combo.currentText();
}

bool ChoiceDelegate::isActiveColumn(const QModelIndex& index) const
{
    if (index.column() < 0 || index.column() >= m_spec.columns.size())
        return false;
    const ColumnSpec& column = m_spec.columns.at(index.column());
    return column.type == ColumnType::Bool && column.writeColumn == QLatin1String("active");
}

bool ChoiceDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!isActiveColumn(index) || index.data(Qt::CheckStateRole).toInt() != Qt::Checked
        || !(index.flags() & Qt::ItemIsEnabled) || !(index.flags() & Qt::ItemIsUserCheckable))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    // What QStyledItemDelegate takes for a toggle: a click on the check box, Space or Select.
    bool toggles = false;
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonPress
        || event->type() == QEvent::MouseButtonDblClick) {
        QStyleOptionViewItem viewOption(option);
        initStyleOption(&viewOption, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &viewOption, widget);
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !check.contains(mouse->position().toPoint()))
            return false;
        if (event->type() != QEvent::MouseButtonRelease)
            return true; // eaten, as the base does
        toggles = true;
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        toggles = key == Qt::Key_Space || key == Qt::Key_Select;
    }
    if (!toggles)
        return false;
    askBeforeDeactivating(model, index, const_cast<QWidget*>(option.widget));
    return true;
}

void ChoiceDelegate::askBeforeDeactivating(
    QAbstractItemModel* model, const QModelIndex& index, QWidget* parent)
{
    // Column 1 is the name in the tables with an Active column (services, staff).
    const QString name = index.siblingAtColumn(1).data().toString();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deactivate"),
        tr("Set “%1” inactive? New appointments no longer offer it; existing appointments stay as they are. "
           "You can tick Active again at any time.")
            .arg(name),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("deactivateQuestion"));
    QPushButton* deactivate = box->addButton(tr("Deactivate"), QMessageBox::AcceptRole);
    deactivate->setObjectName(QStringLiteral("deactivateButton"));
    box->setDefaultButton(box->addButton(tr("Keep active"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target(index);
    QPointer<QAbstractItemModel> guard(model);
    connect(box, &QMessageBox::buttonClicked, this, [guard, target, deactivate](QAbstractButton* clicked) {
        if (clicked == deactivate && guard && target.isValid())
            guard->setData(target, Qt::Unchecked, Qt::CheckStateRole);
    });
    box->open();
}

} // namespace salon::ui
