#include "ChangeRecord.h"

#include <QJsonArray>

namespace salon::rehearsal
{

QString ChangeRecord::areaToken(Area area)
{
    return area == Area::Calcom ? QStringLiteral("calcom") : QStringLiteral("database");
}

QString ChangeRecord::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::EventType:
        return QStringLiteral("event-type");
    case Kind::Booking:
        return QStringLiteral("booking");
    case Kind::Appointment:
        return QStringLiteral("appointment");
    case Kind::Phase:
        return QStringLiteral("phase");
    case Kind::EventMap:
        return QStringLiteral("event-map");
    case Kind::Staff:
        return QStringLiteral("staff");
    case Kind::Service:
        return QStringLiteral("service");
    }
    return {};
}

QString ChangeRecord::changeToken(Change change)
{
    switch (change) {
    case Change::Created:
        return QStringLiteral("created");
    case Change::Changed:
        return QStringLiteral("changed");
    case Change::Deleted:
        return QStringLiteral("deleted");
    case Change::Cancelled:
        return QStringLiteral("cancelled");
    case Change::Moved:
        return QStringLiteral("moved");
    }
    return {};
}

QString ChangeRecord::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::EventType:
        return tr("event type");
    case Kind::Booking:
        return tr("booking");
    case Kind::Appointment:
        return tr("appointment");
    case Kind::Phase:
        return tr("phase");
    case Kind::EventMap:
        return tr("event map row");
    case Kind::Staff:
        return tr("staff member");
    case Kind::Service:
        return tr("service");
    }
    return {};
}

QString ChangeRecord::changeLabel(Change change)
{
    switch (change) {
    case Change::Created:
        return tr("created");
    case Change::Changed:
        return tr("changed");
    case Change::Deleted:
        return tr("deleted");
    case Change::Cancelled:
        return tr("cancelled");
    case Change::Moved:
        return tr("moved");
    }
    return {};
}

QJsonObject ChangeRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("area"), areaToken(area) },
        { QStringLiteral("kind"), kindToken(kind) }, { QStringLiteral("change"), changeToken(change) },
        { QStringLiteral("id"), id }, { QStringLiteral("subject"), subject },
        { QStringLiteral("staff"), staff },
        { QStringLiteral("details"), QJsonArray::fromStringList(details) } };
}

} // namespace salon::rehearsal
