#include "EventTypeWizard.h"

#include "EventTypeWizardController.h"
#include "PlanReviewPage.h"
#include "RetireManagedPage.h"
#include "RunPage.h"
#include "ServiceSelectionPage.h"
#include "StaffSelectionPage.h"
#include "WizardSummaryPage.h"

namespace salon::ui
{

EventTypeWizard::EventTypeWizard(
    DatabaseWorker* worker, calcom::CalcomClient* client, const QString& actor, QWidget* parent)
    : QWizard(parent)
    , m_controller(new EventTypeWizardController(worker, client, actor, this))
{
    setObjectName(QStringLiteral("eventTypeWizard"));
    setWindowTitle(tr("Create Cal.com event types"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(ServicesPage, new ServiceSelectionPage(m_controller));
    setPage(StaffPage, new StaffSelectionPage(m_controller));
    setPage(ReviewPage, new PlanReviewPage(m_controller));
    setPage(RunPage, new salon::ui::RunPage(m_controller));
    setPage(RetirePage, new RetireManagedPage(m_controller));
    auto* summary = new WizardSummaryPage(m_controller);
    setPage(SummaryPage, summary);
    connect(summary, &WizardSummaryPage::syncConsoleRequested, this, [this] {
        emit syncConsoleRequested();
        accept();
    });
    setStartId(ServicesPage);
    resize(1000, 640);
}

EventTypeWizard::~EventTypeWizard() = default;

} // namespace salon::ui
