#include "PlanReviewPage.h"

#include "EventTypeWizardController.h"
#include "PlanTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

namespace salon::ui
{

using C = eventtypes::PlanItem::Classification;

PlanReviewPage::PlanReviewPage(EventTypeWizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(new PlanTableModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_replan(new QPushButton(tr("Plan again"), this))
{
    setTitle(tr("Review the plan"));
    setSubTitle(tr("Nothing has been changed in Cal.com yet. Check the plan, then confirm it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create event types"));
    m_table->setObjectName(QStringLiteral("planTable"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_replan->setObjectName(QStringLiteral("replanButton"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The slug is Cal.com's internal name: in the tooltip of "What will be sent", not a column.
    for (int column :
        { PlanTableModel::Slug, PlanTableModel::Status, PlanTableModel::EventType, PlanTableModel::Message })
        m_table->setColumnHidden(column, true);
    m_summary->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_replan);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_replan, &QPushButton::clicked, this, &PlanReviewPage::initializePage);
    connect(m_controller, &EventTypeWizardController::planReady, this, &PlanReviewPage::showPlan);
    connect(m_controller, &EventTypeWizardController::planFailed, this, &PlanReviewPage::showError);
}

void PlanReviewPage::initializePage()
{
    m_model->clear();
    m_summary->setText(tr("Reading the map and the team's event types from Cal.com…"));
    m_replan->setEnabled(false);
    m_controller->plan();
    emit completeChanged();
}

void PlanReviewPage::showPlan()
{
    const auto& plan = *m_controller->currentPlan();
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();
    QString text
        = tr("%n item(s): %1 to create, %2 to replace, %3 to adopt, %4 kept, %5 conflicts, %6 blocked.",
            nullptr, int(plan.items.size()))
              .arg(plan.count(C::Create))
              .arg(plan.count(C::Replace))
              .arg(plan.count(C::Adopt))
              .arg(plan.count(C::Keep))
              .arg(plan.count(C::Conflict))
              .arg(plan.count(C::Blocked));
    if (plan.problemCount() > 0)
        text += QLatin1Char(' ') + tr("Conflicts and blocked items are shown but not touched.");
    for (const QString& note : plan.notes)
        text += QLatin1Char('\n') + note;
    m_summary->setText(text);
    m_replan->setEnabled(true);
    emit completeChanged();
}

void PlanReviewPage::showError(const QString& message)
{
    m_summary->setText(tr("No plan: %1").arg(message));
    m_replan->setEnabled(true);
    emit completeChanged();
}

bool PlanReviewPage::isComplete() const
{
    return !m_controller->isPlanning() && m_controller->currentPlan().has_value();
}

} // namespace salon::ui
