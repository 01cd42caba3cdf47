#pragma once

#include "ui/pages/ChoiceDelegate.h"

#include <functional>

namespace salon::ui
{

// The Appointments table's delegate: choosing "cancelled" as an appointment's status in place does not
// write the text (that would leave its bookings live in Cal.com) but asks for Cancel appointment… on that
// row; every other edit is ChoiceDelegate's.
class AppointmentStatusDelegate : public ChoiceDelegate
{
    Q_OBJECT
public:
    AppointmentStatusDelegate(
        const TableSpec& spec, std::function<void(int row)> cancelRequested, QObject* parent);

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    std::function<void(int row)> m_cancelRequested;
};

} // namespace salon::ui
