#include "DriftFacts.h"

#include <algorithm>

namespace salon::drift
{

QList<DriftFacts::Phase> DriftFacts::phasesOf(qint64 appointmentId) const
{
    QList<Phase> list;
    for (const Phase& p : phases)
        if (p.appointmentId == appointmentId)
            list.append(p);
    std::sort(list.begin(), list.end(), [](const Phase& a, const Phase& b) {
        return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.id < b.id;
    });
    return list;
}

} // namespace salon::drift
