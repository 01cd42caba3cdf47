#include "ServiceSelectionPage.h"

#include "EventTypeWizardController.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace salon::ui
{

ServiceSelectionPage::ServiceSelectionPage(EventTypeWizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Services"));
    setSubTitle(tr("Choose the services whose segments need their own Cal.com event types."));
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_error->setObjectName(QStringLiteral("serviceError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    // The lists are read in the database worker; a page shown before they arrive fills itself then.
    connect(m_controller, &EventTypeWizardController::choicesLoaded, this, [this] {
        if (m_waiting)
            initializePage();
    });
}

void ServiceSelectionPage::initializePage()
{
    const QList<qint64> chosen = m_controller->serviceIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_waiting = !m_controller->hasChoices();
    if (m_waiting) {
        m_error->setText(tr("Reading the services…"));
        m_error->show();
        return;
    }
    if (!m_controller->choicesError().isEmpty()) {
        m_error->setText(m_controller->choicesError());
        m_error->show();
        return;
    }
    m_error->hide();
    QList<Service> list = m_controller->services();
    // Composite services are what the wizard is for; list them first.
    std::stable_sort(list.begin(), list.end(),
        [](const Service& a, const Service& b) { return a.isComposite > b.isComposite; });
    for (const Service& s : list) {
        if (!s.active)
            continue;
        int staffSegments = 0;
        for (const ServiceSegment& seg : s.segments)
            staffSegments += seg.staffRequired ? 1 : 0;
        auto* item = new QListWidgetItem(tr("%1 (%2) — %3 segments with staff, %4 performers")
                                             .arg(s.name)
                                             .arg(s.id)
                                             .arg(staffSegments)
                                             .arg(s.staffIds.size()),
            m_list);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        if (staffSegments == 0 || s.staffIds.isEmpty()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Nothing to plan: no segment with staff or nobody performs it."));
        }
    }
    emit completeChanged();
}

bool ServiceSelectionPage::isComplete() const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            return true;
    return false;
}

bool ServiceSelectionPage::validatePage()
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    m_controller->setServiceIds(ids);
    return !ids.isEmpty();
}

} // namespace salon::ui
