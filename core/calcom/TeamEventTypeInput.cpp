#include "TeamEventTypeInput.h"

#include <QJsonArray>

namespace salon::calcom
{

QString TeamEventTypeInput::problem() const
{
    if (title.trimmed().isEmpty())
        return QStringLiteral("title is required");
    if (slug.trimmed().isEmpty())
        return QStringLiteral("slug is required");
    if (lengthInMinutes <= 0)
        return QStringLiteral("lengthInMinutes must be positive");
    if (schedulingType == SchedulingType::Unknown)
        return QStringLiteral("schedulingType is required");
    if (!hosts.isEmpty() && assignAllTeamMembers.value_or(false))
        return QStringLiteral("give either hosts or assignAllTeamMembers, not both");
    return {};
}

QJsonObject TeamEventTypeInput::toJson() const
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("slug"), slug);
    body.insert(QStringLiteral("lengthInMinutes"), lengthInMinutes);
    body.insert(QStringLiteral("schedulingType"), schedulingTypeToApiString(schedulingType));
    if (!hosts.isEmpty()) {
        QJsonArray list;
        for (const Host& host : hosts)
            list.append(host.toInputJson());
        body.insert(QStringLiteral("hosts"), list);
    }
    if (assignAllTeamMembers)
        body.insert(QStringLiteral("assignAllTeamMembers"), *assignAllTeamMembers);
    if (hidden)
        body.insert(QStringLiteral("hidden"), *hidden);
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return body;
}

} // namespace salon::calcom
