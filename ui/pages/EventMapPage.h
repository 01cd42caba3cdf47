#pragma once

#include "TablePage.h"

class QLabel;
class QPushButton;

namespace salon::ui
{

// The Cal.com event map: which event type books which (service, segment, staff). Findings of the
// event-map verifier show on the rows they concern; the banner counts them (FindingsProxyModel::counts,
// the one count the status bar shows too) and follows as changed rows drop theirs. The selected row's
// findings read in full below the table; errors offer the wizard that fixes them.
class EventMapPage : public TablePage
{
    Q_OBJECT
public:
    explicit EventMapPage(DatabaseSession* session, QWidget* parent = nullptr);

signals:
    // The banner's "Fix with the event type wizard…" (the fix the verifier proposes).
    void openEventTypeWizardRequested();

public slots:
    // Replaces the shown findings (map row id → severity, message); an empty list clears them.
    void setVerifierFindings(const QList<salon::ui::RowFinding>& findings);

private:
    void updateBanner();
    // The selected row's findings in full, below the table: a click or the arrow keys show them.
    void showSelectedFindings();

    QLabel* m_details;
    QPushButton* m_openWizard;
};

} // namespace salon::ui
