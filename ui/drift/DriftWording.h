#pragma once

#include "core/drift/DriftItem.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace salon::ui
{

// The kinds of change made in Cal.com as the sync console counts them.
enum class DriftGroup { Cancelled, Rescheduled, Changed, Untracked, Duplicate };
constexpr int kDriftGroupCount = 5;

// What a change made in Cal.com is called and says in the salon's words (customer, step, times in the
// salon's zone), and what the buttons offer.
class DriftWording
{
    Q_DECLARE_TR_FUNCTIONS(salon::ui::DriftWording)
public:
    static DriftGroup groupOf(sync::BookingDrift::Kind kind);
    static QString groupLabel(DriftGroup group);
    // One line for the list: "Cancelled in Cal.com — Anna Berg, step A, Mon 25.11. 09:00".
    static QString title(const drift::DriftItem& item, const QTimeZone& zone);
    // What changed, in a sentence or two (with the chain problem, if any).
    static QString whatChanged(const drift::DriftItem& item, const QTimeZone& zone);
    // The proposal: why these choices and what Apply does.
    static QString proposal(const drift::DriftItem& item);
    // "Cancel the whole appointment" (a label with a capital letter, for a button or a menu).
    static QString choiceText(drift::DriftChoice choice);

private:
    static QString when(const QDateTime& at, const QTimeZone& zone);
};

} // namespace salon::ui
