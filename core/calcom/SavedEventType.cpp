#include "SavedEventType.h"

#include <QJsonArray>

namespace salon::calcom
{

std::optional<EventType> SavedEventType::childFor(qint64 userId) const
{
    for (const EventType& child : children) {
        if (child.ownerId == userId)
            return child;
    }
    return std::nullopt;
}

Expected<SavedEventType, QString> SavedEventType::fromData(const QJsonValue& data)
{
    if (data.isObject()) {
        auto et = EventType::fromJson(data);
        if (!et)
            return Unexpected(et.error());
        return SavedEventType { *et, {} };
    }
    if (!data.isArray() || data.toArray().isEmpty())
        return Unexpected(QStringLiteral("expected an event type or [parent, ...children]"));
    auto all = EventType::listFromJson(data);
    if (!all)
        return Unexpected(all.error());
    SavedEventType saved;
    // The parent comes first; do not trust the order blindly: the parent is the one without a parent id.
    qsizetype parentIndex = 0;
    for (qsizetype i = 0; i < all->size(); ++i) {
        if (!all->at(i).parentEventTypeId) {
            parentIndex = i;
            break;
        }
    }
    saved.eventType = all->at(parentIndex);
    for (qsizetype i = 0; i < all->size(); ++i) {
        if (i != parentIndex)
            saved.children.append(all->at(i));
    }
    return saved;
}

} // namespace salon::calcom
