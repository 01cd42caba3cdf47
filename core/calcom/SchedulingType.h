#pragma once

#include <QString>
#include <QStringView>

namespace salon::calcom
{

// How a team event type picks its hosts. Cal.com v2 writes lower-camel ("roundRobin", "collective",
// "managed"); the database and older clients use "ROUND_ROBIN", "COLLECTIVE", "MANAGED". Both parse.
enum class SchedulingType { Unknown, RoundRobin, Collective, Managed };

SchedulingType schedulingTypeFromString(QStringView text);
// The lower-camel spelling the v2 API documents ("roundRobin"); empty for Unknown.
QString schedulingTypeToApiString(SchedulingType type);

} // namespace salon::calcom
