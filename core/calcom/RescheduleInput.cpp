#include "RescheduleInput.h"

#include "JsonFields.h"

namespace salon::calcom
{

QString RescheduleInput::problem() const
{
    return start.isValid() ? QString() : QStringLiteral("start is required");
}

QJsonObject RescheduleInput::toJson() const
{
    QJsonObject body { { QStringLiteral("start"), json::utcString(start) } };
    if (!reschedulingReason.isEmpty())
        body.insert(QStringLiteral("reschedulingReason"), reschedulingReason);
    if (!rescheduledBy.isEmpty())
        body.insert(QStringLiteral("rescheduledBy"), rescheduledBy);
    return body;
}

} // namespace salon::calcom
