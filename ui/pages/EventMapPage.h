#pragma once

#include "TablePage.h"

namespace salon::ui
{

// The Cal.com event map: which event type books which (service, segment, staff). Findings of the
// event-map verifier show on the rows they concern; the banner counts them (FindingsProxyModel::counts,
// the one count the status bar shows too) and follows as changed rows drop theirs.
class EventMapPage : public TablePage
{
    Q_OBJECT
public:
    explicit EventMapPage(DatabaseSession* session, QWidget* parent = nullptr);

public slots:
    // Replaces the shown findings (map row id → severity, message); an empty list clears them.
    void setVerifierFindings(const QList<salon::ui::RowFinding>& findings);

private:
    void updateBanner();
};

} // namespace salon::ui
