#pragma once

#include <QWizard>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
}

namespace salon::ui
{

class EventTypeWizardController;

// Issue 5's wizard: pick services → pick staff → review the plan → run → retire old MANAGED types → summary.
// Nothing but GETs reach Cal.com before the admin confirms the plan (the review page is the commit page).
// Open it non-modally (show()) or with open(); it never blocks the GUI thread.
class EventTypeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServicesPage, StaffPage, ReviewPage, RunPage, RetirePage, SummaryPage };

    // Reads and writes through the application's database worker, never on the GUI thread.
    EventTypeWizard(DatabaseWorker* worker, calcom::CalcomClient* client, const QString& actor,
        QWidget* parent = nullptr);
    ~EventTypeWizard() override;

    EventTypeWizardController* controller() const { return m_controller; }

signals:
    // The summary's "Open the sync console" (the wizard closes).
    void syncConsoleRequested();

private:
    EventTypeWizardController* m_controller;
};

} // namespace salon::ui
