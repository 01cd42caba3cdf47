#include "RetireManagedPage.h"

#include "EventTypeWizardController.h"

#include "eventtypes/ManagedTypeRetirement.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace salon::ui
{

using eventtypes::RetirementCandidate;

namespace
{
enum Column { TitleColumn, IdColumn, StateColumn, DetailColumn };
}

RetireManagedPage::RetireManagedPage(EventTypeWizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_tree(new QTreeWidget(this))
    , m_confirm(new QCheckBox(this))
    , m_delete(new QPushButton(tr("Delete from Cal.com"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Retire old MANAGED event types"));
    setSubTitle(
        tr("The replaced MANAGED parents can be deleted once no map row and no open appointment phase refers "
           "to them. This step is optional."));
    m_tree->setObjectName(QStringLiteral("candidateTree"));
    m_confirm->setObjectName(QStringLiteral("confirmDelete"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_status->setObjectName(QStringLiteral("retireStatus"));
    m_tree->setHeaderLabels({ tr("Event type"), tr("Id"), tr("State"), tr("Details") });
    m_tree->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_confirm, 1);
    row->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_tree, &QTreeWidget::itemChanged, this, &RetireManagedPage::updateButtons);
    connect(m_confirm, &QCheckBox::toggled, this, &RetireManagedPage::updateButtons);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = checkedIds();
        if (ids.isEmpty() || !m_confirm->isChecked())
            return;
        m_confirm->setChecked(false);
        m_status->setText(tr("Deleting %n event type(s)…", nullptr, int(ids.size())));
        m_controller->retire(ids);
        updateButtons();
        emit completeChanged();
    });
    connect(m_controller, &EventTypeWizardController::retirementCandidatesReady, this,
        &RetireManagedPage::showCandidates);
    connect(m_controller, &EventTypeWizardController::retirementCandidateChanged, this,
        &RetireManagedPage::updateCandidate);
    connect(m_controller, &EventTypeWizardController::retirementFinished, this, [this] {
        auto* retirement = m_controller->retirement();
        if (!retirement)
            return;
        m_status->setText(tr("%1 deleted, %2 failed, %3 kept.")
                              .arg(retirement->count(RetirementCandidate::State::Deleted))
                              .arg(retirement->count(RetirementCandidate::State::Failed))
                              .arg(retirement->count(RetirementCandidate::State::Kept)));
        updateButtons();
        emit completeChanged();
    });
}

void RetireManagedPage::initializePage()
{
    m_tree->clear();
    m_confirm->setChecked(false);
    m_status->setText(tr("Looking for replaced MANAGED event types…"));
    m_controller->findRetirementCandidates();
    updateButtons();
    emit completeChanged();
}

void RetireManagedPage::showCandidates()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_controller->retirementError().isEmpty()) {
        m_status->setText(m_controller->retirementError());
        updateButtons();
        emit completeChanged();
        return;
    }
    const QList<RetirementCandidate> candidates = m_controller->retirementCandidates();
    for (int i = 0; i < candidates.size(); ++i) {
        const RetirementCandidate& c = candidates.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(TitleColumn, c.title);
        item->setText(IdColumn, QString::number(c.eventTypeId));
        item->setData(IdColumn, Qt::UserRole, c.eventTypeId);
        item->setText(StateColumn, c.isSafe() ? tr("Safe to delete") : tr("Still referred to"));
        item->setText(DetailColumn, c.blockers.join(QLatin1Char(' ')));
        if (c.isSafe()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(TitleColumn, Qt::Checked);
        } else {
            item->setDisabled(true);
            for (const QString& blocker : c.blockers)
                new QTreeWidgetItem(item, { blocker });
        }
    }
    m_tree->resizeColumnToContents(TitleColumn);
    const int safe = int(m_controller->safeRetirementIds().size());
    m_status->setText(candidates.isEmpty() ? tr("No replaced MANAGED event types are left in Cal.com.")
                                           : tr("%1 of %2 can be deleted.").arg(safe).arg(candidates.size()));
    updateButtons();
    emit completeChanged();
}

void RetireManagedPage::updateCandidate(int index)
{
    const QList<RetirementCandidate> candidates = m_controller->retirementCandidates();
    QTreeWidgetItem* item = m_tree->topLevelItem(index);
    if (!item || index >= candidates.size())
        return;
    const RetirementCandidate& c = candidates.at(index);
    const QSignalBlocker blocker(m_tree);
    item->setText(StateColumn, RetirementCandidate::stateLabel(c.state));
    if (!c.message.isEmpty() || !c.blockers.isEmpty())
        item->setText(DetailColumn, c.message.isEmpty() ? c.blockers.join(QLatin1Char(' ')) : c.message);
    if (c.state == RetirementCandidate::State::Deleted) {
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        item->setData(TitleColumn, Qt::CheckStateRole, QVariant());
    }
}

QList<qint64> RetireManagedPage::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(TitleColumn) == Qt::Checked)
            ids.append(item->data(IdColumn, Qt::UserRole).toLongLong());
    }
    return ids;
}

void RetireManagedPage::updateButtons()
{
    const int checked = int(checkedIds().size());
    const bool busy = m_controller->isRetiring();
    m_confirm->setText(tr("Yes, delete the %n checked event type(s) from Cal.com.", nullptr, checked));
    m_confirm->setEnabled(checked > 0 && !busy);
    m_delete->setEnabled(checked > 0 && !busy && m_confirm->isChecked());
}

bool RetireManagedPage::isComplete() const
{
    return !m_controller->isRetiring();
}

} // namespace salon::ui
