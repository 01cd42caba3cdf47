#pragma once

#include "common/Expected.h"

#include <QJsonValue>

namespace salon::calcom
{

// The bookings list's "pagination" object. Builds differ: "returnedItems" (spec) or "itemsReturned".
struct Pagination {
    int totalItems = 0;
    int remainingItems = 0;
    int returnedItems = 0;
    int itemsPerPage = 0;
    int currentPage = 0;
    int totalPages = 0;
    bool hasNextPage = false;
    bool hasPreviousPage = false;

    static Expected<Pagination, QString> fromJson(const QJsonValue& value);
};

} // namespace salon::calcom
