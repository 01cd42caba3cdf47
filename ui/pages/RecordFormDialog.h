#pragma once

#include "core/tables/TableSpec.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTimeZone>

#include <functional>

class QFormLayout;
class QLabel;
class QDialogButtonBox;

namespace salon::ui
{

using tables::ColumnSpec;
using tables::ColumnType;
using tables::TableSpec;

// A form for adding or editing one row, built from the table's column rules. OK checks the input with
// the same rules as in-place editing and keeps the dialog open with a clear message until it passes.
class RecordFormDialog : public QDialog
{
    Q_OBJECT
public:
    using LookupRows = tables::LookupRows; // id, label
    using Check = std::function<QString(const QVariantMap& values)>; // a message, or "" when fine

    RecordFormDialog(const TableSpec& spec, const QHash<QString, LookupRows>& lookups, const QTimeZone& zone,
        bool isNew, QWidget* parent = nullptr);

    // base-table column → value
    void setValues(const QVariantMap& values);
    QVariantMap values() const;
    void setCheck(Check check) { m_check = std::move(check); }
    void showError(const QString& message);
    QString errorText() const;
    // The input widget of a base-table column (for tests and focus).
    QWidget* fieldWidget(const QString& writeColumn) const { return m_fields.value(writeColumn); }

    void accept() override;

private:
    // Runs the check again while an error shows: it goes once the input is fixed.
    void recheck();

    TableSpec m_spec;
    QTimeZone m_zone;
    QHash<QString, QWidget*> m_fields;
    QLabel* m_error;
    Check m_check;
};

} // namespace salon::ui
