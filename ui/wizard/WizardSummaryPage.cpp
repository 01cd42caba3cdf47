#include "WizardSummaryPage.h"

#include "EventTypeWizardController.h"

#include "eventtypes/EventTypeCreationRun.h"
#include "eventtypes/ManagedTypeRetirement.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace salon::ui
{

using S = eventtypes::ItemProgress::State;
using R = eventtypes::RetirementCandidate::State;

WizardSummaryPage::WizardSummaryPage(EventTypeWizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_text(new QLabel(this))
    , m_openConsole(new QPushButton(tr("Open the sync console"), this))
{
    setTitle(tr("Summary"));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    m_openConsole->setObjectName(QStringLiteral("openSyncConsoleButton"));
    m_openConsole->setToolTip(tr("Send the waiting appointments to Cal.com with the new event types"));
    auto* next = new QHBoxLayout;
    next->addWidget(m_openConsole);
    next->addStretch();
    layout->addLayout(next);
    layout->addStretch();
    connect(m_openConsole, &QPushButton::clicked, this, &WizardSummaryPage::syncConsoleRequested);
}

void WizardSummaryPage::initializePage()
{
    QStringList lines;
    if (auto* run = m_controller->creationRun()) {
        lines.append(
            tr("Event types: %1 created or adopted, %2 already fine, %3 failed, %4 cancelled, %5 not touched "
               "(conflicts or staff without a Cal.com user).")
                .arg(run->count(S::Done))
                .arg(run->count(S::Unchanged))
                .arg(run->count(S::Failed))
                .arg(run->count(S::Cancelled))
                .arg(run->count(S::Skipped)));
        if (run->count(S::Failed) + run->count(S::Cancelled) > 0)
            lines.append(tr("Run the wizard again to resume: what was created is found by its link name, "
                            "nothing is duplicated."));
    }
    if (auto* retirement = m_controller->retirement()) {
        lines.append(tr("Old MANAGED event types: %1 deleted, %2 failed, %3 still referred to or kept.")
                         .arg(retirement->count(R::Deleted))
                         .arg(retirement->count(R::Failed))
                         .arg(int(retirement->candidates().size()) - retirement->count(R::Deleted)
                             - retirement->count(R::Failed)));
    }
    lines.append(
        tr("Every change is in the history (Tools → History). Next: send the waiting appointments to "
           "Cal.com in the sync console."));
    m_text->setText(lines.join(QStringLiteral("\n\n")));
}

} // namespace salon::ui
