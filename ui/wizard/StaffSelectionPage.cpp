#include "StaffSelectionPage.h"

#include "EventTypeWizardController.h"

#include "core/eventtypes/EventTypePlanBuilder.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace salon::ui
{

StaffSelectionPage::StaffSelectionPage(EventTypeWizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_template(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Staff"));
    setSubTitle(tr("Each chosen staff member gets one event type per segment of the services they perform."));
    m_list->setObjectName(QStringLiteral("staffList"));
    m_template->setObjectName(QStringLiteral("titleTemplate"));
    m_template->setToolTip(
        tr("Placeholders: {service}, {segment}, {segmentName}, {staff}, {minutes}. The link name in the "
           "booking address is built from the title."));
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Title template:"), m_template);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    // The template shown as one real title: placeholders in braces alone say little.
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("titlePreview"));
    m_preview->setWordWrap(true);
    form->addRow(tr("For example:"), m_preview);
    connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    connect(m_template, &QLineEdit::textChanged, this, &StaffSelectionPage::updateTemplateProblem);
}

void StaffSelectionPage::initializePage()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_template->setText(m_controller->titleTemplate());
    if (!m_controller->choicesError().isEmpty()) {
        m_problem->setText(m_controller->choicesError());
        return;
    }
    QSet<QString> performers;
    for (const Service& s : m_controller->services())
        if (m_controller->serviceIds().contains(s.id))
            for (const QString& id : s.staffIds)
                performers.insert(id);
    const QStringList previous = m_controller->staffIds();
    for (const StaffMember& member : m_controller->staff()) {
        if (!performers.contains(member.id))
            continue;
        const QString calcom
            = member.calcomUserId ? tr("Cal.com user %1").arg(*member.calcomUserId) : tr("no Cal.com user");
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(member.name, calcom), m_list);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool checked = previous.isEmpty() ? member.active : previous.contains(member.id);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updateTemplateProblem();
}

void StaffSelectionPage::updateTemplateProblem()
{
    m_problem->setText(eventtypes::EventTypePlanBuilder::templateProblem(m_template->text()));
    m_preview->clear();
    for (const Service& s : m_controller->services()) {
        if (!m_controller->serviceIds().contains(s.id) || s.segments.isEmpty())
            continue;
        for (const StaffMember& member : m_controller->staff())
            if (s.staffIds.contains(member.id)) {
                m_preview->setText(eventtypes::EventTypePlanBuilder::renderTitle(
                    m_template->text(), s, s.segments.first(), member));
                break;
            }
        break;
    }
    emit completeChanged();
}

bool StaffSelectionPage::isComplete() const
{
    if (!eventtypes::EventTypePlanBuilder::templateProblem(m_template->text()).isEmpty())
        return false;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            return true;
    return false;
}

bool StaffSelectionPage::validatePage()
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    m_controller->setStaffIds(ids);
    m_controller->setTitleTemplate(m_template->text().trimmed());
    return !ids.isEmpty();
}

} // namespace salon::ui
