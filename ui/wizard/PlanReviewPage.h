#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace salon::ui
{

class EventTypeWizardController;
class PlanTableModel;

// Step 3: the plan, computed when the page opens (only GETs reach Cal.com), with each item's classification,
// what will be sent and why. The commit page: its button confirms the plan and starts the run.
class PlanReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlanReviewPage(EventTypeWizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    PlanTableModel* model() const { return m_model; }

private:
    void showPlan();
    void showError(const QString& message);

    EventTypeWizardController* m_controller;
    PlanTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_replan;
};

} // namespace salon::ui
