#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace salon::ui
{

class EventTypeWizardController;
class PlanTableModel;

// Step 4: runs the confirmed plan with a progress bar and a live status per row. Cancel stops what has not
// been sent; failed rows show Cal.com's message and can be retried.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(EventTypeWizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    PlanTableModel* model() const { return m_model; }

private:
    void updateItem(int index);
    void updateProgress(int finished, int total);
    void runFinished();

    EventTypeWizardController* m_controller;
    PlanTableModel* m_model;
    QTableView* m_table;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_retry;
};

} // namespace salon::ui
