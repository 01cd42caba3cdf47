#pragma once

#include "DriftFacts.h"
#include "DriftItem.h"

#include <QCoreApplication>

namespace salon::drift
{

// Turns one reconcile finding into a DriftItem with its proposal (issue 17): a step cancelled in Cal.com,
// rescheduled there (followed by rescheduledToUid; fits the composite chain or breaks it), a time or host
// changed without a reschedule, an untracked booking for a pending or failed phase, a second booking for
// one phase. Pure: everything it needs is in DriftFacts.
class DriftClassifier
{
    Q_DECLARE_TR_FUNCTIONS(salon::drift::DriftClassifier)
public:
    static DriftItem classify(const sync::BookingDrift& finding, const DriftFacts& facts);
    static QList<DriftItem> classify(const QList<sync::BookingDrift>& findings, const DriftFacts& facts);

    // Why a step of its appointment at [start, end) no longer fits between its neighbours (overlaps the
    // next step, eats a processing gap), or empty when it fits.
    static QString chainProblem(
        const DriftFacts& facts, qint64 phaseId, const QDateTime& start, const QDateTime& end);

private:
    static void classifyMove(DriftItem& item, const DriftFacts& facts, const calcom::Booking& live);
};

} // namespace salon::drift
