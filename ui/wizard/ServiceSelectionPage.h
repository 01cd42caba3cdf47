#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace salon::ui
{

class EventTypeWizardController;

// Step 1: which services get event types (checkable list; composite services first).
class ServiceSelectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServiceSelectionPage(EventTypeWizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    EventTypeWizardController* m_controller;
    QListWidget* m_list;
    QLabel* m_error;
    bool m_waiting = false; // shown before the lists arrived
};

} // namespace salon::ui
