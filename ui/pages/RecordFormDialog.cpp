#include "RecordFormDialog.h"
#include "ui/DateTimeText.h"

#include "db/SqlTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace salon::ui
{

RecordFormDialog::RecordFormDialog(const TableSpec& spec, const QHash<QString, LookupRows>& lookups,
    const QTimeZone& zone, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_zone(zone)
    , m_error(new QLabel(this))
{
    setWindowTitle(isNew ? tr("Add to %1").arg(spec.title) : tr("Edit %1").arg(spec.title));
    auto* form = new QFormLayout;
    for (const ColumnSpec& column : spec.columns) {
        if (!column.inForm || column.writeColumn.isEmpty())
            continue;
        QWidget* field = nullptr;
        switch (column.type) {
        case ColumnType::Bool:
            field = new QCheckBox(this);
            break;
        case ColumnType::Choice: {
            auto* combo = new QComboBox(this);
            combo->addItems(column.choices);
            field = combo;
            break;
        }
        case ColumnType::Lookup: {
            auto* combo = new QComboBox(this);
            for (const auto& [id, label] : lookups.value(column.writeColumn))
                combo->addItem(label, id);
            field = combo;
            break;
        }
        case ColumnType::DateTime: {
            auto* edit = new QDateTimeEdit(this);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(DateTimeText::dateTimeFormat());
            // Qt 6.4's QDateTimeEdit has no time zone: it holds the salon's wall-clock time as naive UTC.
            edit->setTimeSpec(Qt::UTC);
            field = edit;
            break;
        }
        default: {
            auto* edit = new QLineEdit(this);
            if (!column.required)
                edit->setPlaceholderText(tr("optional"));
            if (column.type == ColumnType::Uuid) {
                edit->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
                // A staff id is the key other rows point at: fixed once the row exists, made up for a new
                // one (an import may still bring its own). Focus starts on what people type: the name.
                edit->setReadOnly(!isNew);
                if (isNew)
                    edit->setText(QUuid::createUuid().toString(QUuid::WithoutBraces));
                edit->setFocusPolicy(Qt::ClickFocus);
            }
            field = edit;
            break;
        }
        }
        // A shown error goes once what it names is fixed.
        if (auto* line = qobject_cast<QLineEdit*>(field))
            connect(line, &QLineEdit::textChanged, this, &RecordFormDialog::recheck);
        else if (auto* combo = qobject_cast<QComboBox*>(field))
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordFormDialog::recheck);
        else if (auto* check = qobject_cast<QCheckBox*>(field))
            connect(check, &QCheckBox::toggled, this, &RecordFormDialog::recheck);
        else if (auto* time = qobject_cast<QDateTimeEdit*>(field))
            connect(time, &QDateTimeEdit::dateTimeChanged, this, &RecordFormDialog::recheck);
        field->setAccessibleName(column.title);
        field->setObjectName(column.writeColumn);
        m_fields.insert(column.writeColumn, field);
        form->addRow(column.required ? column.title + QStringLiteral(" *") : column.title, field);
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void RecordFormDialog::setValues(const QVariantMap& values)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!values.contains(it.key()))
            continue;
        const QVariant value = values.value(it.key());
        if (auto* check = qobject_cast<QCheckBox*>(it.value())) {
            check->setChecked(value.toBool());
        } else if (auto* combo = qobject_cast<QComboBox*>(it.value())) {
            const int index = combo->findData(value);
            if (index >= 0)
                combo->setCurrentIndex(index);
            else
                combo->setCurrentText(value.toString());
        } else if (auto* edit = qobject_cast<QDateTimeEdit*>(it.value())) {
            const QDateTime time
                = value.metaType().id() == QMetaType::QDateTime ? value.toDateTime() : fromSqlTime(value);
            if (time.isValid()) {
                const QDateTime local = time.toTimeZone(m_zone);
                edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
            }
        } else if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            line->setText(value.isNull() ? QString() : value.toString());
        }
    }
}

QVariantMap RecordFormDialog::values() const
{
    QVariantMap result;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto* check = qobject_cast<QCheckBox*>(it.value())) {
            result.insert(it.key(), check->isChecked());
        } else if (auto* combo = qobject_cast<QComboBox*>(it.value())) {
            result.insert(it.key(),
                combo->currentData().isValid() ? combo->currentData() : QVariant(combo->currentText()));
        } else if (auto* edit = qobject_cast<QDateTimeEdit*>(it.value())) {
            result.insert(it.key(), QDateTime(edit->date(), edit->time(), m_zone));
        } else if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            result.insert(it.key(), line->text());
        }
    }
    return result;
}

void RecordFormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RecordFormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordFormDialog::recheck()
{
    if (m_error->isHidden() || !m_check)
        return;
    showError(m_check(values()));
}

void RecordFormDialog::accept()
{
    if (m_check) {
        const QString problem = m_check(values());
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
    }
    QDialog::accept();
}

} // namespace salon::ui
