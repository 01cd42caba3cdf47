#pragma once

#include "DriftChoice.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace salon::drift
{

// What the admin is offered for one change made in Cal.com: the choices that can run (the first is the one
// --apply takes unless told otherwise) and why. No choices: report only (busy time, a phase we do not have).
struct DriftProposal {
    QList<DriftChoice> choices;
    QString reason; // translated, one sentence: why these choices

    bool canApply() const { return !choices.isEmpty(); }
    DriftChoice recommended() const { return choices.first(); } // only when canApply()
    QJsonObject toJson() const;
};

} // namespace salon::drift
