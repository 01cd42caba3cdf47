#include "ItemProgress.h"

namespace salon::eventtypes
{

QString ItemProgress::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Unchanged:
        return QStringLiteral("unchanged");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ItemProgress::stateLabel(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Unchanged:
        return tr("Unchanged");
    case State::Skipped:
        return tr("Not touched");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace salon::eventtypes
