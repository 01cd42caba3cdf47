#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace salon::ui
{

class EventTypeWizardController;

// Step 2: which of the chosen services' performers, and the title template.
class StaffSelectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StaffSelectionPage(EventTypeWizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateTemplateProblem();

    EventTypeWizardController* m_controller;
    QListWidget* m_list;
    QLineEdit* m_template;
    QLabel* m_problem;
    QLabel* m_preview = nullptr;
};

} // namespace salon::ui
