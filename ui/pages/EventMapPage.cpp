#include "EventMapPage.h"

#include "MessageBanner.h"
#include "core/tables/StandardTables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace salon::ui
{

EventMapPage::EventMapPage(DatabaseSession* session, QWidget* parent)
    : TablePage(tables::StandardTables::eventMap(), session, parent)
    , m_details(new QLabel(this))
    , m_openWizard(new QPushButton(tr("Fix with the event type wizard…"), this))
{
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Findings of the selected row"));
    m_details->hide();
    m_openWizard->setObjectName(QStringLiteral("openWizardButton"));
    m_openWizard->setToolTip(tr("Creates the missing event types in Cal.com and points the map at them"));
    m_openWizard->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_details, 1);
    row->addWidget(m_openWizard, 0, Qt::AlignTop);
    pageLayout()->insertLayout(pageLayout()->indexOf(view()) + 1, row);
    connect(m_openWizard, &QPushButton::clicked, this, &EventMapPage::openEventTypeWizardRequested);
    connect(findings(), &FindingsProxyModel::findingsChanged, this, &EventMapPage::updateBanner);
    connect(findings(), &FindingsProxyModel::findingsChanged, this, &EventMapPage::showSelectedFindings);
    connect(this, &TablePage::currentKeyChanged, this, &EventMapPage::showSelectedFindings);
}

void EventMapPage::showSelectedFindings()
{
    QStringList lines;
    for (const RowFinding& finding : findings()->findingsOf(currentKey()))
        lines.append(finding.message);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());
}

void EventMapPage::setVerifierFindings(const QList<RowFinding>& rows)
{
    findings()->setFindings(rows);
}

void EventMapPage::updateBanner()
{
    auto* banner = findChild<MessageBanner*>(QStringLiteral("banner"));
    const FindingsProxyModel::Counts counts = findings()->counts();
    m_openWizard->setVisible(counts.errors > 0);
    if (counts.total() == 0) {
        banner->hide();
        return;
    }
    if (counts.errors > 0)
        showMessage(tr("The verifier found %n error(s); select a marked row to read what is wrong.", nullptr,
                        counts.errors),
            RowFinding::Severity::Error);
    else if (counts.warnings > 0)
        showMessage(tr("The verifier found %n warning(s); select a marked row to read what is wrong.",
                        nullptr, counts.warnings),
            RowFinding::Severity::Warning);
    else
        showMessage(tr("The verifier has notes on some rows; select one to read them."));
}

} // namespace salon::ui
