#include "DomainRows.h"

#include "db/SqlTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace salon::rows {

namespace {
std::optional<qint64> optionalId(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

StaffMember readStaff(const QSqlQuery& q)
{
    StaffMember s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.email = q.value(2).toString();
    s.calcomUserId = optionalId(q.value(3));
    s.calcomUsername = q.value(4).toString();
    s.active = q.value(5).toBool();
    return s;
}

EventMapEntry readEventMap(const QSqlQuery& q)
{
    EventMapEntry m;
    m.id = q.value(0).toLongLong();
    m.serviceId = q.value(1).toLongLong();
    m.segmentKey = q.value(2).toString();
    m.staffId = q.value(3).toString();
    m.eventTypeId = q.value(4).toLongLong();
    m.childEventTypeId = optionalId(q.value(5));
    m.childResolvedAt = fromSqlTime(q.value(6));
    m.createdAt = fromSqlTime(q.value(7));
    m.updatedAt = fromSqlTime(q.value(8));
    return m;
}

} // namespace salon::rows
