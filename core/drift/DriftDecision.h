#pragma once

#include "DriftChoice.h"
#include "DriftItem.h"

#include <QJsonObject>
#include <QString>

namespace salon::drift
{

// One change made in Cal.com and what the admin chose for it.
struct DriftDecision {
    DriftItem item;
    DriftChoice choice = DriftChoice::FollowCalcom;
};

// How applying one decision ended.
struct DriftOutcome {
    enum class Result { Applied, Planned, Skipped, Failed };
    DriftDecision decision;
    Result result = Result::Failed;
    QString message; // translated

    bool isOk() const { return result != Result::Failed; }
    static QString resultName(Result result);
    QJsonObject toJson() const;
};

} // namespace salon::drift
