#include "RetirementCandidate.h"

#include <QJsonArray>

namespace salon::eventtypes
{

QJsonObject RetirementCandidate::toJson() const
{
    QJsonArray segmentList;
    for (const auto& [serviceId, key] : segments)
        segmentList.append(QJsonObject {
            { QStringLiteral("serviceId"), double(serviceId) }, { QStringLiteral("segmentKey"), key } });
    return QJsonObject { { QStringLiteral("eventTypeId"), double(eventTypeId) },
        { QStringLiteral("title"), title }, { QStringLiteral("slug"), slug },
        { QStringLiteral("segments"), segmentList }, { QStringLiteral("safe"), isSafe() },
        { QStringLiteral("blockers"), QJsonArray::fromStringList(blockers) },
        { QStringLiteral("state"), stateName(state) }, { QStringLiteral("message"), message } };
}

QString RetirementCandidate::stateName(State state)
{
    switch (state) {
    case State::Listed:
        return QStringLiteral("listed");
    case State::Deleting:
        return QStringLiteral("deleting");
    case State::Deleted:
        return QStringLiteral("deleted");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Kept:
        return QStringLiteral("kept");
    }
    return {};
}

QString RetirementCandidate::stateLabel(State state)
{
    switch (state) {
    case State::Listed:
        return tr("Listed");
    case State::Deleting:
        return tr("Deleting");
    case State::Deleted:
        return tr("Deleted");
    case State::Failed:
        return tr("Failed");
    case State::Kept:
        return tr("Kept");
    }
    return {};
}

} // namespace salon::eventtypes
