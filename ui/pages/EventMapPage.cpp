#include "EventMapPage.h"

#include "MessageBanner.h"
#include "models/StandardTables.h"

namespace salon::ui
{

EventMapPage::EventMapPage(const DatabaseUrl& url, QWidget* parent)
    : TablePage(StandardTables::eventMap(), url, parent)
{
}

void EventMapPage::setVerifierFindings(const QList<RowFinding>& findings)
{
    model()->setRowFindings(findings);
    int errors = 0;
    int warnings = 0;
    for (const RowFinding& finding : findings) {
        errors += finding.severity == RowFinding::Severity::Error ? 1 : 0;
        warnings += finding.severity == RowFinding::Severity::Warning ? 1 : 0;
    }
    if (findings.isEmpty())
        banner()->hide();
    else if (errors > 0)
        showMessage(
            tr("The verifier found %n error(s); hover over the marked rows for details.", nullptr, errors),
            RowFinding::Severity::Error);
    else if (warnings > 0)
        showMessage(tr("The verifier found %n warning(s); hover over the marked rows for details.", nullptr,
                        warnings),
            RowFinding::Severity::Warning);
    else
        showMessage(tr("The verifier has notes on some rows; hover over them for details."));
}

} // namespace salon::ui
