#include "TeamEventTypePatch.h"

#include <QJsonArray>

namespace salon::calcom
{

bool TeamEventTypePatch::isEmpty() const
{
    return !title && !slug && !description && !lengthInMinutes && !schedulingType && !hosts
        && !assignAllTeamMembers && !hidden && extra.isEmpty();
}

void TeamEventTypePatch::dropUnchanged(const EventType& current)
{
    if (slug && *slug == current.slug)
        slug.reset();
    if (title && *title == current.title)
        title.reset();
    if (lengthInMinutes && *lengthInMinutes == current.lengthInMinutes)
        lengthInMinutes.reset();
    if (hidden && *hidden == current.hidden)
        hidden.reset();
    // Re-sending the same type would, without hosts, be a rejected "switch".
    if (schedulingType && *schedulingType == current.schedulingType)
        schedulingType.reset();
}

QString TeamEventTypePatch::problem() const
{
    if (schedulingType && *schedulingType == SchedulingType::Managed)
        return QStringLiteral("an event type cannot be turned into a managed one; create a new one");
    if (schedulingType && !hosts && !assignAllTeamMembers.value_or(false))
        return QStringLiteral("changing schedulingType needs hosts or assignAllTeamMembers");
    if (hosts && assignAllTeamMembers.value_or(false))
        return QStringLiteral("give either hosts or assignAllTeamMembers, not both");
    return {};
}

QJsonObject TeamEventTypePatch::toJson() const
{
    QJsonObject body = extra;
    if (title)
        body.insert(QStringLiteral("title"), *title);
    if (slug)
        body.insert(QStringLiteral("slug"), *slug);
    if (description)
        body.insert(QStringLiteral("description"), *description);
    if (lengthInMinutes)
        body.insert(QStringLiteral("lengthInMinutes"), *lengthInMinutes);
    if (schedulingType)
        body.insert(QStringLiteral("schedulingType"), schedulingTypeToApiString(*schedulingType));
    if (hosts) {
        QJsonArray list;
        for (const Host& host : *hosts)
            list.append(host.toInputJson());
        body.insert(QStringLiteral("hosts"), list);
    }
    if (assignAllTeamMembers)
        body.insert(QStringLiteral("assignAllTeamMembers"), *assignAllTeamMembers);
    if (hidden)
        body.insert(QStringLiteral("hidden"), *hidden);
    return body;
}

} // namespace salon::calcom
