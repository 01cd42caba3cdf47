#include "Pagination.h"

#include "JsonFields.h"

namespace salon::calcom
{

Expected<Pagination, QString> Pagination::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return Unexpected(QStringLiteral("pagination is not an object"));
    const QJsonObject o = value.toObject();
    Pagination p;
    p.totalItems = int(json::integer(o, QLatin1String("totalItems")));
    p.remainingItems = int(json::integer(o, QLatin1String("remainingItems")));
    p.returnedItems = int(json::optionalInteger(o, QLatin1String("returnedItems"))
                              .value_or(json::integer(o, QLatin1String("itemsReturned"))));
    p.itemsPerPage = int(json::integer(o, QLatin1String("itemsPerPage")));
    p.currentPage = int(json::integer(o, QLatin1String("currentPage")));
    p.totalPages = int(json::integer(o, QLatin1String("totalPages")));
    p.hasNextPage = json::boolean(o, QLatin1String("hasNextPage"));
    p.hasPreviousPage = json::boolean(o, QLatin1String("hasPreviousPage"));
    return p;
}

} // namespace salon::calcom
