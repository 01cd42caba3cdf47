#include "DaySchedule.h"

namespace salon::day
{

namespace
{
int severity(StepState s)
{
    switch (s) {
    case StepState::Failed:
        return 4;
    case StepState::Owed:
        return 3;
    case StepState::Pending:
        return 2;
    case StepState::Cancelled:
        return 1;
    case StepState::Synced:
        return 0;
    }
    return 0;
}
} // namespace

StepState DayAppointment::overallState() const
{
    std::optional<StepState> worst;
    for (const DayStep& s : steps)
        if (s.staffRequired && (!worst || severity(s.state) > severity(*worst)))
            worst = s.state;
    return worst.value_or(steps.isEmpty() ? StepState::Pending : steps.first().state);
}

int DaySchedule::staffIndex(const QString& staffId) const
{
    for (int i = 0; i < staff.size(); ++i)
        if (staff[i].id == staffId)
            return i;
    return -1;
}

const DayAppointment* DaySchedule::appointment(qint64 id) const
{
    for (const DayAppointment& a : appointments)
        if (a.id == id)
            return &a;
    return nullptr;
}

std::pair<const DayAppointment*, const DayStep*> DaySchedule::step(qint64 phaseId) const
{
    for (const DayAppointment& a : appointments)
        for (const DayStep& s : a.steps)
            if (s.phaseId == phaseId)
                return { &a, &s };
    return { nullptr, nullptr };
}

int DaySchedule::minuteOf(const QDateTime& time) const
{
    const QDateTime midnight(date, QTime(0, 0), zone);
    return int(midnight.secsTo(time) / 60);
}

QDateTime DaySchedule::timeAt(int minute) const
{
    return QDateTime(date, QTime(0, 0), zone).addSecs(qint64(minute) * 60);
}

QString toString(StepState state)
{
    switch (state) {
    case StepState::Synced:
        return QStringLiteral("synced");
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Cancelled:
        return QStringLiteral("cancelled");
    case StepState::Owed:
        return QStringLiteral("owed");
    }
    return {};
}

} // namespace salon::day
