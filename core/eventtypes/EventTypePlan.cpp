#include "EventTypePlan.h"

#include <QJsonArray>

#include <algorithm>

namespace salon::eventtypes
{

int EventTypePlan::count(PlanItem::Classification classification) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
        [classification](const PlanItem& i) { return i.classification == classification; }));
}

int EventTypePlan::createCount() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const PlanItem& i) { return i.needsCreate(); }));
}

int EventTypePlan::changeCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanItem& i) { return i.changesMap(); }));
}

int EventTypePlan::problemCount() const
{
    return count(PlanItem::Classification::Conflict) + count(PlanItem::Classification::Blocked);
}

QJsonObject EventTypePlan::toJson() const
{
    QJsonArray list;
    for (const PlanItem& item : items)
        list.append(item.toJson());
    QJsonObject counts;
    using C = PlanItem::Classification;
    for (C c : { C::Create, C::Adopt, C::Keep, C::Replace, C::Conflict, C::Blocked })
        counts.insert(PlanItem::classificationName(c), count(c));
    return QJsonObject { { QStringLiteral("teamId"), double(teamId) },
        { QStringLiteral("titleTemplate"), titleTemplate }, { QStringLiteral("counts"), counts },
        { QStringLiteral("items"), list }, { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
}

} // namespace salon::eventtypes
