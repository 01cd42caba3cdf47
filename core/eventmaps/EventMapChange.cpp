#include "EventMapChange.h"

#include "db/SqlTime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace salon::eventmaps
{

namespace
{
QString childText(const EventMapEntry& e)
{
    return e.childEventTypeId ? QString::number(*e.childEventTypeId) : QStringLiteral("NULL");
}
} // namespace

QJsonObject EventMapChange::rowJson(const EventMapEntry& e)
{
    return QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("serviceId"), e.serviceId },
        { QStringLiteral("segmentKey"), e.segmentKey }, { QStringLiteral("staffId"), e.staffId },
        { QStringLiteral("eventTypeId"), e.eventTypeId },
        { QStringLiteral("childEventTypeId"),
            e.childEventTypeId ? QJsonValue(*e.childEventTypeId) : QJsonValue() },
        { QStringLiteral("childResolvedAt"),
            e.childResolvedAt.isValid() ? QJsonValue(toSqlTime(e.childResolvedAt)) : QJsonValue() } };
}

QJsonObject EventMapChange::toJson() const
{
    return QJsonObject { { QStringLiteral("mapId"), before.id },
        { QStringLiteral("before"), rowJson(before) }, { QStringLiteral("after"), rowJson(after) },
        { QStringLiteral("reason"), reason } };
}

QString EventMapChange::describe(const QString& staffName) const
{
    return QCoreApplication::translate("salon::eventmaps::EventMapChange",
        "map %1 (service %2, segment %3, %4, event type %5): child %6 -> %7 — %8")
        .arg(before.id)
        .arg(before.serviceId)
        .arg(before.segmentKey, staffName.isEmpty() ? before.staffId : staffName)
        .arg(before.eventTypeId)
        .arg(childText(before), childText(after), reason);
}

QJsonObject EventMapPlan::toJson() const
{
    QJsonArray changeList;
    for (const EventMapChange& c : changes)
        changeList.append(c.toJson());
    return QJsonObject { { QStringLiteral("changes"), changeList },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

} // namespace salon::eventmaps
