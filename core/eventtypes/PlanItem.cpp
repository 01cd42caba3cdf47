#include "PlanItem.h"

#include <QJsonValue>

namespace salon::eventtypes
{

calcom::TeamEventTypeInput PlanItem::input() const
{
    calcom::TeamEventTypeInput in;
    in.title = title;
    in.slug = slug;
    in.lengthInMinutes = durationMinutes;
    // One host per event type: ROUND_ROBIN with a single mandatory host books exactly that person and needs
    // no MANAGED children (the incident's fix).
    in.schedulingType = calcom::SchedulingType::RoundRobin;
    calcom::Host host;
    host.userId = calcomUserId.value_or(0);
    host.mandatory = true;
    host.priority = QStringLiteral("high");
    in.hosts = { host };
    in.hidden = true;
    return in;
}

QString PlanItem::displayName() const
{
    return QStringLiteral("%1 · %2 · %3").arg(serviceName, segmentKey, staffName);
}

QString PlanItem::classificationName(Classification classification)
{
    switch (classification) {
    case Classification::Create:
        return QStringLiteral("create");
    case Classification::Adopt:
        return QStringLiteral("adopt");
    case Classification::Keep:
        return QStringLiteral("keep");
    case Classification::Replace:
        return QStringLiteral("replace");
    case Classification::Conflict:
        return QStringLiteral("conflict");
    case Classification::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QString PlanItem::classificationLabel(Classification classification)
{
    switch (classification) {
    case Classification::Create:
        return tr("Create");
    case Classification::Adopt:
        return tr("Adopt");
    case Classification::Keep:
        return tr("Keep");
    case Classification::Replace:
        return tr("Replace");
    case Classification::Conflict:
        return tr("Conflict");
    case Classification::Blocked:
        return tr("Blocked");
    }
    return {};
}

QJsonObject PlanItem::toJson() const
{
    auto optionalId
        = [](const std::optional<qint64>& id) { return id ? QJsonValue(double(*id)) : QJsonValue(); };
    QJsonObject o { { QStringLiteral("serviceId"), double(serviceId) },
        { QStringLiteral("serviceName"), serviceName }, { QStringLiteral("segmentKey"), segmentKey },
        { QStringLiteral("durationMinutes"), durationMinutes }, { QStringLiteral("staffId"), staffId },
        { QStringLiteral("staffName"), staffName },
        { QStringLiteral("calcomUserId"), optionalId(calcomUserId) }, { QStringLiteral("title"), title },
        { QStringLiteral("slug"), slug },
        { QStringLiteral("classification"), classificationName(classification) },
        { QStringLiteral("mapRowId"), optionalId(mapRowId) },
        { QStringLiteral("mapEventTypeId"), optionalId(mapEventTypeId) },
        { QStringLiteral("mapPointsToManagedParent"), mapPointsToManagedParent },
        { QStringLiteral("existingEventTypeId"), optionalId(existingEventTypeId) },
        { QStringLiteral("reason"), reason } };
    if (needsCreate())
        o.insert(QStringLiteral("request"), input().toJson());
    return o;
}

} // namespace salon::eventtypes
