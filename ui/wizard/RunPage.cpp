#include "RunPage.h"

#include "EventTypeWizardController.h"
#include "PlanTableModel.h"

#include "eventtypes/EventTypeCreationRun.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace salon::ui
{

using S = eventtypes::ItemProgress::State;

RunPage::RunPage(EventTypeWizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(new PlanTableModel(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel run"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
{
    setTitle(tr("Creating event types"));
    setSubTitle(
        tr("Each finished item is saved at once; a cancelled or interrupted run resumes when you run the "
           "wizard again."));
    m_table->setObjectName(QStringLiteral("runTable"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column :
        { PlanTableModel::Minutes, PlanTableModel::Slug, PlanTableModel::Request, PlanTableModel::Reason })
        m_table->setColumnHidden(column, true);
    m_status->setWordWrap(true);
    m_retry->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_cancel, &QPushButton::clicked, m_controller, &EventTypeWizardController::cancelRun);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_controller->retryFailed()) {
            m_retry->setEnabled(false);
            m_cancel->setEnabled(true);
            emit completeChanged();
        }
    });
    connect(m_controller, &EventTypeWizardController::runItemChanged, this, &RunPage::updateItem);
    connect(m_controller, &EventTypeWizardController::runProgress, this, &RunPage::updateProgress);
    connect(m_controller, &EventTypeWizardController::runFinished, this, &RunPage::runFinished);
}

void RunPage::initializePage()
{
    const auto& plan = m_controller->currentPlan();
    if (!plan)
        return;
    m_model->setPlan(*plan);
    m_table->resizeColumnsToContents();
    m_progress->setRange(0, qMax(1, plan->changeCount()));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Working…"));
    m_controller->run();
    // Keep/conflict rows are final from the start.
    if (auto* run = m_controller->creationRun())
        for (int i = 0; i < run->items().size(); ++i)
            m_model->setProgress(i, run->item(i));
    emit completeChanged();
}

void RunPage::updateItem(int index)
{
    if (auto* run = m_controller->creationRun())
        m_model->setProgress(index, run->item(index));
}

void RunPage::updateProgress(int finished, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(total == 0 ? 1 : finished);
}

void RunPage::runFinished()
{
    auto* run = m_controller->creationRun();
    if (!run)
        return;
    m_cancel->setEnabled(false);
    const int failed = run->count(S::Failed) + run->count(S::Cancelled);
    m_retry->setEnabled(failed > 0);
    m_status->setText(tr("%1 done, %2 unchanged, %3 failed, %4 cancelled, %5 not touched.")
                          .arg(run->count(S::Done))
                          .arg(run->count(S::Unchanged))
                          .arg(run->count(S::Failed))
                          .arg(run->count(S::Cancelled))
                          .arg(run->count(S::Skipped)));
    emit completeChanged();
}

bool RunPage::isComplete() const
{
    return m_controller->creationRun() && !m_controller->isRunning();
}

} // namespace salon::ui
