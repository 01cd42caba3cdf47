#pragma once

#include <QWizardPage>

class QLabel;

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

private:
    EventTypeWizardController* m_controller;
    QLabel* m_text;
};

} // namespace salon::ui
