#include "SchedulingType.h"

namespace salon::calcom
{

SchedulingType schedulingTypeFromString(QStringView text)
{
    // Compare without case and without '_' so "roundRobin", "ROUND_ROBIN" and "round_robin" all match.
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-'))
            folded.append(c.toLower());
    }
    if (folded == QLatin1String("roundrobin"))
        return SchedulingType::RoundRobin;
    if (folded == QLatin1String("collective"))
        return SchedulingType::Collective;
    if (folded == QLatin1String("managed"))
        return SchedulingType::Managed;
    return SchedulingType::Unknown;
}

QString schedulingTypeToApiString(SchedulingType type)
{
    switch (type) {
    case SchedulingType::RoundRobin:
        return QStringLiteral("roundRobin");
    case SchedulingType::Collective:
        return QStringLiteral("collective");
    case SchedulingType::Managed:
        return QStringLiteral("managed");
    case SchedulingType::Unknown:
        break;
    }
    return {};
}

} // namespace salon::calcom
