#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace salon::ui
{

class EventTypeWizardController;

// Step 6: what the wizard did.
class WizardSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardSummaryPage(EventTypeWizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;

signals:
    // What comes next: the appointments waiting for the new event types go out from the sync console.
    void syncConsoleRequested();

private:
    EventTypeWizardController* m_controller;
    QLabel* m_text;
    QPushButton* m_openConsole;
};

} // namespace salon::ui
