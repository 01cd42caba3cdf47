#include "AppointmentStatusDelegate.h"

#include <QComboBox>
#include <QTimer>

namespace salon::ui
{

AppointmentStatusDelegate::AppointmentStatusDelegate(
    const TableSpec& spec, std::function<void(int row)> cancelRequested, QObject* parent)
    : ChoiceDelegate(spec, parent)
    , m_cancelRequested(std::move(cancelRequested))
{
}

void AppointmentStatusDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    const QString cancelled = QStringLiteral("cancelled");
    if (combo && choiceValue(*combo) == cancelled && index.data(Qt::EditRole).toString() != cancelled) {
        // After the editor has closed: the dialog opens over a settled table.
        const int row = index.row();
        QTimer::singleShot(0, this, [this, row] { m_cancelRequested(row); });
        return;
    }
    ChoiceDelegate::setModelData(editor, model, index);
}

} // namespace salon::ui
