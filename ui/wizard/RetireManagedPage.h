#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace salon::ui
{

class EventTypeWizardController;

// Step 5 (optional): lists the replaced MANAGED parents — safe ones checkable, referenced ones with the
// reasons — and deletes the checked ones only after an explicit confirmation (an inline check box, not a
// modal box). Next without deleting keeps them all.
class RetireManagedPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RetireManagedPage(EventTypeWizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showCandidates();
    void updateCandidate(int index);
    void updateButtons();
    QList<qint64> checkedIds() const;

    EventTypeWizardController* m_controller;
    QTreeWidget* m_tree;
    QCheckBox* m_confirm;
    QPushButton* m_delete;
    QLabel* m_status;
};

} // namespace salon::ui
