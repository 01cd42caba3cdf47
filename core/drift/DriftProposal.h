#pragma once

#include "DriftChoice.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace salon::drift
{

// What the admin is offered for one change made in Cal.com: the choices that can run (the first is the one
// --apply takes unless told otherwise) and why. No choices: report only (busy time, a phase we do not have).
struct DriftProposal {
    QList<DriftChoice> choices;
    QString reason; // translated, one sentence: why these choices

    bool canApply() const { return !choices.isEmpty(); }
    DriftChoice recommended() const { return choices.first(); } // only when canApply()
    // The choice besides the recommended one that puts Cal.com back to the salon's plan (book the cancelled
    // step again, move the moved step back, book the step with our staff member again - that one even as the
    // only choice): what the desktop's "Keep ours" runs. None: keeping ours means
    // leaving Cal.com as it is.
    std::optional<DriftChoice> putBack() const;
    QJsonObject toJson() const;
};

} // namespace salon::drift
