#include "LifecycleRecords.h"

namespace salon::lifecycle
{

namespace
{
template <typename Enum, typename Names> std::optional<Enum> lookup(const QString& text, const Names& names)
{
    for (const auto& [value, name] : names)
        if (text == name)
            return value;
    return std::nullopt;
}

const std::pair<OperationKind, const char*> kKinds[]
    = { { OperationKind::Cancel, "cancel" }, { OperationKind::Move, "move" },
          { OperationKind::Restaff, "restaff" }, { OperationKind::Compensate, "compensate" } };
const std::pair<OperationState, const char*> kOperationStates[]
    = { { OperationState::Open, "open" }, { OperationState::Undoing, "undoing" },
          { OperationState::Done, "done" }, { OperationState::Undone, "undone" } };
const std::pair<StepAction, const char*> kActions[]
    = { { StepAction::Cancel, "cancel" }, { StepAction::Reschedule, "reschedule" },
          { StepAction::Rebook, "rebook" }, { StepAction::Update, "update" } };
const std::pair<StepState, const char*> kStepStates[]
    = { { StepState::Planned, "planned" }, { StepState::Sent, "sent" }, { StepState::Booked, "booked" },
          { StepState::Done, "done" }, { StepState::Failed, "failed" }, { StepState::Skipped, "skipped" } };

template <typename Enum, typename Names> QString nameOf(Enum value, const Names& names)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}
} // namespace

QString toString(OperationKind kind)
{
    return nameOf(kind, kKinds);
}
QString toString(OperationState state)
{
    return nameOf(state, kOperationStates);
}
QString toString(StepAction action)
{
    return nameOf(action, kActions);
}
QString toString(StepState state)
{
    return nameOf(state, kStepStates);
}
std::optional<OperationKind> operationKindFromString(const QString& text)
{
    return lookup<OperationKind>(text, kKinds);
}
std::optional<OperationState> operationStateFromString(const QString& text)
{
    return lookup<OperationState>(text, kOperationStates);
}
std::optional<StepAction> stepActionFromString(const QString& text)
{
    return lookup<StepAction>(text, kActions);
}
std::optional<StepState> stepStateFromString(const QString& text)
{
    return lookup<StepState>(text, kStepStates);
}

const AppointmentPhase* AppointmentSnapshot::phase(qint64 phaseId) const
{
    for (const AppointmentPhase& p : appointment.phases)
        if (p.id == phaseId)
            return &p;
    return nullptr;
}

const EventMapEntry* AppointmentSnapshot::eventMap(const QString& segmentKey, const QString& staffId) const
{
    for (const EventMapEntry& e : eventMaps)
        if (e.segmentKey == segmentKey && e.staffId == staffId)
            return &e;
    return nullptr;
}

QString AppointmentSnapshot::staffName(const QString& staffId) const
{
    const auto it = staff.constFind(staffId);
    return it == staff.constEnd() ? staffId : it->name;
}

} // namespace salon::lifecycle
