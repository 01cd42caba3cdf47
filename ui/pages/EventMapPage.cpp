#include "EventMapPage.h"

#include "MessageBanner.h"
#include "core/tables/StandardTables.h"

namespace salon::ui
{

EventMapPage::EventMapPage(DatabaseSession* session, QWidget* parent)
    : TablePage(tables::StandardTables::eventMap(), session, parent)
{
    connect(findings(), &FindingsProxyModel::findingsChanged, this, &EventMapPage::updateBanner);
}

void EventMapPage::setVerifierFindings(const QList<RowFinding>& rows)
{
    findings()->setFindings(rows);
}

void EventMapPage::updateBanner()
{
    auto* banner = findChild<MessageBanner*>(QStringLiteral("banner"));
    const FindingsProxyModel::Counts counts = findings()->counts();
    if (counts.total() == 0) {
        banner->hide();
        return;
    }
    if (counts.errors > 0)
        showMessage(tr("The verifier found %n error(s); hover over the marked rows for details.", nullptr,
                        counts.errors),
            RowFinding::Severity::Error);
    else if (counts.warnings > 0)
        showMessage(tr("The verifier found %n warning(s); hover over the marked rows for details.", nullptr,
                        counts.warnings),
            RowFinding::Severity::Warning);
    else
        showMessage(tr("The verifier has notes on some rows; hover over them for details."));
}

} // namespace salon::ui
